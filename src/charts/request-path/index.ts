import { defineChartFolder } from '../folder.ts';
import { requestPathCharts } from './chart.ts';

// The player's sheet for its header and controls; only in the reading page's commentary, by
// chart id (<LaterChart chart="request-path" />), so no slide or deck form.
export default defineChartFolder({ charts: requestPathCharts, uses: ['runtime'] });
