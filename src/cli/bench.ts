/**
 * npm run bench: builds the site (timed), serves dist/ on a local port, opens each route in
 * headless Chromium and reports the gzipped bytes of everything the page loads, by kind,
 * against the budgets the issues set. Exits 1 when a budget is exceeded.
 *
 *   npm run bench             build, then measure
 *   npm run bench -- --no-build   measure the existing dist/
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { formatKilobytes, summarizeTransfer, type LoadedResource } from '../lib/transfer.ts';

interface Route {
  path: string;
  /** Gzipped bytes of everything the page loads, from the issue that set it. */
  budget?: number;
}

const routes: Route[] = [
  { path: '/', budget: undefined },
  { path: '/deck/', budget: 90 * 1024 },
];

const distDirectory = 'dist';
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function build(): number | undefined {
  if (process.argv.includes('--no-build')) return undefined;
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: '' } });
  if (result.status !== 0) {
    console.error('bench: the build failed');
    process.exit(1);
  }
  return (performance.now() - started) / 1000;
}

function serve(root: string) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise<{ origin: string; close: () => void }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}

async function measure(origin: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update'],
  });
  const results = [];
  for (const route of routes) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const pending: Promise<LoadedResource | undefined>[] = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => ({
            url: response.url(),
            contentType: response.headers()['content-type'] ?? '',
            gzipBytes: gzipSync(body, { level: 9 }).length,
          }),
          () => undefined, // redirects and aborted requests have no body
        ),
      );
    });
    await page.goto(origin + route.path, { waitUntil: 'networkidle' });
    const resources = (await Promise.all(pending)).filter((r): r is LoadedResource => r !== undefined);
    results.push({ route, summary: summarizeTransfer(resources), resources });
    await page.close();
  }
  await browser.close();
  return results;
}

const buildSeconds = build();
if (!existsSync(join(distDirectory, 'index.html'))) {
  console.error('bench: no dist/ to measure; run without --no-build');
  process.exit(1);
}
const server = await serve(distDirectory);
const results = await measure(server.origin);
server.close();

const pad = (text: string, width: number) => text.padStart(width);
console.log('\nGzipped bytes each route loads (gzip -9), headless Chromium, 1280×720\n');
console.log(
  ['route'.padEnd(10), ...['HTML', 'JS', 'CSS', 'fonts', 'other', 'total', 'budget'].map((h) => pad(h, 10)), '  requests'].join(''),
);
let overBudget = false;
for (const { route, summary } of results) {
  const other = summary.image + summary.data + summary.other;
  const within = route.budget === undefined || summary.total <= route.budget;
  overBudget ||= !within;
  console.log(
    [
      route.path.padEnd(10),
      ...[summary.html, summary.js, summary.css, summary.font, other, summary.total].map((b) => pad(formatKilobytes(b), 10)),
      pad(route.budget === undefined ? '—' : formatKilobytes(route.budget), 10),
      pad(String(summary.requests), 10),
      route.budget === undefined ? '' : within ? '  ok' : '  OVER BUDGET',
    ].join(''),
  );
}
if (buildSeconds !== undefined) console.log(`\nbuild time: ${buildSeconds.toFixed(1)} s (npx astro build)`);
if (process.argv.includes('--verbose')) {
  for (const { route, resources } of results) {
    console.log(`\n${route.path}`);
    for (const r of resources) console.log(`  ${pad(formatKilobytes(r.gzipBytes), 10)}  ${r.url.replace(server.origin, '')}`);
  }
}
process.exit(overBudget ? 1 : 0);
