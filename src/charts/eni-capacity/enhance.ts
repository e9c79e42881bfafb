/** The calculator in the browser: recomputes slide 12's formula as the inputs change. */
import { count } from '../../i18n/format.ts';
import { eniCapacity, type CapacityInput } from '../../lib/eni-capacity.ts';
import { capacityLayout, type capacitySize } from './layout.ts';
import { capacityMarks } from './marks.ts';
import { capacityInput } from './input.ts';
import { formulaTerms, verdictText, type VerdictWords } from './verdict.ts';
import { jsonOf, wordsOf } from '../runtime/json.ts';
import { morph } from '../runtime/svg-update.ts';
import { replaceQuery, showInForm } from '../runtime/url-state.ts';
import { followFunction, functionInUrl, onReadingPage, readerFunction, shareFunction, urlNamesFunction, type ReaderFunction } from '../runtime/reader-function.ts';

export function enhanceCapacity(figure: HTMLElement): void {
  const words = wordsOf<VerdictWords & { title: string; subnetIps: string; quotaShort: string }>(figure);
  // The size the build drew the bars at (a slide's are wider).
  const size = jsonOf<typeof capacitySize>(figure, 'input');
  const form = figure.querySelector('form')!;
  const out = (name: string) => figure.querySelector<HTMLOutputElement>(`output[name="${name}"]`)!;
  const inputOf = () => capacityInput.parse(new FormData(form), 'name');
  // On its own page the calculator's input is in the URL, as the ENI model's scenario is; on a slide it is the slide's.
  const readsUrl = figure.closest('.embed') !== null;
  const update = (input: CapacityInput) => {
    const result = eniCapacity(input);
    out('formulaText').value = formulaTerms(input);
    out('enisNeeded').value = count(result.enisNeeded);
    const verdict = verdictText(result, words);
    out('verdict').value = verdict;
    const layout = capacityLayout(result, { subnet: words.subnetIps, quota: words.quotaShort }, size);
    morph(figure.querySelector('svg.capacity-svg')!, capacityMarks(layout, { title: words.title, desc: verdict }));
    figure.dataset.exceeded = String(result.exceeded);
  };
  // What the build drew: taking over, the calculator redraws nothing unless the URL asked for another input.
  const drawn = JSON.stringify(inputOf());
  if (readsUrl) {
    const asked = capacityInput.parse(window.location.search);
    for (const [name, value] of Object.entries(asked)) showInForm(form, name, value, name === 'subnetPrefixLength' ? `/${value}` : undefined);
    replaceQuery(capacityInput.query(asked));
    if (JSON.stringify(inputOf()) !== drawn) update(inputOf());
  }
  // On the reading page it is one of the charts of the reader's function: it follows the others and leads them.
  const follows = onReadingPage(figure);
  const showFunction = (reader: ReaderFunction) => {
    const asked = { concurrency: reader.concurrency, memoryMb: reader.memory, subnetPrefixLength: reader.subnet, eniQuota: reader.quota };
    for (const [name, value] of Object.entries(asked)) showInForm(form, name, value, name === 'subnetPrefixLength' ? `/${value}` : undefined);
    update(inputOf());
  };
  if (follows) {
    if (urlNamesFunction()) showFunction(functionInUrl());
    followFunction(figure, showFunction);
  }
  form.addEventListener('input', () => {
    const input = inputOf();
    update(input);
    if (readsUrl) replaceQuery(capacityInput.query(input));
    // The shared state's ranges are the model's: a calculator's 10,000 clients share as 3,000.
    if (follows) shareFunction(readerFunction.parse(capacityInput.query(input)), figure);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  // Keys typed into the calculator must not turn the deck's slides.
  form.addEventListener('keydown', (event) => event.stopPropagation());
}
