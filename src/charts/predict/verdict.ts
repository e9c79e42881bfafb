/**
 * A reader's guess against the answer, in words: how far off, and which way. The build writes the
 * answer without a guess (what a reader without JavaScript sees); the browser adds this sentence
 * once the reader has guessed, so both run the same function.
 */
import { count, fill } from '../../i18n/format.ts';
import type { PredictStrings } from '../../i18n/predict.ja.ts';

export type SlowestVerdictWords = Pick<PredictStrings['slowest'], 'exact' | 'close' | 'short' | 'over'>;
export type EnisVerdictWords = Pick<PredictStrings['enis'], 'exact' | 'over' | 'under' | 'nearOld' | 'one' | 'many'>;

/** Within this many seconds a guess is "only … off": half a second, less than one of the slow buckets' 1.3 s. */
export const closeSeconds = 0.5;

/** A guess of the slowest request's time: seconds written as the edition writes them (`seconds`: "{value} s"). */
export function slowestVerdict(guess: number, answer: number, t: SlowestVerdictWords, seconds: string): string {
  const off = Math.abs(guess - answer);
  const values = { guess: fill(seconds, { value: guess.toFixed(1) }), diff: off.toFixed(off < 1 ? 2 : 1) };
  // A guess is placed to a tenth of a second: within half of that it cannot be placed closer.
  if (off < 0.05) return fill(t.exact, values);
  if (off <= closeSeconds) return fill(t.close, values);
  return fill(guess < answer ? t.short : t.over, values);
}

/** A count of ENIs in words: 1 ENI, 42 ENIs. */
export const enisText = (n: number, t: Pick<EnisVerdictWords, 'one' | 'many'>): string => fill(n === 1 ? t.one : t.many, { n: count(n) });

/** How many times one count is another, to a tenth where it matters: 3.5, 42, 1,000. */
const times = (ratio: number) => (ratio < 10 ? String(Math.round(ratio * 10) / 10) : count(Math.round(ratio)));

/**
 * A guess of the ENIs after Hyperplane, against the model's count; a guess near what the old
 * architecture needed (within a factor of 1.5) is told so, for that is the old way of counting.
 */
export function enisVerdict(guess: number, answer: number, old: number, t: EnisVerdictWords): string {
  const values = { guess: enisText(guess, t) };
  const verdict =
    guess === answer
      ? fill(t.exact, values)
      : fill(guess > answer ? t.over : t.under, { ...values, times: times(guess > answer ? guess / answer : answer / guess) });
  const nearOld = guess !== answer && guess >= old / 1.5 && guess <= old * 1.5;
  // The English sentence brings its own space; Japanese sentences follow on without one.
  return nearOld ? verdict + t.nearOld : verdict;
}
