/**
 * A built sw.js run in node:vm, in a service worker's global scope cut down to what it touches:
 * its events, an in-memory CacheStorage and a network that serves the build's own files. The
 * checks then see what the worker does (the caches it fills and drops, what it answers), not how
 * its minified text reads.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import type { Site } from './site.ts';

const urlOf = (request: Request | string) => (typeof request === 'string' ? request : request.url);
const withoutSearch = (url: string) => url.replace(/[?#].*$/, '');

class MemoryCache {
  readonly entries = new Map<string, Response>();
  async match(request: Request | string, options?: { ignoreSearch?: boolean }) {
    const url = urlOf(request);
    const key = [...this.entries.keys()].find((kept) => kept === url || (options?.ignoreSearch && withoutSearch(kept) === withoutSearch(url)));
    return key === undefined ? undefined : this.entries.get(key)!.clone();
  }
  async put(request: Request | string, response: Response) {
    this.entries.set(urlOf(request), response);
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  async delete(request: Request | string) {
    return this.entries.delete(urlOf(request));
  }
}

class MemoryCacheStorage {
  readonly named = new Map<string, MemoryCache>();
  readonly network: (request: Request) => Promise<Response>;
  constructor(network: (request: Request) => Promise<Response>) {
    this.network = network;
  }
  async open(name: string) {
    if (!this.named.has(name)) this.named.set(name, new MemoryCache());
    const cache = this.named.get(name)!;
    const network = this.network;
    // add() is the one method that fetches: the worker keeps a page with it.
    return Object.assign(cache, { add: async (request: Request) => cache.put(request, await network(request)) });
  }
  async keys() {
    return [...this.named.keys()];
  }
  async match(request: Request | string, options: { cacheName?: string; ignoreSearch?: boolean } = {}) {
    const caches = options.cacheName ? [this.named.get(options.cacheName)] : [...this.named.values()];
    for (const cache of caches) {
      const response = await cache?.match(request, options);
      if (response) return response;
    }
    return undefined;
  }
  async has(name: string) {
    return this.named.has(name);
  }
  async delete(name: string) {
    return this.named.delete(name);
  }
}

class ExtendableEvent {
  readonly pending: Promise<unknown>[] = [];
  readonly type: string;
  constructor(type: string) {
    this.type = type;
  }
  waitUntil(promise: Promise<unknown>) {
    this.pending.push(promise);
  }
}

class FetchEvent extends ExtendableEvent {
  response?: Promise<Response>;
  readonly request: Request;
  constructor(request: Request) {
    super('fetch');
    this.request = request;
  }
  respondWith(response: Promise<Response>) {
    this.response = response;
  }
}

class ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly source: { postMessage(message: unknown): void };
  constructor(data: unknown, source: { postMessage(message: unknown): void }) {
    super('message');
    this.data = data;
    this.source = source;
  }
}

export interface WorkerScope {
  caches: MemoryCacheStorage;
  /** What the network was asked for, in order. */
  fetched: string[];
  /** Whether the network answers (false: a venue's Wi-Fi that is down). */
  online: boolean;
  /** Dispatches an event to the worker's listeners and waits for all it extended its life with. */
  dispatch(type: 'install' | 'activate'): Promise<void>;
  /** A request through the worker: its answer, or undefined when it lets the browser fetch. */
  request(url: string, mode?: RequestMode): Promise<Response | undefined>;
  /** A message from a page: what the worker posts back. */
  message(data: unknown): Promise<unknown[]>;
}

/** Runs the build's sw.js, served from `origin` at the build's base. */
export function runWorker(site: Site, origin: string): WorkerScope {
  const listeners = new Map<string, ((event: ExtendableEvent) => void)[]>();
  const scope: WorkerScope & Record<string, unknown> = {
    fetched: [],
    online: true,
    caches: new MemoryCacheStorage((request) => network(request)),
    async dispatch(type) {
      await settle(new ExtendableEvent(type));
    },
    async request(url, mode = 'cors') {
      const event = new FetchEvent(new Request(new URL(url, origin), { mode: mode === 'navigate' ? 'same-origin' : mode }));
      // Node's Request cannot be made a navigation: the worker reads the mode, so it is set as a browser sets it.
      Object.defineProperty(event.request, 'mode', { value: mode });
      await settle(event);
      return event.response;
    },
    async message(data) {
      const replies: unknown[] = [];
      await settle(new ExtendableMessageEvent(data, { postMessage: (reply) => replies.push(reply) }));
      return replies;
    },
  };
  async function network(request: Request): Promise<Response> {
    scope.fetched.push(request.url);
    if (!scope.online) throw new TypeError('Failed to fetch');
    const file = new URL(request.url).origin === origin ? site.resolve(new URL(request.url).pathname) : undefined;
    return file ? new Response(readFileSync(file), { status: 200 }) : new Response('', { status: 404 });
  }
  async function settle(event: ExtendableEvent) {
    for (const listener of listeners.get(event.type) ?? []) listener(event);
    if (event instanceof FetchEvent && event.response) await event.response.catch(() => undefined);
    await Promise.all(event.pending);
  }
  Object.assign(scope, {
    self: scope,
    location: new URL(`${site.base}sw.js`, origin),
    registration: { scope: new URL(site.base, origin).href },
    clients: { claim: async () => undefined },
    skipWaiting: async () => undefined,
    addEventListener: (type: string, listener: (event: ExtendableEvent) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    fetch: network,
    ...{ Request, Response, Headers, URL, ExtendableEvent, FetchEvent, console, setTimeout, clearTimeout },
  });
  runInNewContext(site.file('sw.js').toString('utf8'), scope, { filename: `${site.dir}/sw.js` });
  return scope;
}
