/** The components a slide's MDX may use without importing them. */
import Agenda from './Agenda.astro';
import Commentary from './Commentary.astro';
import Diagram from '~/charts/diagram/Diagram.astro';
import Rollout from '~/charts/rollout/Rollout.astro';
import RdbConnections from '~/charts/rdb-connections/RdbConnections.astro';
import EniCapacitySlide from './EniCapacitySlide.astro';
import EniModelSlide from './EniModelSlide.astro';
import Figure from './Figure.astro';
import HeyOutput from './HeyOutput.astro';
import ModelEniCount from './ModelEniCount.astro';
import Notes from './Notes.astro';
import RecordProof from './RecordProof.astro';
import RunCompare from './RunCompare.astro';
import RunReplay from './RunReplay.astro';
import Since2019 from './Since2019.astro';
import StillHeard from './StillHeard.astro';
import Verification3Slide from './Verification3Slide.astro';

export const slideComponents = {
  Agenda,
  Commentary,
  Diagram,
  Rollout,
  RdbConnections,
  EniCapacitySlide,
  EniModelSlide,
  Figure,
  HeyOutput,
  ModelEniCount,
  Notes,
  RecordProof,
  RunCompare,
  RunReplay,
  Since2019,
  StillHeard,
  Verification3Slide,
};
