import { defineChartFolder } from '../folder.ts';
import { surgeCharts } from './chart.ts';

// Only in the reading page's commentary, by chart id (<LaterChart chart="db-surge" />).
export default defineChartFolder({ charts: surgeCharts });
