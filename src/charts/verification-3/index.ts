import { defineChartFolder } from '../folder.ts';
import { verification3Charts } from './chart.ts';
import Verification3Slide from './Verification3Slide.astro';

export default defineChartFolder({ charts: verification3Charts, slide: { Verification3Slide } });
