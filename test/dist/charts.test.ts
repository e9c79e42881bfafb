/**
 * Every chart and diagram as the build draws it, that is, as a reader without JavaScript (or a
 * printed deck before its scripts run) sees it: an SVG image, named, with its numbers.
 */
import { describe, expect, it } from 'vitest';
import { builtSite } from './site.ts';

const site = builtSite('dist', '/');
// The deck as first loaded draws nothing (its drawings come with /deck/full/): the whole deck is the one to check.
const chartPages = site.pages.filter((page) => /^(en\/)?(deck\/full|read|embed\/[^/]+)\/$/.test(page));

/** An SVG image's accessible name: aria-label, the elements aria-labelledby names, or its <title>. */
function nameOf(svg: Element): string {
  const labelledBy = svg.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(' ').map((id) => svg.ownerDocument.getElementById(id)?.textContent ?? '').join(' ').trim();
  return (svg.getAttribute('aria-label') ?? svg.querySelector(':scope > title')?.textContent ?? '').trim();
}

describe('charts and diagrams without JavaScript', () => {
  it('the build has pages with charts to check', () => {
    expect(chartPages.length).toBeGreaterThan(40);
  });

  for (const page of chartPages) {
    it(`/${page}: every chart and diagram is an SVG image with a name, and every chart states numbers`, () => {
      const figures = [...site.document(page).querySelectorAll('[data-chart], figure[data-diagram]')];
      for (const figure of figures) {
        const what = figure.getAttribute('data-chart') ?? figure.getAttribute('data-diagram') ?? figure.className;
        // A drawing that holds a control (slide 16's handle) is a named group: an image may not contain one.
        const images = [...figure.querySelectorAll('svg[role="img"], svg[role="group"]')];
        expect(images.length, `${what} has no SVG image`).toBeGreaterThan(0);
        for (const svg of images) expect(nameOf(svg), `${what}: an SVG without a name`).not.toBe('');
        if (figure.hasAttribute('data-chart')) expect(figure.textContent, `${what} states no number`).toMatch(/\d/);
      }
    });
  }
});

describe('charts’ styles', () => {
  const css = (page: string, selector = 'style') => [...site.document(page).querySelectorAll(selector)].map((style) => style.textContent).join('');

  for (const deck of ['deck/', 'en/deck/']) {
    it(`/${deck}full/ holds every chart folder’s styles in one marked element, which /${deck} lacks and adopts as it is`, () => {
      const marked = site.document(`${deck}full/`).querySelectorAll('head > style[data-chart-styles]');
      expect(marked).toHaveLength(1);
      // One rule from each kind of sheet: base, the player's, a chart folder's, the diagrams'.
      for (const rule of ['.chart-data summary', '.replay-controls', '.eni-model-header', '.diagram-svg']) expect(marked[0]!.textContent).toContain(rule);
      expect(css(deck)).not.toContain('.chart-data summary');
    });
  }

  it('every chart page wears the base sheet and its own folder’s, and the diagrams’ pages no player', () => {
    for (const page of site.pages.filter((path) => /^embed\/[^/]+\/$/.test(path) && path !== 'embed/import/')) {
      expect(css(page), page).toContain('.chart-data summary');
    }
    expect(css('embed/eni-model/')).toContain('.eni-model-header');
    expect(css('embed/vpc-before/')).toContain('.diagram-svg');
    expect(css('embed/vpc-before/')).not.toContain('.replay-controls');
  });
});
