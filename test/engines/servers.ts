/**
 * What the engines' tests serve, besides the site itself (`astro preview` of dist/, started by
 * setup.ts on its own port): the site as one engine reaches it, through a pass-through proxy
 * that can take the network away (the offline journey) and, for an engine whose driver reports
 * no page errors (WebKit over classic WebDriver), adds one script to each HTML page that records
 * them; and a blog's page on another origin, for the embed journey. Both listen on ports the
 * system picks, so two engines (or a Playwright run beside them) never meet on a port.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Where setup.ts serves the site (or ENGINES_SITE, a preview already running). */
export const sitePort = 4611;
export const siteOrigin = (process.env.ENGINES_SITE ?? `http://127.0.0.1:${sitePort}`).replace(/\/$/, '');

/**
 * Recorded in each document for the test to read (window.__engineErrors): what the page throws
 * and does not catch, rejections nobody handles, and resources that fail to load.
 */
export const errorRecorder = `<script>(function(){var e=window.__engineErrors=[];addEventListener('error',function(v){var t=v.target;if(t&&t!==window&&t.tagName){e.push('failed to load: <'+t.tagName.toLowerCase()+'> '+(t.src||t.href||''))}else{e.push('uncaught: '+(v.error&&v.error.message||v.message))}},true);addEventListener('unhandledrejection',function(v){e.push('unhandled rejection: '+(v.reason&&v.reason.message||v.reason))})})()</script>`;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export interface SiteProxy {
  origin: string;
  /** With `true`, every connection is dropped at once, as a venue's dead Wi-Fi does; `false` brings it back. */
  setOffline(offline: boolean): void;
  close(): Promise<void>;
}

/** The site at `siteOrigin`, passed through unchanged but for the error recorder when asked. */
export async function siteProxy({ recordErrors }: { recordErrors: boolean }): Promise<SiteProxy> {
  const target = new URL(siteOrigin);
  let offline = false;
  const sockets = new Set<Socket>();
  const server = createServer((incoming, outgoing) => {
    const headers = { ...incoming.headers, host: target.host };
    // The recorder goes into HTML as sent, so the proxy asks for it uncompressed.
    if (recordErrors) delete headers['accept-encoding'];
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers }, (response) => {
      const isHtml = /^text\/html/.test(response.headers['content-type'] ?? '');
      if (!recordErrors || !isHtml || response.statusCode !== 200) {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
        return;
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8');
        // After <meta charset> (the pages name their encoding there, not in the header), else after <head>.
        const at = /<meta charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
        const body = at ? html.slice(0, at.index + at[0].length) + errorRecorder + html.slice(at.index + at[0].length) : errorRecorder + html;
        const { 'content-length': _length, 'transfer-encoding': _encoding, etag: _etag, ...rest } = response.headers;
        outgoing.writeHead(response.statusCode ?? 502, { ...rest, 'content-length': Buffer.byteLength(body) });
        outgoing.end(body);
      });
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  server.on('connection', (socket) => {
    if (offline) return socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const origin = await listen(server);
  return {
    origin,
    setOffline(value) {
      offline = value;
      if (value) for (const socket of sockets) socket.destroy();
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

export interface HostPage {
  origin: string;
  close(): Promise<void>;
}

/** A blog's page on an origin of its own, serving `html` at `/`. */
export async function hostPage(html: string): Promise<HostPage> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  const origin = await listen(server);
  return { origin, close: () => new Promise((done) => server.close(() => done())) };
}
