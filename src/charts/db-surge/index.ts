import { defineChartFolder } from '../folder.ts';
import { surgeCharts } from './chart.ts';
import DbSurge from './DbSurge.astro';

export default defineChartFolder({ charts: surgeCharts, slide: { DbSurge } });
