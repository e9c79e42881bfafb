import { defineChartFolder } from '../folder.ts';
import { eniModelCharts } from './chart.ts';
import EniModelSlide from './EniModelSlide.astro';
import ModelEniCount from './ModelEniCount.astro';

export default defineChartFolder({ charts: eniModelCharts, uses: ['runtime'], slide: { EniModelSlide, ModelEniCount } });
