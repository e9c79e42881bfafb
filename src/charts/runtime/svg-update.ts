/**
 * The one way a chart's browser code changes the SVG the build drew: it renders the chart's own
 * marks function again for the new state and reconciles the page's elements with that markup,
 * attribute by attribute, text by text, child by child in order. Nodes stay where they are, so a
 * focused handle keeps its focus and every listener stays attached; only what differs is
 * written, so a frame that changes one path costs the page one attribute.
 *
 * The marks functions draw the same elements in the same order for every state of a chart (a
 * state without a mark draws it empty), so children match by position, with no keys.
 */

const TEXT = 3;
const COMMENT = 8;

/** Markup parsed where it will live: inside an SVG element it is SVG, elsewhere HTML. */
function parse(markup: string, inSvg: boolean): ChildNode[] {
  const template = document.createElement('template');
  if (!inSvg) {
    template.innerHTML = markup;
    return [...template.content.childNodes];
  }
  template.innerHTML = `<svg>${markup}</svg>`;
  return [...template.content.firstChild!.childNodes];
}

const inSvg = (element: Element) => element.namespaceURI === 'http://www.w3.org/2000/svg';

/** Writes a text node's or an element's text only when it changed: an unchanged frame then costs a comparison. */
export function writeText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function syncAttributes(current: Element, next: Element): void {
  for (const { namespaceURI, localName, name, value } of next.attributes) {
    if (current.getAttributeNS(namespaceURI, localName) !== value) current.setAttributeNS(namespaceURI, name, value);
  }
  for (const attribute of [...current.attributes]) {
    if (!next.hasAttributeNS(attribute.namespaceURI, attribute.localName)) current.removeAttributeNode(attribute);
  }
}

const sameKind = (a: Node, b: Node) => a.nodeType === b.nodeType && a.nodeName === b.nodeName && (a as Element).namespaceURI === (b as Element).namespaceURI;

function reconcile(current: Node, next: Node): void {
  if (current.nodeType === TEXT || current.nodeType === COMMENT) {
    if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
    return;
  }
  syncAttributes(current as Element, next as Element);
  syncChildren(current as Element, [...next.childNodes]);
}

function syncChildren(parent: Element, next: ChildNode[]): void {
  let child = parent.firstChild;
  for (const node of next) {
    if (!child) {
      parent.append(node);
      continue;
    }
    const following = child.nextSibling;
    if (sameKind(child, node)) reconcile(child, node);
    else parent.replaceChild(node, child);
    child = following;
  }
  while (child) {
    const following = child.nextSibling;
    child.remove();
    child = following;
  }
}

/** Makes `target` what `markup` (one element of the same kind, from the marks that drew it) describes. */
export function morph(target: Element, markup: string): void {
  const nodes = parse(markup, inSvg(target) && target.localName !== 'svg');
  const next = nodes.find((node) => node.nodeType === 1);
  if (!next || !sameKind(target, next)) throw new Error(`morph: the markup is not a <${target.localName}>`);
  reconcile(target, next);
}

/** Makes `parent`'s children what `markup` describes: a part of a drawing, or the rows of a table. */
export function morphChildren(parent: Element, markup: string): void {
  syncChildren(parent, parse(markup, inSvg(parent)));
}

const lastParts = new WeakMap<Element, readonly string[]>();

/** One element with attributes and at most text, as the marks functions write it: `<rect x="1"/>`, `<text x="1">a</text>`. */
const leafElement = /^<([a-zA-Z][\w-]*)((?:\s+[\w-]+="[^"]*")*)\s*(?:\/>|>([^<]*)<\/\1>)$/;
const attributePattern = /\s+([\w-]+)="([^"]*)"/g;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** The five entities escapeXml writes; any other reference leaves the part to the parser. */
const unescapable = /&(?!(?:amp|lt|gt|quot|apos);)/;
const unescape = (text: string) => (text.includes('&') ? text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!) : text);

/**
 * Writes a leaf element's markup onto the element drawn from it, without parsing markup: a
 * frame's changes are mostly one attribute of a mark, and parsing its element anew (a path of
 * thousands of cells) would cost more than the write. False when the markup is not a leaf of
 * the same tag, for the parser to handle.
 */
function writeLeaf(current: Element, markup: string): boolean {
  const match = leafElement.exec(markup);
  if (!match || match[1] !== current.localName || current.childElementCount > 0 || unescapable.test(markup)) return false;
  const names = new Set<string>();
  for (const [, name, value] of match[2]!.matchAll(attributePattern)) {
    names.add(name!);
    const text = unescape(value!);
    if (current.getAttribute(name!) !== text) current.setAttribute(name!, text);
  }
  for (const name of current.getAttributeNames()) if (!names.has(name)) current.removeAttribute(name);
  writeText(current, unescape(match[3] ?? ''));
  return true;
}

/**
 * Makes `parent`'s children what `parts` describe, one element's markup each, in order: for an
 * animation, whose frames change a few of many elements. Only the parts whose markup differs
 * from what this function last gave the same child are parsed and reconciled, so an unchanged
 * element (a path of thousands of cells) costs one string comparison. That holds as long as
 * only this function writes to those children.
 */
export function morphParts(parent: Element, parts: readonly string[]): void {
  const last = parent.children.length === parts.length ? lastParts.get(parent) : undefined;
  lastParts.set(parent, parts);
  if (!last) return morphChildren(parent, parts.join(''));
  const changed: number[] = [];
  parts.forEach((part, i) => {
    if (part !== last[i] && !writeLeaf(parent.children[i]!, part)) changed.push(i);
  });
  if (!changed.length) return;
  const fresh = parse(changed.map((i) => parts[i]).join(''), inSvg(parent)).filter((node) => node.nodeType === 1);
  if (fresh.length !== changed.length) throw new Error('morphParts: each part must be one element');
  changed.forEach((i, k) => {
    const child = parent.children[i]!;
    if (sameKind(child, fresh[k]!)) reconcile(child, fresh[k]!);
    else child.replaceWith(fresh[k]!);
  });
}
