import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 27: a function that fits on a screen or two, a file a newcomer can read at one sitting.
// A function is measured whole, with the functions inside it, from its first line to its last.
const maxFunctionLines = 80;
const maxFileLines = 300;
const root = resolve(import.meta.dirname, '..');

/**
 * Functions still being split on another branch of issue 27 (the ENI model's). Each is expected to
 * be over, so the run names it and fails once it is not: then its line here goes.
 */
const beingSplit: string[] = [];

// Code only: slides, data, fixtures and snapshots are as long as what they hold.
const codeFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(ts|mts|js|mjs|astro|css)$/.test(name))
  .map((name) => join('src', name))
  .sort();

/** Lines as an editor numbers them: a last line break ends the last line and starts none. */
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

interface Part {
  text: string;
  /** The line of the file this text starts on, counted from 0. */
  firstLine: number;
}

/** The TypeScript in a file: all of a .ts, an .astro's frontmatter and its scripts. */
function scriptParts(file: string, text: string): Part[] {
  if (!file.endsWith('.astro')) return /\.css$/.test(file) ? [] : [{ text, firstLine: 0 }];
  const parts: Part[] = [];
  for (const match of text.matchAll(/^---\n([\s\S]*?)\n---$|<script\b[^>]*>([\s\S]*?)<\/script>/gm)) {
    const body = match[1] ?? match[2] ?? '';
    const start = match.index + match[0].indexOf(body);
    parts.push({ text: body, firstLine: text.slice(0, start).split('\n').length - 1 });
  }
  return parts;
}

interface Measured {
  name: string;
  line: number;
  lines: number;
}

function functionsIn(file: string, part: Part): Measured[] {
  const source = ts.createSourceFile(file, part.text, ts.ScriptTarget.Latest, true);
  const found: Measured[] = [];
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = lineOf(node.getStart());
      const name = node.name && !ts.isComputedPropertyName(node.name) ? node.name.getText() : nameFromParent(node);
      found.push({ name, line: part.firstLine + first + 1, lines: lineOf(node.end) - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** An arrow or function expression is known by what it is assigned to. */
function nameFromParent(node: ts.Node): string {
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}

const longFunctions = codeFiles.flatMap((file) => {
  const text = readFileSync(join(root, file), 'utf8');
  return scriptParts(file, text)
    .flatMap((part) => functionsIn(file, part))
    .filter((fn) => fn.lines > maxFunctionLines)
    .map((fn) => ({ key: `${file} ${fn.name}`, shown: `${file}:${fn.line} ${fn.name} (${fn.lines} lines)` }));
});

describe('sizes', () => {
  it('measures a function from its first line to its last, in .ts and in an .astro’s scripts', () => {
    const astro = ['---', 'const a = 1;', 'function f() {', '  return a;', '}', '---', '<p>{a}</p>', '<script>', '  const g = () => {', '    return 2;', '  };', '</script>', ''].join('\n');
    const parts = scriptParts('x.astro', astro);
    expect(parts.flatMap((part) => functionsIn('x.astro', part))).toEqual([
      { name: 'f', line: 3, lines: 3 },
      { name: 'g', line: 9, lines: 3 },
    ]);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
  });

  it(`has no function over ${maxFunctionLines} lines in src/`, () => {
    expect(longFunctions.filter((fn) => !beingSplit.includes(fn.key)).map((fn) => fn.shown)).toEqual([]);
  });

  // (A function being split may be listed in beingSplit meanwhile, with a test that fails once it is short.)
  it.each(beingSplit)('still has %s to split (remove it from beingSplit once it is)', (key) => {
    expect(longFunctions.map((fn) => fn.key)).toContain(key);
  });

  it(`has no file of code over ${maxFileLines} lines in src/`, () => {
    const long = codeFiles
      .map((file) => ({ file, lines: lineCount(readFileSync(join(root, file), 'utf8')) }))
      .filter(({ lines }) => lines > maxFileLines)
      .map(({ file, lines }) => `${file} (${lines} lines)`);
    expect(long).toEqual([]);
  });
});
