import { defineChartFolder } from '../folder.ts';
import { rolloutCharts } from './chart.ts';
import Rollout from './Rollout.astro';
import DeckRollout from './DeckRollout.astro';

// The rollout is drawn in the diagrams' visual language, and wears their styles.
export default defineChartFolder({ charts: rolloutCharts, uses: ['diagram'], slide: { Rollout }, deck: { Rollout: DeckRollout } });
