import { describe, expect, it } from 'vitest';
import { textWidth } from '../../lib/text-measure';
import { diagramLayout, type DiagramLayout, type PlacedBox } from './layout';
import { diagramSvg } from './marks';
import { boxDiagram, boxDiagramIds } from './diagrams';
import { diagramsJa } from '../../i18n/diagrams.ja';

const orientations = [
  { orientation: 'wide', maxWidth: 1000, fontSize: 20 },
  { orientation: 'tall', maxWidth: 380, fontSize: 15 },
] as const;

const inside = (inner: PlacedBox, outer: PlacedBox) =>
  inner.x >= outer.x - 0.01 &&
  inner.y >= outer.y - 0.01 &&
  inner.x + inner.width <= outer.x + outer.width + 0.01 &&
  inner.y + inner.height <= outer.y + outer.height + 0.01;

const overlap = (a: PlacedBox, b: PlacedBox) =>
  a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01 && a.y < b.y + b.height - 0.01 && b.y < a.y + a.height - 0.01;

/** The boxes directly under each group, recovered from nesting depth and containment. */
function siblings(layout: DiagramLayout): PlacedBox[][] {
  const groups: PlacedBox[][] = [];
  for (const parent of layout.boxes.filter((box) => box.group)) {
    groups.push(layout.boxes.filter((box) => box.depth === parent.depth + 1 && inside(box, parent)));
  }
  return groups;
}

describe('diagramLayout', () => {
  for (const id of boxDiagramIds) {
    for (const options of orientations) {
      describe(`${id}, ${options.orientation}`, () => {
        const layout = diagramLayout(boxDiagram(id, diagramsJa).spec, options);

        it('fits the width it was given', () => {
          expect(layout.width).toBeLessThanOrEqual(options.maxWidth + 0.01);
          layout.boxes.forEach((box) => expect(box.x + box.width).toBeLessThanOrEqual(layout.width + 0.01));
        });

        it('keeps every box inside its group and apart from its neighbours', () => {
          for (const group of siblings(layout)) {
            for (let i = 0; i < group.length; i += 1) {
              for (let j = i + 1; j < group.length; j += 1) expect(overlap(group[i], group[j])).toBe(false);
            }
          }
          const root = layout.boxes[0];
          layout.boxes.forEach((box) => expect(inside(box, root)).toBe(true));
        });

        it('gives every label room in its box', () => {
          for (const box of layout.boxes) {
            for (const text of [box.label, box.note]) {
              if (!text) continue;
              for (const line of text.lines) expect(textWidth(line, text.size)).toBeLessThanOrEqual(box.width + 0.5);
            }
          }
        });

        it('draws every arrow between two boxes', () => {
          for (const arrow of layout.arrows) {
            expect(Number.isFinite(arrow.x1 + arrow.y1 + arrow.x2 + arrow.y2)).toBe(true);
            expect(Math.hypot(arrow.x2 - arrow.x1, arrow.y2 - arrow.y1)).toBeGreaterThan(5);
          }
        });
      });
    }
  }

  it('names the missing box when an arrow points nowhere', () => {
    expect(() => diagramLayout({ root: { label: 'a', id: 'a' }, arrows: [{ from: 'a', to: 'nowhere' }] }, orientations[0])).toThrow(
      /no box with id "nowhere"/,
    );
  });

  it('turns a flipped row into a column in the tall drawing', () => {
    const spec = { root: { direction: 'row' as const, flip: true, children: [{ label: 'EC2' }, { label: 'API Gateway' }] } };
    const [, first, second] = diagramLayout(spec, orientations[1]).boxes;
    expect(second.y).toBeGreaterThan(first.y + first.height - 0.01);
    const [, wideFirst, wideSecond] = diagramLayout(spec, orientations[0]).boxes;
    expect(wideSecond.x).toBeGreaterThan(wideFirst.x + wideFirst.width - 0.01);
  });
});

describe('diagramSvg', () => {
  it('draws the old VPC model with one ENI per worker (snapshot)', () => {
    const diagram = boxDiagram('vpc-before', diagramsJa);
    const svg = diagramSvg(diagramLayout(diagram.spec, orientations[0]), { id: 'test', title: diagram.title, description: diagram.description });
    expect(svg.match(/>ENI</g)).toHaveLength(3);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="test-title test-desc">/);
    expect(svg).toMatchSnapshot();
  });

  it('escapes text and declares the namespace when standalone', () => {
    const svg = diagramSvg(diagramLayout({ root: { label: 'a < b & "c"' } }, orientations[0]), {
      id: 'x',
      title: 'T & T',
      description: 'd',
      standalone: true,
    });
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('a &lt; b &amp; &quot;c&quot;');
    expect(svg).toContain('<title id="x-title">T &amp; T</title>');
  });
});
