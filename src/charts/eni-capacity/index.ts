import { defineChartFolder } from '../folder.ts';
import { capacityCharts } from './chart.ts';
import EniCapacitySlide from './EniCapacitySlide.astro';

export default defineChartFolder({ charts: capacityCharts, slide: { EniCapacitySlide } });
