/**
 * The ENI model's scenario form, read and written. A value from the URL that a list does not
 * offer (memory=1792) gets an option of its own, so the form always shows what is simulated.
 */
import { count } from '../../i18n/format.ts';
import { parseScenario, type Scenario } from './scenario.ts';

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

export function writeForm(form: HTMLFormElement, scenario: Scenario, clients: number): void {
  const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) => form.elements.namedItem(name) as T;
  for (const [name, value, label] of [
    ['memory', scenario.memory, String(scenario.memory)],
    ['subnet', scenario.subnet, subnetLabel(scenario.subnet)],
  ] as const) {
    const select = field<HTMLSelectElement>(name);
    if (![...select.options].some((option) => option.value === String(value))) select.add(new Option(label, String(value)));
  }
  field('preset').value = scenario.preset;
  field('concurrency').value = String(clients);
  field('memory').value = String(scenario.memory);
  field('subnet').value = String(scenario.subnet);
  field('quota').value = String(scenario.quota);
}
