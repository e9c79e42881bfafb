/**
 * The built site as files: what the checks over dist/ read. Nothing here starts a browser; a page
 * is parsed once and shared by every check that reads it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { JSDOM } from 'jsdom';

export interface Site {
  /** The folder the build wrote (dist/ or dist-subpath/). */
  dir: string;
  /** The base the site is served under, with its slashes ('/' or '/vpc-lambda/'). */
  base: string;
  /** Every HTML page, as its path under the base ('', 'deck/', 'en/embed/rollout/'). */
  pages: string[];
  /** Every file the build wrote, as its path under the base ('_astro/…', 'sw.js'). */
  files: string[];
  /** The page's document, parsed once. */
  document(page: string): Document;
  /** A built file's bytes, by its path under the base. */
  file(path: string): Buffer;
  /** The file a URL path on this site serves, or undefined when the build has none. */
  resolve(pathname: string): string | undefined;
}

/** The origin every absolute URL of the build names (SITE_URL at build time). */
export const siteOrigin = new URL(process.env.SITE_URL || 'https://vpc-lambda-before-after.example').origin;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'));
}

/**
 * A chart's own page (embed/<id>/, en/embed/<id>/), as the registry makes them: every one but the
 * embed of a reader's run (embed/import/), which draws what its link holds and has no static image.
 */
export const isChartPage = (page: string): boolean => /^(en\/)?embed\/[^/]+\/$/.test(page) && !/embed\/import\/$/.test(page);

const sites = new Map<string, Site>();

/** The build in a folder, read once per test worker (files run one after another share it). */
export function builtSite(dir: string, base: string): Site {
  const key = `${dir} ${base}`;
  if (!sites.has(key)) sites.set(key, readSite(dir, base));
  return sites.get(key)!;
}

function readSite(dir: string, base: string): Site {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`no build in ${dir}/: run npm run build${dir.includes('subpath') ? ':subpath' : ''} first`);
  }
  const files = filesUnder(dir);
  const pages = files.filter((name) => name.endsWith('index.html')).map((name) => name.replace(/index\.html$/, '')).sort();
  const documents = new Map<string, Document>();
  return {
    dir,
    base,
    pages,
    files,
    document(page) {
      let document = documents.get(page);
      if (!document) {
        document = new JSDOM(readFileSync(join(dir, page, 'index.html'), 'utf8')).window.document;
        documents.set(page, document);
      }
      return document;
    },
    file: (path) => readFileSync(join(dir, path)),
    resolve(pathname) {
      if (!pathname.startsWith(base)) return undefined;
      const path = decodeURIComponent(pathname.slice(base.length));
      const candidate = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      const full = join(dir, candidate);
      return relative(dir, full).startsWith('..') || !existsSync(full) || !statSync(full).isFile() ? undefined : full;
    },
  };
}

/** Whether a page (a path under the base, 'en/read/') is in the English edition. */
export const isEnglish = (page: string) => page.startsWith('en/');
