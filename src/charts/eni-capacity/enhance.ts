/** The calculator in the browser: recomputes slide 12's formula as the inputs change. */
import { count } from '../../i18n/format.ts';
import { eniCapacity } from '../../lib/eni-capacity.ts';
import { capacityLayout, type capacitySize } from './layout.ts';
import { capacityMarks } from './marks.ts';
import { formulaTerms, verdictText, type VerdictWords } from './verdict.ts';
import { jsonOf, wordsOf } from '../runtime/json.ts';

export function enhanceCapacity(figure: HTMLElement): void {
  const words = wordsOf<VerdictWords & { title: string; subnetIps: string; quotaShort: string }>(figure);
  // The size the build drew the bars at (a slide's are wider).
  const size = jsonOf<typeof capacitySize>(figure, 'input');
  const form = figure.querySelector('form')!;
  const out = (name: string) => figure.querySelector<HTMLOutputElement>(`output[name="${name}"]`)!;
  const inputOf = () => {
    const data = new FormData(form);
    return {
      concurrency: Math.max(1, Number(data.get('concurrency')) || 1),
      memoryMb: Number(data.get('memoryMb')),
      subnetPrefixLength: Number(data.get('subnetPrefixLength')),
      subnetCount: Math.max(1, Number(data.get('subnetCount')) || 1),
      eniQuota: Math.max(1, Number(data.get('eniQuota')) || 1),
    };
  };
  // What the build drew: taking over, the calculator writes nothing unless the URL asked for another input.
  const drawn = JSON.stringify(inputOf());
  const update = () => {
    const input = inputOf();
    const result = eniCapacity(input);
    out('formulaText').value = formulaTerms(input);
    out('enisNeeded').value = count(result.enisNeeded);
    const verdict = verdictText(result, words);
    out('verdict').value = verdict;
    // A new input is a new chart: the same layout and marks the build drew, swapped in whole.
    const layout = capacityLayout(result, { subnet: words.subnetIps, quota: words.quotaShort }, size);
    figure.querySelector('svg.capacity-svg')!.outerHTML = capacityMarks(layout, { title: words.title, desc: verdict });
    figure.dataset.exceeded = String(result.exceeded);
  };
  // On its own page the calculator takes its inputs from the URL, as the ENI model does:
  // ?concurrency=1000&memory=1024&subnet=24&subnets=1&quota=350
  if (figure.closest('.embed')) {
    const query = new URLSearchParams(window.location.search);
    for (const [param, field] of [['concurrency', 'concurrency'], ['memory', 'memoryMb'], ['subnet', 'subnetPrefixLength'], ['subnets', 'subnetCount'], ['quota', 'eniQuota']] as const) {
      const value = query.get(param);
      const control = form.elements.namedItem(field) as HTMLInputElement | HTMLSelectElement | null;
      if (value === null || !control || !/^\d+$/.test(value)) continue;
      if (control instanceof HTMLSelectElement && ![...control.options].some((option) => option.value === value)) {
        control.add(new Option(field === 'subnetPrefixLength' ? `/${value}` : value, value));
      }
      control.value = value;
    }
  }
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  // Keys typed into the calculator must not turn the deck's slides.
  form.addEventListener('keydown', (event) => event.stopPropagation());
  if (JSON.stringify(inputOf()) !== drawn) update();
}
