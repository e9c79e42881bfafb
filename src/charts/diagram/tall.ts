/**
 * A diagram's tall drawing (the phone's) as a file of its own, for the reading page: there it is an
 * image a phone loads as it nears it and a wide screen never loads, instead of a second drawing in
 * the page's first load. The same layout and marks as inline, with the tokens and the diagrams'
 * styles inside, so it follows light and dark as the page does.
 */
import tokensCss from '../../styles/tokens.css?raw';
import type { DiagramStrings } from '../../i18n/strings.ts';
import { cssOf } from '../styles.ts';
import { boxDiagram, boxDiagramIds, type BoxDiagramId, type DiagramFocus } from './diagrams.ts';
import { diagramLayout, type DiagramOptions } from './layout.ts';
import { diagramSvg } from './marks.ts';

/** The phone's drawing, wherever a page shows both. */
export const tallOptions: DiagramOptions = { orientation: 'tall', maxWidth: 380, fontSize: 15 };

/** Every tall drawing a page may ask for: each diagram, and worker-models under each focus. */
export const tallDrawings: { id: BoxDiagramId; focus?: DiagramFocus['focus'] }[] = [
  ...boxDiagramIds.map((id) => ({ id })),
  { id: 'worker-models', focus: 'ec2' },
  { id: 'worker-models', focus: 'firecracker' },
];

/** Its file's name under /embed/tall/, without the extension. */
export const tallName = (id: BoxDiagramId, focus?: DiagramFocus['focus']) => (focus ? `${id}-${focus}` : id);

/** The drawing's size, for the image that places it. */
export function tallSize(id: BoxDiagramId, t: DiagramStrings, focus?: DiagramFocus['focus']): { width: number; height: number } {
  const layout = diagramLayout(boxDiagram(id, t, { focus }).spec, tallOptions);
  return { width: Math.round(layout.width + 8), height: Math.round(layout.height + 8) };
}

export function tallFile(id: BoxDiagramId, t: DiagramStrings, focus?: DiagramFocus['focus']): string {
  const diagram = boxDiagram(id, t, { focus });
  const markup = diagramSvg(diagramLayout(diagram.spec, tallOptions), { id: `tall-${tallName(id, focus)}`, title: diagram.title, description: diagram.description, className: 'diagram-tall' });
  const { width, height } = tallSize(id, t, focus);
  // The root is the figure (.diagram--single shows its one tall drawing); CDATA: minified media ranges write a bare `<`.
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" class="diagram diagram--single" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><style><![CDATA[${tokensCss}${cssOf(['diagram'])}]]></style>${markup.replace('<svg ', `<svg width="${width}" height="${height}" `)}</svg>\n`;
}
