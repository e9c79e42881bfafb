/** The calculator in the browser: recomputes slide 12's formula as the inputs change. */
import { eniCapacity } from '../../lib/eni-capacity.ts';
import { verdictText } from './verdict.ts';

export function enhanceCapacity(figure: HTMLElement): void {
  const form = figure.querySelector('form')!;
  const out = (name: string) => figure.querySelector<HTMLOutputElement>(`output[name="${name}"]`)!;
  const width = (value: number, of: number) => `${Math.min(100, (value / Math.max(of, 1)) * 100).toFixed(1)}%`;
  const update = () => {
    const data = new FormData(form);
    const input = {
      concurrency: Math.max(1, Number(data.get('concurrency')) || 1),
      memoryMb: Number(data.get('memoryMb')),
      subnetPrefixLength: Number(data.get('subnetPrefixLength')),
      subnetCount: Math.max(1, Number(data.get('subnetCount')) || 1),
      eniQuota: Math.max(1, Number(data.get('eniQuota')) || 1),
    };
    const result = eniCapacity(input);
    out('formulaText').value = `${input.concurrency.toLocaleString('en-US')} × (${input.memoryMb} MB ÷ 3,072 MB)`;
    out('enisNeeded').value = result.enisNeeded.toLocaleString('en-US');
    out('subnetIps').value = result.subnetIps.toLocaleString('en-US');
    out('eniQuota').value = result.eniQuota.toLocaleString('en-US');
    out('verdict').value = verdictText(result);
    figure.querySelector<HTMLElement>('[data-bar="subnet"]')!.style.width = width(result.enisNeeded, result.subnetIps);
    figure.querySelector<HTMLElement>('[data-bar="quota"]')!.style.width = width(result.enisNeeded, result.eniQuota);
    figure.dataset.exceeded = String(result.exceeded);
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  // Keys typed into the calculator must not turn the deck's slides.
  form.addEventListener('keydown', (event) => event.stopPropagation());
  update();
  figure.dataset.capacityReady = 'true';
}
