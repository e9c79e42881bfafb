import { defineChartFolder } from '../folder.ts';
import { replayCharts } from './chart.ts';
import RunReplay from './RunReplay.astro';

export default defineChartFolder({ charts: replayCharts, uses: ['runtime'], slide: { RunReplay } });
