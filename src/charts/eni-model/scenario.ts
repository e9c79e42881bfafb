/**
 * A scenario of the ENI model as a URL query (`?preset=…&concurrency=…&memory=…&subnet=…&quota=…`),
 * so that a link reproduces it. Pure: parsing clamps every value to what the model accepts.
 */
import { readAssumptions, writeAssumptions, type AssumptionValues } from './assumptions.ts';
import { defaultParameters, loadPreset, presetIds, type EniModelParameters, type LoadProfile, type PresetId } from '../../lib/eni-model.ts';

export interface Scenario {
  preset: PresetId;
  /** The preset's clients, when overridden. */
  concurrency?: number;
  memory: number;
  /** Subnet size as a prefix length: 24 is a /24. */
  subnet: number;
  quota: number;
  /** Account concurrency and burst (not in the list, but needed to push past 1,000). */
  account: number;
  burst: number;
  /** The unpublished figures the URL overrides (see assumptions.ts). */
  assumed: AssumptionValues;
}

export const defaultScenario: Scenario = {
  preset: 'verification-1',
  memory: defaultParameters.memoryMb,
  subnet: defaultParameters.subnetPrefixLength,
  quota: defaultParameters.eniQuota,
  account: defaultParameters.accountConcurrency,
  burst: defaultParameters.burstConcurrency,
  assumed: {},
};

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export function parseScenario(query: string | URLSearchParams): Scenario {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const number = (name: string) => {
    const raw = params.get(name);
    if (raw === null || raw.trim() === '') return undefined;
    const value = Number(raw);
    return Number.isFinite(value) ? Math.round(value) : undefined;
  };
  const preset = params.get('preset');
  const concurrency = number('concurrency');
  return {
    preset: presetIds.includes(preset as PresetId) ? (preset as PresetId) : defaultScenario.preset,
    // Up to 3,000 clients: beyond, a storm of retried throttles takes seconds to simulate.
    concurrency: concurrency === undefined ? undefined : clamp(concurrency, 1, 3000),
    memory: clamp(number('memory') ?? defaultScenario.memory, 128, 3008),
    subnet: clamp(number('subnet') ?? defaultScenario.subnet, 16, 28),
    quota: clamp(number('quota') ?? defaultScenario.quota, 1, 10_000),
    account: clamp(number('account') ?? defaultScenario.account, 1, 10_000),
    burst: clamp(number('burst') ?? defaultScenario.burst, 1, 10_000),
    assumed: readAssumptions(params),
  };
}

/** The query for a scenario; account and burst only when they differ from 2019's defaults. */
export function scenarioQuery(scenario: Scenario): string {
  const params = new URLSearchParams();
  params.set('preset', scenario.preset);
  if (scenario.concurrency !== undefined) params.set('concurrency', String(scenario.concurrency));
  for (const key of ['memory', 'subnet', 'quota'] as const) params.set(key, String(scenario[key]));
  for (const key of ['account', 'burst'] as const) {
    if (scenario[key] !== defaultScenario[key]) params.set(key, String(scenario[key]));
  }
  writeAssumptions(scenario.assumed, params);
  return params.toString();
}

export function scenarioModel(scenario: Scenario): { profile: LoadProfile; parameters: Partial<EniModelParameters> } {
  return {
    profile: loadPreset(scenario.preset, scenario.concurrency),
    parameters: {
      memoryMb: scenario.memory,
      subnetPrefixLength: scenario.subnet,
      eniQuota: scenario.quota,
      accountConcurrency: scenario.account,
      burstConcurrency: scenario.burst,
      ...scenario.assumed,
    },
  };
}
