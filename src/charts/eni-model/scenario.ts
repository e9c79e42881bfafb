/**
 * A scenario of the ENI model as a URL query (`?preset=…&concurrency=…&memory=…&subnet=…&quota=…`),
 * so that a link reproduces it. Pure: parsing clamps every value to what the model accepts.
 */
import { assumptions, type AssumedParameter, type AssumptionValues } from './assumptions.ts';
import { defaultParameters, loadPreset, presetIds, type EniModelParameters, type LoadProfile, type PresetId } from '../../lib/eni-model.ts';
import { memoryMb, modelInputs, subnetPrefixLength } from '../../lib/eni-limits.ts';
import { urlState, whole, type NumberField } from '../runtime/url-state.ts';

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

/** The scenario's own keys; account and burst only in a query that changes them from 2019's defaults. */
const scenarioState = urlState({
  preset: { values: presetIds, default: 'verification-1' },
  concurrency: whole(modelInputs.concurrency),
  memory: whole(memoryMb, defaultParameters.memoryMb),
  subnet: whole(subnetPrefixLength, defaultParameters.subnetPrefixLength),
  quota: whole(modelInputs.eniQuota, defaultParameters.eniQuota),
  account: { ...whole(modelInputs.accountConcurrency, defaultParameters.accountConcurrency), omitWhen: defaultParameters.accountConcurrency },
  burst: { ...whole(modelInputs.burstConcurrency, defaultParameters.burstConcurrency), omitWhen: defaultParameters.burstConcurrency },
});

/**
 * The assumptions AWS never published, each under its own key: set only where the URL sets it
 * (the page says when the model runs on other figures than its own), written only where it
 * differs from the model's default.
 */
const assumedState = urlState(
  Object.fromEntries(assumptions.map(({ parameter, query, min, max }) => [parameter, { key: query, min, max, omitWhen: defaultParameters[parameter] }])) as Record<AssumedParameter, NumberField>,
);

/** Every key a scenario's query may hold, in the order it writes them. */
export const scenarioKeys: readonly string[] = [...scenarioState.keys, ...assumedState.keys];

export const defaultScenario: Scenario = { ...scenarioState.defaults, assumed: {} };

export function parseScenario(query: string | URLSearchParams): Scenario {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  return { ...scenarioState.parse(params), assumed: assumedState.parse(params) };
}

export function scenarioQuery(scenario: Scenario): string {
  const params = new URLSearchParams();
  scenarioState.query(scenario, params);
  return assumedState.query(scenario.assumed, params);
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
