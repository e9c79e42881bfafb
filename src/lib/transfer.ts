/**
 * What a page loads, by kind, in gzipped bytes: the figures `npm run bench` holds against
 * the budgets in the issues.
 */
export type ResourceKind = 'html' | 'js' | 'css' | 'font' | 'image' | 'data' | 'other';

export interface LoadedResource {
  url: string;
  contentType: string;
  gzipBytes: number;
}

export type TransferSummary = Record<ResourceKind, number> & { total: number; requests: number };

const kindsByType: [RegExp, ResourceKind][] = [
  [/html/, 'html'],
  [/javascript|ecmascript/, 'js'],
  [/css/, 'css'],
  [/font|woff|otf|ttf/, 'font'],
  [/^image\//, 'image'],
  [/json|csv/, 'data'],
];

export function resourceKind(contentType: string, url = ''): ResourceKind {
  const type = contentType.toLowerCase();
  for (const [pattern, kind] of kindsByType) if (pattern.test(type)) return kind;
  if (/\.(woff2?|otf|ttf)$/.test(new URL(url, 'http://x/').pathname)) return 'font';
  return 'other';
}

export function summarizeTransfer(resources: readonly LoadedResource[]): TransferSummary {
  const summary: TransferSummary = { html: 0, js: 0, css: 0, font: 0, image: 0, data: 0, other: 0, total: 0, requests: 0 };
  for (const resource of resources) {
    summary[resourceKind(resource.contentType, resource.url)] += resource.gzipBytes;
    summary.total += resource.gzipBytes;
    summary.requests += 1;
  }
  return summary;
}

/** 92_160 → "90.0 KB" (KB of 1,024 bytes, as the budgets are written). */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
