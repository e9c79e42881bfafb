/** Every chart folder's declaration, found by its `index.ts` and checked against the registry's order. */
import { chartFolderIds, type ChartFolder, type ChartFolderId } from './folder.ts';

const found = import.meta.glob<ChartFolder>('./*/index.ts', { eager: true, import: 'default' });

function folders(): Record<ChartFolderId, ChartFolder> {
  const byId = Object.fromEntries(Object.entries(found).map(([path, folder]) => [path.split('/')[1], folder]));
  const unlisted = Object.keys(byId).filter((id) => !chartFolderIds.includes(id as ChartFolderId));
  const missing = chartFolderIds.filter((id) => !byId[id]);
  if (unlisted.length) throw new Error(`src/charts/${unlisted[0]}/index.ts: a chart folder the registry does not list (add it to chartFolderIds in src/charts/folder.ts)`);
  if (missing.length) throw new Error(`src/charts/${missing[0]}/index.ts: listed in chartFolderIds but missing`);
  return byId as Record<ChartFolderId, ChartFolder>;
}

export const chartFolders = folders();

/** The folders a slide can show in place; the others are only ever later charts (components/reading/LaterChart.astro). */
export const inPlaceFolderIds = chartFolderIds.filter((id) => chartFolders[id].slide);
