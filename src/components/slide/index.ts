/**
 * The components a slide's MDX may use without importing them: the slide's own words, the
 * commentary the reading page adds, the hey output of a run slide, and every chart folder's
 * drawings (src/charts/<id>/index.ts, `slide`), gathered here rather than listed.
 */
import { chartFolders } from '~/charts/folders';
import type { SlideComponent } from '~/charts/folder';
import Agenda from './Agenda.astro';
import Commentary from './Commentary.astro';
import Figure from './Figure.astro';
import HeyOutput from './HeyOutput.astro';
import LaterChart from '../reading/LaterChart.astro';
import Notes from './Notes.astro';
import RecordProof from './RecordProof.astro';
import Since2019 from './Since2019.astro';
import StillHeard from './StillHeard.astro';

/** The slide's words: the deck shows them as they are from its first load. */
export const wordComponents = { Agenda, Figure, Since2019, StillHeard };

/** What the reading page adds to a slide and the deck leaves out or brings later. */
export const asideComponents = { Commentary, Notes, RecordProof, LaterChart };

/** The chart folders' drawings, by the names the slides' MDX writes. */
export const drawingComponents: Record<string, SlideComponent> = { HeyOutput };
for (const [id, folder] of Object.entries(chartFolders)) {
  for (const [name, component] of Object.entries(folder.slide ?? {})) {
    if (name in drawingComponents) throw new Error(`src/charts/${id}/index.ts: a slide component named ${name} exists already`);
    drawingComponents[name] = component;
  }
}

export const slideComponents = { ...wordComponents, ...asideComponents, ...drawingComponents };

/** As the reading page uses them: each chart folder's reading form where it has one. */
export const readingComponents = { ...slideComponents, ...Object.assign({}, ...Object.values(chartFolders).map((folder) => folder.read ?? {})) };
