/**
 * The charts' styles as CSS text (`?inline`: processed and minified by Vite), found by folder: each
 * chart folder's `style.css`, the player's (`runtime/style.css`) and `base.css`, which every chart
 * wears. A chart's own page inlines its folder's sheets alone; pages that show many charts inline
 * theirs in one `<style data-chart-styles>` (ChartStyles.astro), which the light deck adopts whole.
 */
import { chartFolderIds, type ChartFolder, type ChartFolderId, type SheetName } from './folder.ts';

const files = import.meta.glob<string>(['./base.css', './*/style.css'], { eager: true, query: '?inline', import: 'default' });

function sheet(name: 'base' | SheetName): string {
  const text = files[name === 'base' ? './base.css' : `./${name}/style.css`];
  // A folder without a style.css wears only what it uses; a sheet it names must exist.
  if (text === undefined && name !== 'base' && !chartFolderIds.includes(name as ChartFolderId)) throw new Error(`src/charts/${name}/style.css: no such sheet`);
  return text ?? '';
}

/** The sheets a folder's charts wear, each once, in cascade order: base, what it uses, its own. */
export function sheetsOf(id: ChartFolderId, folders: Record<ChartFolderId, ChartFolder>): SheetName[] {
  const order: SheetName[] = [];
  const add = (name: SheetName) => {
    for (const used of name === 'runtime' ? [] : (folders[name].uses ?? [])) add(used);
    if (!order.includes(name)) order.push(name);
  };
  add(id);
  return order;
}

/** The CSS text of sheets, `base.css` first. */
export const cssOf = (names: readonly SheetName[]): string => ['base' as const, ...names].map(sheet).join('');

/** The CSS text of every sheet some folders' charts wear, each once. */
export const cssFor = (ids: readonly ChartFolderId[], folders: Record<ChartFolderId, ChartFolder>): string =>
  cssOf([...new Set(ids.flatMap((id) => sheetsOf(id, folders)))]);
