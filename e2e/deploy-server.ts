/**
 * A static host whose site can be redeployed while the browser watches: it serves one build's
 * folder at a time, and `deploy` swaps the folder at once, as a host's deploy does. Its caching
 * headers are GitHub Pages' (ten minutes for every file), so the test meets the HTTP cache a
 * real host puts between a new deploy and the service worker.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface DeployServer {
  origin: string;
  /** Serves `dir` from the next request on. */
  deploy(dir: string): void;
  close(): Promise<void>;
}

export async function deployServer(dir: string, port: number): Promise<DeployServer> {
  let root = resolve(dir);
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}`);
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=600',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${port}`,
    deploy: (next) => {
      root = resolve(next);
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
