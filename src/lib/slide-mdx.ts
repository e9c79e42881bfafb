/**
 * A slide's MDX as a tree, parsed by Sätteri, the parser Astro's MDX integration compiles the
 * slides with (@astrojs/mdx → @astrojs/markdown-satteri). Reading the tree rather than the text
 * means a component is a JSX element the build will render, never something that only looks like
 * a tag inside code, and a reader's words are the text the page shows, never markup or attributes.
 */
import type { Nodes, Root } from 'mdast';
import { mdxToMdast } from 'satteri';

export function slideTree(mdx: string): Root {
  // Positions cost half the tree's memory and nothing here reports a line.
  return mdxToMdast(mdx, { position: false }) as Root;
}

/** Every node under and including `node`, in document order. */
function* nodesOf(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* nodesOf(child);
}

/** The components an MDX body uses, in order: its JSX elements named with a capital (HTML tags are not). */
export function componentsOf(tree: Root): string[] {
  const names: string[] = [];
  for (const node of nodesOf(tree)) {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      names.push(node.name);
    }
  }
  return names;
}

/**
 * Markdown's inline marks: their words run on into their neighbours' ('**ENI**の', 'un*real*').
 * A JSX element in a line is set apart instead, as a `<br />` between two words must be.
 */
const inline = new Set<Nodes['type']>(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * What a reader reads of a tree, with a space between blocks so English words never run together
 * across them. Inline code is read (it names things in prose: `ENILimitReachedException`); code
 * blocks, expressions, ESM, JSX attributes, images and URLs are not.
 */
export function readableTextOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'code':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'mdxjsEsm':
    case 'yaml':
    case 'html':
    case 'break':
      return ' ';
  }
  if (!('children' in node)) return '';
  const text = node.children.map((child: Nodes) => readableTextOf(child)).join('');
  return inline.has(node.type) ? text : ` ${text} `;
}
