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
