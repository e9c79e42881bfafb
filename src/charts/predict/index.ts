import { defineChartFolder } from '../folder.ts';
import { predictCharts } from './chart.ts';

// Only in the reading page's commentary, by chart id (<LaterChart chart="predict-…" />).
export default defineChartFolder({ charts: predictCharts });
