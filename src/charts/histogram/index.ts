import { defineChartFolder } from '../folder.ts';
import { histogramCharts } from './chart.ts';
import RunCompare from './RunCompare.astro';

export default defineChartFolder({ charts: histogramCharts, slide: { RunCompare } });
