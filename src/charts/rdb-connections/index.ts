import { defineChartFolder } from '../folder.ts';
import { rdbCharts } from './chart.ts';
import RdbConnections from './RdbConnections.astro';
import DeckRdbConnections from './DeckRdbConnections.astro';

export default defineChartFolder({ charts: rdbCharts, slide: { RdbConnections }, deck: { RdbConnections: DeckRdbConnections } });
