/**
 * The one way a chart's browser code changes the SVG the build drew: it renders the chart's own
 * marks function again for the new state and reconciles the page's elements with that markup,
 * attribute by attribute, text by text, child by child in order. Nodes stay where they are, so a
 * focused handle keeps its focus and every listener stays attached; only what differs is
 * written.
 *
 * The marks functions draw the same elements in the same order for every state of a chart (a
 * state without a mark draws it empty), so children match by position, with no keys. Attributes
 * are matched by name: the marks write none in a namespace.
 *
 * For an animation, whose every frame would be parsed here, svg-frame.ts writes a frame of plain
 * elements straight onto the drawing instead. Every byte here is paid by each chart page that
 * redraws (20 KB each, issue 16), hence the terse code.
 */

/** Markup parsed where it will live: inside an SVG element it is SVG, elsewhere HTML. */
function parse(markup: string, inSvg: boolean): ChildNode[] {
  const template = document.createElement('template');
  template.innerHTML = inSvg ? `<svg>${markup}</svg>` : markup;
  return [...(inSvg ? template.content.firstChild! : template.content).childNodes];
}

const inSvg = (element: Element) => element instanceof SVGElement;

function reconcile(current: Node, next: Node): void {
  if (!(current instanceof Element)) {
    if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
    return;
  }
  const fresh = next as Element;
  for (const { name, value } of fresh.attributes) if (current.getAttribute(name) !== value) current.setAttribute(name, value);
  for (const name of current.getAttributeNames()) if (!fresh.hasAttribute(name)) current.removeAttribute(name);
  syncChildren(current, [...fresh.childNodes]);
}

function syncChildren(parent: Element, next: ChildNode[]): void {
  const drawn = [...parent.childNodes];
  next.forEach((node, i) => {
    const child = drawn[i];
    if (!child) parent.append(node);
    else if (child.nodeName === node.nodeName) reconcile(child, node);
    else child.replaceWith(node);
  });
  for (const child of drawn.slice(next.length)) child.remove();
}

/** Makes `target` what `markup` (one element of the same kind, from the marks that drew it) describes. */
export function morph(target: Element, markup: string): void {
  const next = parse(markup, inSvg(target) && target.localName !== 'svg').find((node) => node instanceof Element);
  // Markup of another element means the marks and the page disagree: better to fail than to blend them.
  if (next?.nodeName !== target.nodeName) throw new Error(`morph: not a <${target.localName}>`);
  reconcile(target, next);
}

/** Makes `parent`'s children what `markup` describes: a part of a drawing, or the rows of a table. */
export function morphChildren(parent: Element, markup: string): void {
  syncChildren(parent, parse(markup, inSvg(parent)));
}
