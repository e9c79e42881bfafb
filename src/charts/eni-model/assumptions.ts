/**
 * The ENI model's parameters that AWS never published, in one place: each with the URL query that
 * changes it, the range the model accepts, and where its default comes from. The page lists them
 * beside the model; a link without them returns to the defaults.
 */
import { fill } from '../../i18n/format.ts';
import { defaultParameters, type EniModelParameters } from '../../lib/eni-model-parameters.ts';

export type AssumptionSource = 'fitted' | 'slide26' | 'assumed';

/** The parameters AWS never published (each a number of EniModelParameters). */
export type AssumedParameter = Extract<
  keyof EniModelParameters,
  'eniCreationSeconds' | 'eniCreationJitterSeconds' | 'eniCreationsPerSecond' | 'eniCreationBurst' | 'eniCreationMaxWaitSeconds' | 'coldStartSeconds' | 'errorSeconds'
>;

export interface Assumption {
  parameter: AssumedParameter;
  /** The URL query key: `?ec2Rate=2`. */
  query: string;
  unit: 'seconds' | 'perSecond' | 'count';
  min: number;
  max: number;
  source: AssumptionSource;
}

export const assumptions: readonly Assumption[] = [
  { parameter: 'eniCreationSeconds', query: 'eniWait', unit: 'seconds', min: 0, max: 120, source: 'fitted' },
  { parameter: 'eniCreationJitterSeconds', query: 'eniJitter', unit: 'seconds', min: 0, max: 60, source: 'fitted' },
  { parameter: 'eniCreationsPerSecond', query: 'ec2Rate', unit: 'perSecond', min: 0.1, max: 1000, source: 'assumed' },
  { parameter: 'eniCreationBurst', query: 'ec2Burst', unit: 'count', min: 1, max: 10_000, source: 'assumed' },
  { parameter: 'eniCreationMaxWaitSeconds', query: 'ec2Wait', unit: 'seconds', min: 0, max: 900, source: 'assumed' },
  { parameter: 'coldStartSeconds', query: 'coldStart', unit: 'seconds', min: 0, max: 30, source: 'slide26' },
  { parameter: 'errorSeconds', query: 'errorLatency', unit: 'seconds', min: 0.001, max: 30, source: 'assumed' },
];

export type AssumptionValues = Partial<Record<AssumedParameter, number>>;

/** An assumption's value in a scenario: the one set, or the default. */
export const assumptionValue = (values: AssumptionValues, parameter: AssumedParameter): number => values[parameter] ?? defaultParameters[parameter];

export interface AssumptionWords {
  /** "{value} 秒", "{value} s". */
  seconds: string;
  perSecond: string;
  count: string;
}

/** An assumption's value as the page writes it, in its unit. */
export function assumptionText(assumption: Assumption, value: number, words: AssumptionWords): string {
  const template = assumption.unit === 'seconds' ? words.seconds : assumption.unit === 'perSecond' ? words.perSecond : words.count;
  return fill(template, { value: String(value) });
}
