import { defineChartFolder } from '../folder.ts';
import { requestPathCharts } from './chart.ts';
import RequestPath from './RequestPath.astro';

// The player's sheet for its header and controls; only ever in a commentary, so no deck form.
export default defineChartFolder({ charts: requestPathCharts, uses: ['runtime'], slide: { RequestPath } });
