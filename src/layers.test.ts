import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The layers of DESIGN.md, read from the import statements themselves: lib/ is the domain with no
// words, so a CLI or another front end can take it alone; i18n/ holds the words and may name lib's
// types (a message code, a problem) but never run its code. Tests count as their folder's code.
const root = resolve(import.meta.dirname, '..');

interface ImportArrow {
  from: string;
  to: string;
  typeOnly: boolean;
}

const filesUnder = (folder: string): string[] =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mts|js|mjs)$/.test(name))
    .map((name) => join(folder, name));

/** The module a specifier names, relative to the checkout ('~/' is src/, as tsconfig maps it). */
function target(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('~/')) return join('src', specifier.slice(2));
  if (specifier.startsWith('.')) return relative(root, resolve(root, dirname(file), specifier));
  return undefined;
}

/**
 * Every arrow out of a file: static imports and re-exports, `import('…')` calls and `import('…')`
 * types. Only a whole `import type` (or `export type`) is type-only: with verbatimModuleSyntax,
 * `import { type X }` still loads the module.
 */
function importsIn(file: string, text: string): ImportArrow[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const arrows: ImportArrow[] = [];
  const add = (specifier: ts.Node | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const to = target(file, specifier.text);
    if (to) arrows.push({ from: file, to, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword);
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return arrows;
}

const importsOf = (file: string) => importsIn(file, readFileSync(join(root, file), 'utf8'));
const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
const shown = (arrow: ImportArrow) => `${arrow.from} → ${arrow.to}${arrow.typeOnly ? ' (types)' : ''}`;

describe('the layers', () => {
  it('reads every kind of import a file can make', () => {
    const text = [
      "import { ja } from '../i18n/ja.ts';",
      "import type { Strings } from '~/i18n/ja';",
      "import { type Locale } from './locales.ts';",
      "export { fill } from '../i18n/format.ts';",
      "export type { DateForms } from '../i18n/format.ts';",
      "import ts from 'typescript';",
      "type Words = import('../i18n/en.ts').Words;",
      "const later = () => import('../i18n/en.ts');",
    ].join('\n');
    expect(importsIn('src/lib/example.ts', text).map(shown)).toEqual([
      'src/lib/example.ts → src/i18n/ja.ts',
      'src/lib/example.ts → src/i18n/ja (types)',
      'src/lib/example.ts → src/lib/locales.ts',
      'src/lib/example.ts → src/i18n/format.ts',
      'src/lib/example.ts → src/i18n/format.ts (types)',
      'src/lib/example.ts → src/i18n/en.ts (types)',
      'src/lib/example.ts → src/i18n/en.ts',
    ]);
    expect(target('src/lib/agenda.ts', '../i18n/ja.ts')).toBe('src/i18n/ja.ts');
    expect(target('src/views/page.ts', '~/i18n/format')).toBe('src/i18n/format');
    expect(target('src/lib/agenda.ts', 'vitest')).toBeUndefined();
  });

  it('has lib/ import nothing from i18n/, not even a type', () => {
    const wrong = filesUnder('src/lib').flatMap(importsOf).filter((arrow) => inside(arrow.to, 'src/i18n'));
    expect(wrong.map(shown)).toEqual([]);
  });

  it('has i18n/ take only types from lib/', () => {
    const arrows = filesUnder('src/i18n').flatMap(importsOf).filter((arrow) => inside(arrow.to, 'src/lib'));
    expect(arrows.length, 'i18n/ names the parser’s message codes, so some arrow is expected').toBeGreaterThan(0);
    expect(arrows.filter((arrow) => !arrow.typeOnly).map(shown)).toEqual([]);
  });
});
