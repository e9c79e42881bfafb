// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { morph, morphChildren } from './svg-update';

const drawing = (height: number, label: string, exceeded = false) =>
  `<svg class="chart" viewBox="0 0 100 50" role="img"><title>Bars</title><desc>${label}</desc>` +
  `<g data-limit="subnet"${exceeded ? ' data-exceeded="true"' : ''}><text x="0" y="10">${label}</text><rect class="fill" width="${height}" height="10"/></g></svg>`;

/** Markup as the page serializes it (an empty element gets an end tag). */
function serialized(markup: string) {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.innerHTML;
}

function page(markup: string) {
  document.body.innerHTML = `<figure>${markup}</figure>`;
  return document.querySelector('svg')!;
}

describe('morph', () => {
  it('makes the drawn SVG what the marks now say, keeping every element the build drew', () => {
    const svg = page(drawing(20, 'Subnet 251'));
    const [rect, text, group] = [svg.querySelector('rect')!, svg.querySelector('text')!, svg.querySelector('g')!];
    morph(svg, drawing(80, 'Subnet 59', true));
    expect(svg.outerHTML).toBe(serialized(drawing(80, 'Subnet 59', true)));
    expect(svg.querySelector('rect')).toBe(rect);
    expect(svg.querySelector('text')).toBe(text);
    morph(svg, drawing(80, 'Subnet 59'));
    expect(group.hasAttribute('data-exceeded')).toBe(false);
  });

  it('writes nothing where nothing changed', () => {
    const svg = page(drawing(20, 'Subnet 251'));
    const rect = svg.querySelector('rect')!;
    const text = svg.querySelector('text')!.firstChild!;
    const setAttribute = vi.spyOn(rect, 'setAttribute');
    const observer = new MutationObserver(() => undefined);
    observer.observe(svg, { attributes: true, childList: true, characterData: true, subtree: true });
    morph(svg, drawing(20, 'Subnet 251'));
    expect(observer.takeRecords()).toEqual([]);
    morph(svg, drawing(30, 'Subnet 251'));
    expect(setAttribute).toHaveBeenCalledTimes(1);
    expect(observer.takeRecords().map((record) => record.attributeName)).toEqual(['width']);
    expect(svg.querySelector('text')!.firstChild).toBe(text);
    observer.disconnect();
  });

  it('keeps the focus and the listeners of a control inside the drawing', () => {
    const handle = (x: number) => `<svg viewBox="0 0 10 10"><g><circle class="handle" cx="${x}" cy="5" r="1" tabindex="0" role="slider" aria-valuenow="${x}"/></g></svg>`;
    const svg = page(handle(1));
    const circle = svg.querySelector<SVGCircleElement>('circle')!;
    const pressed = vi.fn();
    circle.addEventListener('keydown', pressed);
    circle.focus();
    morph(svg, handle(7));
    expect(document.activeElement).toBe(circle);
    expect(circle.getAttribute('aria-valuenow')).toBe('7');
    circle.dispatchEvent(new KeyboardEvent('keydown'));
    expect(pressed).toHaveBeenCalled();
  });

  it('adds, replaces and removes children by position, new ones in the SVG namespace', () => {
    const svg = page('<svg><g><line x1="1"/><line x1="2"/></g></svg>');
    const group = svg.querySelector('g')!;
    morphChildren(group, '<line x1="1"/><text>a</text><line x1="3"/>');
    expect(group.innerHTML).toBe('<line x1="1"></line><text>a</text><line x1="3"></line>');
    expect([...group.children].every((child) => child.namespaceURI === 'http://www.w3.org/2000/svg')).toBe(true);
    morphChildren(group, '<line x1="1"/>');
    expect(group.innerHTML).toBe('<line x1="1"></line>');
  });

  it('reconciles HTML as well: a table’s rows', () => {
    document.body.innerHTML = '<table><tbody><tr><th>0</th><td>1</td></tr></tbody></table>';
    const body = document.querySelector('tbody')!;
    const row = body.querySelector('tr')!;
    morphChildren(body, '<tr><th>0</th><td>2</td></tr><tr><th>3</th><td>4</td></tr>');
    expect(body.innerHTML).toBe('<tr><th>0</th><td>2</td></tr><tr><th>3</th><td>4</td></tr>');
    expect(body.querySelector('tr')).toBe(row);
  });

  it('refuses markup of another element, which would mean the marks and the page disagree', () => {
    const svg = page(drawing(20, 'a'));
    expect(() => morph(svg.querySelector('g')!, '<rect/>')).toThrow(/not a <g>/);
  });
});
