/**
 * The sentence's four numbers as sliders: what each says to a screen reader, and where a key or
 * a drag takes it. Memory moves in Lambda's 64 MB steps, the subnet a prefix length at a time
 * (right and up make it larger), concurrency by 10 and the quota by 50; Page Up and Down leap ten
 * steps, Home and End go to the ends. A value off the steps (a URL's 1,000 MB) steps onto them.
 */
import { count, fill } from '../../i18n/format.ts';
import { subnetAddresses } from '../../lib/eni-capacity.ts';
import type { YourFunctionStrings } from '../../i18n/your-function.ja.ts';
import { memoryMb, modelInputs, subnetPrefixLength, type Range } from '../../lib/eni-limits.ts';
import type { ReaderFunction } from '../runtime/reader-function.ts';

export const sliderNames = ['memory', 'concurrency', 'subnet', 'quota'] as const;
export type SliderName = (typeof sliderNames)[number];

/** Each slider's step, and how far a pointer moves for one. */
const steps: Record<SliderName, { step: number; pixels: number }> = {
  memory: { step: 64, pixels: 6 },
  concurrency: { step: 10, pixels: 2 },
  subnet: { step: 1, pixels: 24 },
  quota: { step: 50, pixels: 4 },
};

/** The ranges the reader's function is read in (lib/eni-limits.ts): what the ENI model accepts. */
const rangeOf: Record<SliderName, Range> = { memory: memoryMb, concurrency: modelInputs.concurrency, subnet: subnetPrefixLength, quota: modelInputs.eniQuota };
const range = (name: SliderName) => rangeOf[name];

const usable = (prefix: number) => subnetAddresses(prefix).usable;

/** A slider as ARIA says it: the subnet's value is its usable addresses, so that up means more. */
export function sliderOf(name: SliderName, state: ReaderFunction, words: YourFunctionStrings) {
  const t = words.sliders[name];
  const { min, max } = range(name);
  if (name === 'subnet') {
    return { label: t.label, min: usable(max), max: usable(min), now: usable(state.subnet), text: fill(t.text, { prefix: state.subnet, usable: usable(state.subnet) }) };
  }
  return { label: t.label, min, max, now: state[name], text: fill(t.text, { value: count(state[name]) }) };
}

/** The state `by` steps up (or down) a slider, on its steps, within its range. */
export function stepSlider(name: SliderName, state: ReaderFunction, by: number): ReaderFunction {
  const { min, max } = range(name);
  if (name === 'subnet') return { ...state, subnet: Math.min(max, Math.max(min, state.subnet - by)) };
  const { step } = steps[name];
  const base = name === 'memory' ? min : 0;
  const onStep = (state[name] - base) / step;
  // Off the steps, the first step goes to the nearest step that way.
  const index = by > 0 ? Math.floor(onStep) + by : Math.ceil(onStep) + by;
  return { ...state, [name]: Math.min(max, Math.max(min, base + index * step)) };
}

/** A slider at its least or most. */
export function sliderEnd(name: SliderName, state: ReaderFunction, end: 'min' | 'max'): ReaderFunction {
  const { min, max } = range(name);
  // The subnet's least is its smallest: the longest prefix.
  if (name === 'subnet') return { ...state, subnet: end === 'min' ? max : min };
  return { ...state, [name]: end === 'min' ? min : max };
}

/** Pixels a pointer travels for one step. */
export const pixelsPerStep = (name: SliderName) => steps[name].pixels;
