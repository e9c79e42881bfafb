/**
 * The slide components as the deck first loads them (/deck/): the slides' own words, and for
 * every drawing a placeholder the whole deck (/deck/full/, deckComponents) fills as the presenter
 * nears it. Only the text components are imported, so the charts' styles stay out of this page.
 */
import Agenda from '../slide/Agenda.astro';
import Figure from '../slide/Figure.astro';
import Since2019 from '../slide/Since2019.astro';
import StillHeard from '../slide/StillHeard.astro';
import Commentary from './Commentary.astro';
import Later from './Later.astro';
import NotesLater from './NotesLater.astro';

export const deckLightComponents = {
  Agenda,
  Commentary,
  Figure,
  Since2019,
  StillHeard,
  Notes: NotesLater,
  Diagram: Later,
  Rollout: Later,
  RdbConnections: Later,
  EniCapacitySlide: Later,
  EniModelSlide: Later,
  HeyOutput: Later,
  ModelEniCount: Later,
  RunCompare: Later,
  RunReplay: Later,
  Verification3Slide: Later,
  // Only ever inside a commentary, which the deck leaves out.
  RecordProof: Commentary,
};
