/** The architecture diagrams as the build draws them: readable with JavaScript off, named and described. */
import { describe, expect, it } from 'vitest';
import { diagramsEn } from '../../src/i18n/diagrams.en.ts';
import { diagramsJa } from '../../src/i18n/diagrams.ja.ts';
import type { DiagramBox } from '../../src/charts/diagram/layout.ts';
import { boxDiagram, boxDiagramIds } from '../../src/charts/diagram/diagrams.ts';
import { builtSite } from './site.ts';

const site = builtSite('dist', '/');
const squeeze = (text: string) => text.replace(/\s+/g, '');
const dashedBoxes = (box: DiagramBox): number => (box.dashed ? 1 : 0) + (box.children ?? []).reduce((sum, child) => sum + dashedBoxes(child), 0);
const wordsOf = (box: DiagramBox): string[] => [box.label ?? '', box.note ?? '', ...(box.children ?? []).flatMap(wordsOf)].filter(Boolean);

for (const [edition, words] of [['', diagramsJa], ['en/', diagramsEn]] as const) {
  describe(`/${edition}embed/<diagram>/ without JavaScript`, () => {
    for (const id of boxDiagramIds) {
      const diagram = boxDiagram(id, words);
      for (const form of ['wide', 'tall']) {
        it(`${id}: the ${form} drawing is an image named and described, with every box and label of the diagram`, () => {
          const document = site.document(`${edition}embed/${id}/`);
          const svg = document.querySelector(`figure[data-diagram] svg.diagram-${form}`)!;
          expect(svg.getAttribute('role')).toBe('img');
          const [title, description] = svg.getAttribute('aria-labelledby')!.split(' ').map((ref) => document.getElementById(ref)?.textContent);
          expect(title).toBe(diagram.title);
          expect(description).toBe(diagram.description);
          const drawn = squeeze([...svg.querySelectorAll('text')].map((text) => text.textContent).join(''));
          for (const label of wordsOf(diagram.spec.root)) expect(drawn, label).toContain(squeeze(label));
          for (const arrow of diagram.spec.arrows ?? []) if (arrow.label && arrow.only !== (form === 'wide' ? 'tall' : 'wide')) expect(drawn, arrow.label).toContain(squeeze(arrow.label));
          // What only the slide claims is drawn dashed, box for box, and the legend says what that means.
          expect(svg.querySelectorAll('.d-dashed').length).toBe(dashedBoxes(diagram.spec.root));
          if (diagram.unverified) expect(document.querySelector('.diagram-legend')?.textContent).toContain(words.unverifiedLegend.split(':')[0]);
        });
      }
    }
  });
}

for (const [edition, words] of [['', diagramsJa], ['en/', diagramsEn]] as const) {
  describe(`/${edition}embed/rollout/ without JavaScript`, () => {
    for (const form of ['wide', 'tall']) {
      it(`the ${form} timeline is an image named and described, with every event`, () => {
        const document = site.document(`${edition}embed/rollout/`);
        const svg = document.querySelector(`figure[data-diagram] svg.diagram-${form}`)!;
        expect(svg.getAttribute('role')).toBe('img');
        const [title, description] = svg.getAttribute('aria-labelledby')!.split(' ').map((ref) => document.getElementById(ref)?.textContent ?? '');
        expect(title).toBe(words.rollout.title);
        expect(description!.length).toBeGreaterThan(30);
        const drawn = squeeze(svg.textContent ?? '');
        for (const event of Object.values(words.rollout.events)) expect(drawn, event).toContain(squeeze(event));
      });
    }
  });
}
