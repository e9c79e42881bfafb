import { defineChartFolder } from '../folder.ts';
import { predictCharts } from './chart.ts';
import Predict from './Predict.astro';

export default defineChartFolder({ charts: predictCharts, slide: { Predict } });
