/**
 * "Your run, had it been May 2019": the section of the import page that asks the talk's question of
 * the reader's own run. Its frame is drawn with the run (the memory and subnet to model it at);
 * the model's answer is computed by in-2019-result.ts, which the page loads only then.
 */
import { el, text } from '../../charts/svg.ts';
import type { Strings } from '../../i18n/strings.ts';

/** The memory and subnet a run is modelled at: verification 1's, unless the reader or a link chooses. */
export interface In2019Choice {
  memory: number;
  subnet: number;
}
export const defaultIn2019: In2019Choice = { memory: 128, subnet: 24 };

/**
 * What the model accepts, as the page's build wrote it from lib/eni-limits.ts (ImportPage.astro):
 * the import page's own code imports no limits, so the ENI model embed keeps its code in one piece.
 */
export interface In2019Limits {
  memorySizes: readonly number[];
  subnetPrefixes: readonly number[];
  memory: { min: number; max: number };
  subnet: { min: number; max: number };
  workers: { min: number; max: number };
}

const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, value));

/** A link's choice within what the model accepts. */
export const withinLimits = (choice: In2019Choice, limits: In2019Limits): In2019Choice => ({ memory: clamp(choice.memory, limits.memory), subnet: clamp(choice.subnet, limits.subnet) });

/** A list of the sizes the forms offer, with a link's other size added, so the list shows what is modelled. */
const options = (sizes: readonly number[], chosen: number, label: (value: number) => string) =>
  [...new Set([...sizes, chosen])].sort((a, b) => a - b).map((value) => el('option', { value: String(value), selected: value === chosen }, text(label(value))));

export function in2019Section(words: Strings, choice: In2019Choice, limits: In2019Limits): string {
  const t = words.importer.in2019;
  return el(
    'section',
    { class: 'importer-section importer-2019', 'aria-labelledby': 'import-2019', 'data-in2019': true },
    el('h2', { id: 'import-2019' }, text(t.heading)),
    el(
      'p',
      { class: 'importer-2019-controls' },
      el('label', {}, text(`${t.memory} `), el('select', { name: 'memory', 'data-in2019-memory': true }, ...options(limits.memorySizes, choice.memory, String))),
      el('label', {}, text(`${t.subnet} `), el('select', { name: 'subnet', 'data-in2019-subnet': true }, ...options(limits.subnetPrefixes, choice.subnet, (prefix) => `/${prefix}`))),
    ),
    // Labelled as a model before anything it says; only its sentence is spoken as it changes.
    el('p', { class: 'importer-2019-head' }, el('span', { class: 'chart-badge' }, text(t.badge)), ' ', el('span', { 'data-in2019-note': true })),
    el('p', { class: 'importer-2019-sentence', role: 'status', 'data-in2019-sentence': true }),
    el('div', { 'data-in2019-result': true }),
  );
}

/** The choice the section's controls hold. */
export const in2019Chosen = (section: HTMLElement): In2019Choice => ({
  memory: Number(section.querySelector<HTMLSelectElement>('[data-in2019-memory]')!.value),
  subnet: Number(section.querySelector<HTMLSelectElement>('[data-in2019-subnet]')!.value),
});
