// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { writeFrame, writeText } from './svg-frame';

const frame = (width: number, label: string) => ['<title>T &amp; U</title>', `<rect class="bar" width="${width}" height="10"/>`, `<text x="0" text-anchor="middle">${label}</text>`];

function drawn(parts: string[]) {
  document.body.innerHTML = `<figure><svg viewBox="0 0 100 50">${parts.join('')}</svg></figure>`;
  return document.querySelector('svg')!;
}

const watch = (svg: Element) => {
  const observer = new MutationObserver(() => undefined);
  observer.observe(svg, { attributes: true, childList: true, characterData: true, subtree: true });
  return observer;
};

describe('writeFrame', () => {
  it('writes nothing over the drawing the build made from the same frame', () => {
    const svg = drawn(frame(10, 'a'));
    const observer = watch(svg);
    writeFrame(svg, frame(10, 'a'));
    expect(observer.takeRecords()).toEqual([]);
  });

  it('writes onto the drawn elements only what changed since the last frame', () => {
    const svg = drawn(frame(10, 'a'));
    const children = [...svg.children];
    writeFrame(svg, frame(10, 'a'));
    const observer = watch(svg);
    writeFrame(svg, frame(20, 'b &lt; c &amp; d'));
    expect(observer.takeRecords().map((record) => record.attributeName ?? record.type)).toEqual(['width', 'childList']);
    expect([...svg.children]).toEqual(children);
    expect(svg.querySelector('rect')!.getAttribute('width')).toBe('20');
    expect(svg.querySelector('text')!.textContent).toBe('b < c & d');
    expect(svg.querySelector('title')!.textContent).toBe('T & U');
  });

  it('removes an attribute a frame no longer writes', () => {
    const svg = drawn(['<g data-exceeded="true" data-limit="x"></g>']);
    writeFrame(svg, ['<g data-limit="x"></g>']);
    expect(svg.querySelector('g')!.getAttributeNames()).toEqual(['data-limit']);
  });

  it('refuses a frame that does not match the drawing, element for element', () => {
    const svg = drawn(frame(10, 'a'));
    expect(() => writeFrame(svg, frame(10, 'a').slice(1))).toThrow(/3 elements drawn, 2 in the frame/);
    expect(() => writeFrame(svg, ['<title>T</title>', '<circle r="1"/>', '<text>a</text>'])).toThrow(/<rect> drawn/);
    expect(() => writeFrame(svg, ['<title>T</title>', '<rect><title>x</title></rect>', '<text>a</text>'])).toThrow(/<rect> drawn/);
  });
});

describe('writeText', () => {
  it('writes a text only when it differs', () => {
    document.body.innerHTML = '<output>1</output>';
    const output = document.querySelector('output')!;
    const text = output.firstChild;
    writeText(output, '1');
    expect(output.firstChild).toBe(text);
    writeText(output, '2');
    expect(output.textContent).toBe('2');
  });
});
