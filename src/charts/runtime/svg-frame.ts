/**
 * The frames of an animation, written onto the SVG the build drew without parsing markup (which
 * at 60 frames a second would cost more than the writes): the chart's marks give a frame as one
 * string per element, each a plain element (attributes, and at most text, escaped as escapeXml
 * escapes), in the order the build drew them. writeFrame writes onto each drawn element only
 * what changed: an unchanged element costs one string comparison, a moved one an attribute.
 *
 * The same markup the build placed, so a frame at rest writes nothing. For a drawing whose
 * elements change in kind or number, svg-update.ts's morph reconciles it through the parser.
 */

/** Writes an element's text only when it changed, so that an unchanged frame costs a comparison. */
export function writeText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

const plainElement = /^<([a-zA-Z][\w-]*)((?:\s+[\w-]+="[^"]*")*)\s*(?:\/>|>([^<]*)<\/\1>)$/;
const attributePattern = /\s+([\w-]+)="([^"]*)"/g;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);

function writeElement(element: Element, markup: string): void {
  const match = plainElement.exec(markup);
  if (!match || match[1] !== element.localName) throw new Error(`writeFrame: <${element.localName}> drawn, but the frame has ${markup.slice(0, 40)}`);
  const names = new Set<string>();
  for (const [, name, value] of match[2]!.matchAll(attributePattern)) {
    names.add(name!);
    const text = unescape(value!);
    if (element.getAttribute(name!) !== text) element.setAttribute(name!, text);
  }
  for (const name of element.getAttributeNames()) if (!names.has(name)) element.removeAttribute(name);
  writeText(element, unescape(match[3] ?? ''));
}

const lastFrame = new WeakMap<Element, readonly string[]>();

/** Writes a frame's elements onto `parent`'s children, in order, skipping those whose markup is the last frame's. */
export function writeFrame(parent: Element, parts: readonly string[]): void {
  const last = lastFrame.get(parent);
  const children = parent.children;
  if (children.length !== parts.length) throw new Error(`writeFrame: ${children.length} elements drawn, ${parts.length} in the frame`);
  parts.forEach((part, i) => {
    if (part !== last?.[i]) writeElement(children[i]!, part);
  });
  lastFrame.set(parent, parts);
}
