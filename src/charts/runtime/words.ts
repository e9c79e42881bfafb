/**
 * The one way a chart's browser code gets its words: the build writes exactly the words the
 * chart needs, in the page's language, as JSON in the figure's `data-words`; dictionaries never
 * travel to the browser whole.
 */
export const wordsAttribute = (words: unknown): string => JSON.stringify(words);

export function wordsOf<T>(figure: HTMLElement): T {
  const json = figure.dataset.words;
  if (!json) throw new Error(`chart ${figure.dataset.chart ?? ''} has no data-words`);
  return JSON.parse(json) as T;
}
