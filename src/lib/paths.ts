/**
 * Joins the site's base (from `import.meta.env.BASE_URL`) and a path inside the site,
 * so every link works when the site is hosted under a sub-path.
 */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path.slice(1) : path;
  return `${trimmedBase}/${trimmedPath}`;
}
