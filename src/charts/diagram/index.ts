import { defineChartFolder } from '../folder.ts';
import { diagramCharts } from './chart.ts';
import Diagram from './Diagram.astro';
import DeckDiagram from './DeckDiagram.astro';
import ReadDiagram from './ReadDiagram.astro';

export default defineChartFolder({ charts: diagramCharts, slide: { Diagram }, deck: { Diagram: DeckDiagram }, read: { Diagram: ReadDiagram } });
