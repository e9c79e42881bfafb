/**
 * The stepper in the browser: one stage at a time, by the buttons, the slider or the arrow keys,
 * over the drawings and the list the build wrote. Nothing is redrawn: each stage's marks are shown
 * as now, done or ahead, and its words, read from the list, are said once per step.
 */
import { fill } from '../../i18n/format.ts';
import { wordsOf } from '../runtime/json.ts';
import { timelineKeys } from '../runtime/keys.ts';
import { restsAtEnd } from '../runtime/motion.ts';

export function enhanceRequestPath(figure: HTMLElement): void {
  const { stepOf } = wordsOf<{ stepOf: string }>(figure);
  const items = [...figure.querySelectorAll<HTMLLIElement>('.rp-stages > li')];
  const marks = [...figure.querySelectorAll<SVGGElement>('svg [data-stage]')];
  const range = figure.querySelector<HTMLInputElement>('.replay-timeline input')!;
  const spoken = figure.querySelector<HTMLElement>('.rp-spoken')!;
  const total = items.length;
  let step = 0;

  const show = (next: number, say: boolean) => {
    const to = Math.min(Math.max(Math.round(next), 1), total);
    range.value = String(to);
    if (to === step) return;
    step = to;
    figure.dataset.step = String(to);
    for (const mark of marks) {
      const stage = Number(mark.dataset.stage);
      mark.classList.toggle('rp-now', stage === to);
      mark.classList.toggle('rp-ahead', stage > to);
    }
    items.forEach((item, i) => {
      if (i + 1 === to) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
    });
    const item = items[to - 1]!;
    const label = fill(stepOf, { n: to, total, name: item.querySelector('.rp-name')!.textContent ?? '' });
    range.setAttribute('aria-valuetext', label);
    // The live region changes only when the step does, so each step is said once (and not as the stepper starts).
    if (say) spoken.textContent = [label, ...[...item.querySelectorAll('li')].map((row) => row.textContent)].join(' — ');
  };
  const go = (next: number) => {
    figure.dataset.stepped = '';
    show(next, true);
  };

  figure.querySelector('[data-action="previous"]')!.addEventListener('click', () => go(step - 1));
  figure.querySelector('[data-action="next"]')!.addEventListener('click', () => go(step + 1));
  range.addEventListener('input', () => go(Number(range.value)));
  timelineKeys(figure, { toggle: () => undefined, start: () => go(1), end: () => go(total), step: (direction) => go(step + direction) });
  for (const control of figure.querySelectorAll<HTMLButtonElement | HTMLInputElement>('.replay-controls :is(button, input)')) control.disabled = false;
  // A reader who asked for less motion (or a printed page) sees the whole path, as the build drew it; the others start at its first stage.
  show(restsAtEnd() ? total : 1, false);
}
