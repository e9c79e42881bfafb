/**
 * The slide components as the deck uses them: a deck is always 1280×720, so figures leave out
 * the drawings they carry for phones (the reading page keeps them).
 */
import { slideComponents } from '../slide';
// The whole deck shows every chart and diagram (the deck as first loaded shows none: light.ts).
import '~/styles/charts.css';
import '~/styles/diagrams.css';
import Commentary from './Commentary.astro';
import Diagram from './Diagram.astro';
import RdbConnections from './RdbConnections.astro';
import Rollout from './Rollout.astro';

export const deckComponents = { ...slideComponents, Commentary, Diagram, RdbConnections, Rollout };
