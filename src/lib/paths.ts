/**
 * Joins the site's base (from `import.meta.env.BASE_URL`) and a path inside the site,
 * so every link works when the site is hosted under a sub-path.
 */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path.slice(1) : path;
  return `${trimmedBase}/${trimmedPath}`;
}

/**
 * The site's base as the folder a path inside the site is appended to: one slash at its end,
 * whether the base came with one (BASE_URL, '/vpc-lambda/') or without (a config's '/vpc-lambda').
 */
export function baseFolder(base: string): string {
  return base.replace(/\/?$/, '/');
}

/**
 * The same page in both editions, as paths inside the site (without the base): the Japanese
 * original at the root, the English edition under /en/.
 */
export function alternatePaths(pathname: string, base: string): { ja: string; en: string } {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  let path = pathname.startsWith(trimmedBase) ? pathname.slice(trimmedBase.length) : pathname;
  if (!path.startsWith('/')) path = `/${path}`;
  const ja = path === '/en' || path.startsWith('/en/') ? path.slice(3) || '/' : path;
  return { ja, en: ja === '/' ? '/en/' : `/en${ja}` };
}

/** A path inside an edition: the Japanese at the root, the English under /en/. */
export function editionPath(locale: 'ja' | 'en', path: string): string {
  return `${locale === 'en' ? '/en' : ''}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A link to a page of an edition, with the site's base: what every page's links use. */
export function localHref(base: string, locale: 'ja' | 'en', path: string): string {
  return withBase(base, editionPath(locale, path));
}

/** The whole deck in one page (every drawing and note), which /deck/ fetches as the presenter nears its figures. */
export const wholeDeckPath = '/deck/full/';
