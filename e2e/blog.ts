import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A blog's page on an origin of its own, as a blogger embeds a chart: a server on a port the system picks. */
export async function blogPage(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/post/`, server };
}
