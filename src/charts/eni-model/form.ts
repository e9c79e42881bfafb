/**
 * The ENI model's scenario form, read through the scenario's parser, so that what a reader types
 * is clamped as a link's values are.
 */
import { count, fill } from '../../i18n/format.ts';
import { parseScenario, type Scenario } from './scenario.ts';
import { showInForm } from '../runtime/url-state.ts';

/** A subnet in the form's list: its prefix and its addresses. */
export const subnetLabel = (prefix: number) => `/${prefix} (${count(2 ** (32 - prefix))} IP)`;

export function readForm(form: HTMLFormElement, current: Scenario): Scenario {
  const data = new FormData(form);
  const preset = String(data.get('preset'));
  const fromForm = parseScenario(
    new URLSearchParams({
      preset,
      // A new preset brings its own load; the count typed in applies to the preset it was typed for.
      concurrency: preset === current.preset ? String(data.get('concurrency')) : '',
      memory: String(data.get('memory')),
      subnet: String(data.get('subnet')),
      quota: String(data.get('quota')),
      account: String(current.account),
      burst: String(current.burst),
    }),
  );
  // The form has no fields for the assumptions: those the URL set stay as they were.
  return { ...fromForm, assumed: current.assumed };
}

/** Shows the scenario in the form, and in one line beside the form's heading (`summary`, the line's template). */
export function writeForm(form: HTMLFormElement, scenario: Scenario, clients: number, summary: string): void {
  showInForm(form, 'preset', scenario.preset);
  showInForm(form, 'concurrency', clients);
  showInForm(form, 'memory', scenario.memory);
  showInForm(form, 'subnet', scenario.subnet, subnetLabel(scenario.subnet));
  showInForm(form, 'quota', scenario.quota);
  const preset = (form.elements.namedItem('preset') as HTMLSelectElement).selectedOptions[0]!.text;
  const line = form.closest('details')!.querySelector<HTMLOutputElement>('output[name="load"]')!;
  line.value = loadSummary(summary, { ...scenario, preset, concurrency: clients });
}

/** The load in one line, beside the form's heading while the form is closed: the build's and the browser's. */
export const loadSummary = (template: string, load: { preset: string; concurrency: number; memory: number; subnet: number; quota: number }) =>
  fill(template, { preset: load.preset, concurrency: count(load.concurrency), memory: count(load.memory), subnet: subnetLabel(load.subnet), quota: count(load.quota) });
