/**
 * The one way a chart's browser code gets what the build prepared for it: its words (exactly those
 * it needs, in the page's language; dictionaries never travel whole) and its input data, as JSON
 * written by <ChartJson> inside the figure.
 */
export function jsonOf<T>(figure: HTMLElement, name: 'words' | 'input'): T {
  const json = figure.querySelector(`:scope > script[data-json="${name}"]`)?.textContent;
  if (!json) throw new Error(`chart ${figure.dataset.chart ?? ''} has no ${name}`);
  return JSON.parse(json) as T;
}

export const wordsOf = <T>(figure: HTMLElement): T => jsonOf<T>(figure, 'words');
