import { defineChartFolder } from '../folder.ts';
import { yourFunctionCharts } from './chart.ts';

// Only in the reading page's commentary, by chart id (<LaterChart chart="your-function" />).
export default defineChartFolder({ charts: yourFunctionCharts });
