/** The talk's architecture diagrams (slides 8, 9, 12, 19, 21, 24, 32), redrawn as our own SVG. */
import Diagram from './Diagram.astro';
import { diagramLayout } from './layout.ts';
import { diagramSvg } from './marks.ts';
import { boxDiagram, boxDiagramIds, type BoxDiagramId } from './diagrams.ts';
import { drawnBy, sized, type DeclaredChart, type ChartContext } from '../chart.ts';

const slides: Record<BoxDiagramId, number> = {
  'lambda-isolation': 8,
  'worker-models': 9,
  'vpc-before': 12,
  'vpc-after': 19,
  hyperplane: 21,
  'setup-verification-1': 24,
  'setup-verification-3': 32,
};

export function diagramCharts({ words }: ChartContext): DeclaredChart[] {
  const t = words.diagrams;
  return boxDiagramIds.map((id) => {
    const diagram = boxDiagram(id, t);
    return {
      id,
      title: diagram.title,
      nature: 'diagram',
      slide: slides[id],
      data: [],
      render: drawnBy(Diagram, { id }),
      image: () => {
        const layout = diagramLayout(diagram.spec, { orientation: 'wide', maxWidth: 1000, fontSize: 20 });
        const [width, height] = [Math.round(layout.width + 8), Math.round(layout.height + 8)];
        const markup = diagramSvg(layout, { id: `static-${id}`, title: diagram.title, description: diagram.description, className: 'diagram-wide' });
        // What only the slide claims is drawn dashed; the file says what that means, as the page does.
        return { drawings: [{ markup: sized(markup, width, height), width, height }], classes: 'diagram', notes: diagram.unverified ? [t.unverifiedLegend] : [] };
      },
    };
  });
}
