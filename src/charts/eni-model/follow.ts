/**
 * A slide's panel on the reading page follows the reader's function (runtime/reader-function.ts):
 * the slide's load with the reader's memory, peak, subnet and quota, and a line that says so.
 * A run costs up to seconds at 3,000 clients: a panel runs the function the reader settles on,
 * and one out of sight waits until it is seen.
 */
import { fill } from '../../i18n/format.ts';
import { followFunction, functionInUrl, urlNamesFunction, type ReaderFunction } from '../runtime/reader-function.ts';
import type { Scenario } from './scenario.ts';

const withFunction = (scenario: Scenario, reader: ReaderFunction): Scenario => ({ ...scenario, concurrency: reader.concurrency, memory: reader.memory, subnet: reader.subnet, quota: reader.quota });

/** On the reading page: the scenario to start with, and a panel that runs each function the reader chooses once it is in sight. */
export function followReader(figure: HTMLElement, slide: Scenario, following: string, run: (scenario: Scenario) => void): Scenario {
  const line = figure.querySelector<HTMLElement>('.eni-model-following')!;
  const say = (reader: ReaderFunction) => {
    line.hidden = false;
    line.querySelector('output')!.value = fill(following, { ...reader });
  };
  followFunction(
    figure,
    (reader) => {
      say(reader);
      run(withFunction(slide, reader));
    },
    { settledOnly: true },
  );
  if (!urlNamesFunction()) return slide;
  say(functionInUrl());
  return withFunction(slide, functionInUrl());
}
