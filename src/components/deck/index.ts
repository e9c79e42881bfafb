/**
 * The slide components as the deck uses them, derived from the reading page's (components/slide):
 * the whole deck (/deck/full/) takes each chart folder's deck form where it has one (a deck is
 * always 1280×720, so figures leave out the drawings they carry for phones); the deck as it first
 * loads (/deck/) keeps the slides' words and puts a placeholder where every drawing goes, which
 * the whole deck fills as the presenter nears it (src/deck/whole.ts).
 */
import { chartFolders } from '~/charts/folders';
import { asideComponents, drawingComponents, slideComponents, wordComponents } from '../slide';
import Commentary from './Commentary.astro';
import Later from './Later.astro';
import NotesLater from './NotesLater.astro';

const deckForms = Object.assign({}, ...Object.values(chartFolders).map((folder) => folder.deck ?? {}));

export const deckComponents = { ...slideComponents, Commentary, LaterChart: Commentary, ...deckForms };

const placeholders = Object.fromEntries(Object.keys(drawingComponents).map((name) => [name, Later]));

export const deckLightComponents = {
  ...wordComponents,
  ...placeholders,
  Commentary,
  Notes: NotesLater,
  // Only ever inside a commentary, which the deck leaves out.
  RecordProof: Commentary,
  LaterChart: Commentary,
} satisfies Record<keyof typeof asideComponents | keyof typeof wordComponents, unknown>;
