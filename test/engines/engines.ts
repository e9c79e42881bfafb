/**
 * Firefox and WebKit, each through the driver that works with the browser Debian ships (Playwright
 * drives neither: its Firefox needs its own build or a newer BiDi than ESR's, its WebKit its own build):
 *
 * - Firefox ESR (/usr/bin/firefox-esr) over WebDriver BiDi with puppeteer-core, headless; page
 *   errors come from the browser's own log events;
 * - WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver) with selenium-webdriver, on
 *   an Xvfb display the tests start; classic WebDriver reports no page errors, so the site reaches
 *   it through servers.ts's proxy, which adds a recorder of them to each HTML page.
 *
 * Both are driven through `Tab`, and elements are found as a reader finds them, by role, label or
 * text, with Testing Library's queries run in the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type BrowserContext, type ElementHandle, type LaunchOptions, type Page } from 'puppeteer-core';
import { Builder, By, Capabilities, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { running, socketsOn } from './processes.ts';
import { siteProxy, type SiteProxy } from './servers.ts';

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
/** WebKitGTK's MiniBrowser: Debian ships it with libwebkit2gtk-4.1-0, in the architecture's lib folder. */
export const miniBrowserPath =
  process.env.MINIBROWSER_PATH ||
  [...(existsSync('/usr/lib') ? readdirSync('/usr/lib') : []).map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`), '/usr/libexec/webkit2gtk-4.1/MiniBrowser'].find((path) => existsSync(path)) ||
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = '/usr/bin/Xvfb';

/** What each engine needs on this machine, and how to get it (setup.ts stops the run on the first one missing). */
export const requirements = [
  { engine: 'Firefox', path: firefoxPath, install: 'firefox-esr', variable: 'FIREFOX_PATH' },
  { engine: 'WebKit', path: webkitDriverPath, install: 'webkit2gtk-driver', variable: 'WEBKIT_DRIVER_PATH' },
  { engine: 'WebKit', path: miniBrowserPath, install: 'webkit2gtk-driver (it brings libwebkit2gtk-4.1-0 and its MiniBrowser)', variable: 'MINIBROWSER_PATH' },
  { engine: 'WebKit', path: xvfbPath, install: 'xvfb', variable: undefined },
];

/** A name as Testing Library matches it: the whole name, or a pattern. */
export type Name = string | RegExp;
/** An element as a reader finds it, optionally within a part of the page (CSS). Hidden elements are never found. */
export type Query = ({ role: string; name?: Name; level?: number } | { label: Name } | { text: Name } | { css: string }) & { within?: string };

type Serialized = Record<string, unknown>;
const serialize = (query: Query): Serialized =>
  Object.fromEntries(Object.entries(query).map(([key, value]) => [key, value instanceof RegExp ? { regex: value.source, flags: value.flags } : value]));

const testingLibrary = readFileSync(createRequire(import.meta.url).resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'), 'utf8');
/** Added to a document once, before its first query. */
const pageLibrary = `${testingLibrary};
window.__engines = {
  find(q) {
    const TL = window.TestingLibraryDom;
    const scope = q.within ? document.querySelector(q.within) : document.body;
    if (!scope) return null;
    const pattern = (n) => (n == null ? undefined : typeof n === 'string' ? n : new RegExp(n.regex, n.flags));
    const shown = (el) => { const box = el.getBoundingClientRect(); return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
    let found;
    if (q.role) found = TL.queryAllByRole(scope, q.role, { name: pattern(q.name), level: q.level });
    else if (q.label) found = TL.queryAllByLabelText(scope, pattern(q.label));
    else if (q.text) found = TL.queryAllByText(scope, pattern(q.text));
    else found = [...scope.querySelectorAll(q.css)];
    return found.find(shown) ?? null;
  },
};`;

/** The keys the journeys press, in each driver's terms. */
type KeyName = 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End' | 't';
const seleniumKeys: Record<KeyName, string> = { ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, Home: Key.HOME, End: Key.END, t: 't' };

export interface Tab {
  readonly engine: string;
  /** The site's origin as this engine reaches it (through the proxy). */
  readonly site: string;
  /** Loads a page anew: a path on the site or an address; `#…` alone would not reload, so the tab leaves first. */
  goto(url: string): Promise<void>;
  /** Reloads the page, as the reader's reload button does. */
  reload(): Promise<void>;
  /** Runs `fn` in the page (or in the iframe `frame`, CSS) and returns its JSON-able result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  inFrame<A extends unknown[], R>(frame: string, fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Waits until `fn` returns something truthy in the page, and returns it; fails naming `what` and the last value. */
  waitFor<A extends unknown[], R>(what: string, fn: (...args: A) => R, ...args: A): Promise<NonNullable<Awaited<R>>>;
  /** Waits until the element is on screen (found, visible). */
  see(query: Query): Promise<void>;
  /** Its text, once it is there. */
  text(query: Query): Promise<string>;
  click(query: Query): Promise<void>;
  /** Gives the element the keyboard, as Tab would. */
  focus(query: Query): Promise<void>;
  /** Clicks the element `css` inside the iframe `frame` (CSS), as a reader's tap there. */
  clickIn(frame: string, css: string): Promise<void>;
  /** Clicks the box, then puts `text` in at the caret as one edit, as a paste does (one input event). */
  paste(query: Query, text: string): Promise<void>;
  /** Picks an option of a <select> by value, as a reader clicks it. */
  select(query: Query, value: string): Promise<void>;
  press(key: KeyName): Promise<void>;
  /** Sizes the page's viewport; false if the engine's window cannot be that small (MiniBrowser: 447 px at least). */
  setViewport(width: number, height: number): Promise<boolean>;
  screenshot(name: string): Promise<string>;
  /** Opens `url` in a new page of the same browser, runs `use` on it, closes it. */
  inNewPage(url: string, use: (tab: Tab) => Promise<void>): Promise<void>;
  /** The network to the site goes away (true) or comes back (false). */
  setOffline(offline: boolean): Promise<void>;
  /** Uncaught exceptions (and, in WebKit, failed resources) seen so far in this tab's pages and frames. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: 'Firefox' | 'WebKit';
  start(): Promise<void>;
  /** A tab in a fresh profile: no service worker, cache or storage from an earlier journey. */
  newTab(): Promise<Tab>;
  stop(): Promise<void>;
  /** What its browser's processes were doing, for a journey that ran out of time to say. */
  state?(): string;
}

const screenshotDir = 'test-results/engines';
const timeout = Number(process.env.ENGINES_TIMEOUT ?? 15_000);

/** With ENGINES_TRACE=1, says what the driver does when, on stderr. */
export function trace(what: string) {
  if (process.env.ENGINES_TRACE) console.error(`  [${new Date().toISOString().slice(11, 23)}] ${what}`);
}

/** What the journey is waiting for now: a journey that runs out of time names it. */
export const waiting = { for: '' };

/** Polls `check` (one round trip to the browser each time) until it gives a truthy value, and returns it. */
export async function poll<R>(what: string, check: () => Promise<R>, ms = timeout): Promise<NonNullable<R>> {
  waiting.for = what;
  const start = Date.now();
  const deadline = start + ms;
  let last: unknown;
  for (;;) {
    try {
      last = await check();
      // ENGINES_TRACE=1 says what took a second or more.
      if (last && Date.now() - start >= 1000) trace(`waited ${Date.now() - start} ms for ${what}`);
      if (last) return last as NonNullable<R>;
    } catch (error) {
      last = error instanceof Error ? error.message.split('\n')[0] : error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 400)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const describe = (query: Query) => JSON.stringify(serialize(query));

/** What every tab does the same way, given how to run code in its page. */
abstract class BaseTab implements Tab {
  abstract readonly engine: string;
  readonly site: string;
  constructor(site: string) {
    this.site = site;
  }
  abstract goto(url: string): Promise<void>;
  abstract reload(): Promise<void>;
  abstract evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  abstract inFrame<A extends unknown[], R>(frame: string, fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  protected abstract injectLibrary(): Promise<void>;
  abstract click(query: Query): Promise<void>;
  abstract clickIn(frame: string, css: string): Promise<void>;
  abstract select(query: Query, value: string): Promise<void>;
  abstract press(key: KeyName): Promise<void>;
  abstract setViewport(width: number, height: number): Promise<boolean>;
  abstract screenshot(name: string): Promise<string>;
  abstract inNewPage(url: string, use: (tab: Tab) => Promise<void>): Promise<void>;
  abstract problems(): Promise<string[]>;
  abstract close(): Promise<void>;
  private proxy?: SiteProxy;
  useProxy(proxy: SiteProxy) {
    this.proxy = proxy;
  }
  async setOffline(offline: boolean) {
    this.proxy!.setOffline(offline);
  }
  protected url(url: string) {
    return /^[a-z]+:/.test(url) ? url : `${this.site}${url}`;
  }
  /** Makes sure the page's document has the queries (a new document has not). */
  protected async library() {
    if (!(await this.evaluate(() => 'TestingLibraryDom' in window && '__engines' in window))) await this.injectLibrary();
  }
  waitFor<A extends unknown[], R>(what: string, fn: (...args: A) => R, ...args: A): Promise<NonNullable<Awaited<R>>> {
    return poll(what, () => this.evaluate(fn, ...args));
  }
  protected found(query: Query) {
    return poll(`${describe(query)} on screen`, async () => {
      await this.library();
      return this.evaluate((q) => Boolean((window as unknown as { __engines: { find(q: unknown): Element | null } }).__engines.find(q)), serialize(query));
    });
  }
  async see(query: Query) {
    await this.found(query);
  }
  async focus(query: Query) {
    await this.found(query);
    await this.evaluate((q) => (window as unknown as { __engines: { find(q: unknown): HTMLElement | null } }).__engines.find(q)?.focus(), serialize(query));
  }
  async text(query: Query) {
    await this.found(query);
    return this.evaluate((q) => (window as unknown as { __engines: { find(q: unknown): Element | null } }).__engines.find(q)?.textContent ?? '', serialize(query));
  }
  async paste(query: Query, text: string) {
    await this.click(query);
    await this.evaluate((text) => document.execCommand('insertText', false, text), text);
  }
}

// ---------------------------------------------------------------- Firefox (puppeteer-core, BiDi)

class PuppeteerTab extends BaseTab {
  readonly engine: string;
  private errors: string[] = [];
  private page: Page;
  private context: BrowserContext;
  constructor(engine: string, site: string, page: Page, context: BrowserContext) {
    super(site);
    this.engine = engine;
    this.page = page;
    this.context = context;
    this.watch(page);
  }
  private watch(page: Page) {
    page.on('pageerror', (error) => this.errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  }
  async goto(url: string) {
    if (this.page.url().split('#')[0] === this.url(url).split('#')[0]) await this.page.goto('about:blank');
    await this.page.goto(this.url(url));
  }
  async reload() {
    await this.page.reload();
  }
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A) {
    return this.page.evaluate(fn as never, ...(args as unknown as never[])) as Promise<Awaited<R>>;
  }
  async inFrame<A extends unknown[], R>(frame: string, fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    const element = await this.page.$(frame);
    const content = await element!.contentFrame();
    return (await content!.evaluate(fn as never, ...(args as unknown as never[]))) as Awaited<R>;
  }
  protected async injectLibrary() {
    await this.page.evaluate(pageLibrary);
  }
  private async handle(query: Query) {
    await this.found(query);
    const handle = await this.page.evaluateHandle((q) => (window as unknown as { __engines: { find(q: unknown): Element | null } }).__engines.find(q), serialize(query));
    return handle.asElement() as ElementHandle<Element>;
  }
  async click(query: Query) {
    await (await this.handle(query)).click();
  }
  async clickIn(frame: string, css: string) {
    const content = await (await this.page.$(frame))!.contentFrame();
    await (await content!.$(css))!.click();
  }
  async select(query: Query, value: string) {
    await (await this.handle(query)).select(value);
  }
  async press(key: KeyName) {
    await this.page.keyboard.press(key);
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewport({ width, height });
    return true;
  }
  async screenshot(name: string) {
    mkdirSync(screenshotDir, { recursive: true });
    const path = `${screenshotDir}/${this.engine.toLowerCase()}-${name}.png`;
    await this.page.screenshot({ path });
    return path;
  }
  async inNewPage(url: string, use: (tab: Tab) => Promise<void>) {
    const page = await this.context.newPage();
    const tab = new PuppeteerTab(this.engine, this.site, page, this.context);
    try {
      await tab.goto(url);
      await use(tab);
      this.errors.push(...(await tab.problems()));
    } finally {
      await page.close();
    }
  }
  async problems() {
    return [...this.errors];
  }
  async close() {
    await this.context.close();
  }
}

/** A browser puppeteer-core launches: Firefox over BiDi (and, for comparing by hand, Chromium over CDP). */
export class PuppeteerEngine implements Engine {
  readonly name: 'Firefox' | 'WebKit';
  private launch: LaunchOptions;
  private browser?: Browser;
  private proxy?: SiteProxy;
  constructor(name: string, launch: LaunchOptions) {
    this.name = name as 'Firefox';
    this.launch = launch;
  }
  async start() {
    this.proxy = await siteProxy({ recordErrors: false });
    this.browser = await puppeteer.launch(this.launch);
  }
  async newTab() {
    const context = await this.browser!.createBrowserContext();
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const tab = new PuppeteerTab(this.name, this.proxy!.origin, page, context);
    tab.useProxy(this.proxy!);
    return tab;
  }
  async stop() {
    await this.browser?.close();
    await this.proxy?.close();
  }
}

// ---------------------------------------------------------- WebKit (selenium-webdriver, classic)

/** A port the system has just said is free (WebKitWebDriver must be told one). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

class WebKitTab extends BaseTab {
  readonly engine = 'WebKit';
  private errors: string[] = [];
  /** Window chrome around the page (MiniBrowser's toolbar), measured once. */
  private chrome?: { width: number; height: number };
  private driver: WebDriver;
  private onClose: () => Promise<void>;
  constructor(site: string, driver: WebDriver, onClose: () => Promise<void>) {
    super(site);
    this.driver = driver;
    this.onClose = onClose;
  }
  /** What the recorder in the page and in its iframes holds; read before the page goes. */
  private async collect() {
    try {
      const own = await this.driver.executeScript<string[] | null>('return window.__engineErrors ? window.__engineErrors.slice() : null');
      if (own) this.errors.push(...own);
      const frames = await this.driver.executeScript<WebElement[]>('return [...document.querySelectorAll("iframe")]');
      for (const frame of frames) {
        await this.driver.switchTo().frame(frame);
        const inner = await this.driver.executeScript<string[] | null>('return window.__engineErrors ? window.__engineErrors.slice() : null');
        if (inner) this.errors.push(...inner.map((problem) => `in an iframe: ${problem}`));
        await this.driver.switchTo().defaultContent();
      }
    } catch {
      await this.driver.switchTo().defaultContent();
    }
  }
  async goto(url: string) {
    trace(`WebKit goes to ${url}`);
    await this.collect();
    const current = await this.driver.getCurrentUrl();
    if (current.split('#')[0] === this.url(url).split('#')[0]) await this.driver.get('about:blank');
    await this.driver.get(this.url(url));
  }
  async reload() {
    await this.collect();
    await this.driver.navigate().refresh();
  }
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A) {
    return this.driver.executeScript(fn as never, ...args) as Promise<Awaited<R>>;
  }
  async inFrame<A extends unknown[], R>(frame: string, fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    const element = await this.driver.executeScript<WebElement>(`return document.querySelector(${JSON.stringify(frame)})`);
    await this.driver.switchTo().frame(element);
    try {
      return (await this.driver.executeScript(fn as never, ...args)) as Awaited<R>;
    } finally {
      await this.driver.switchTo().defaultContent();
    }
  }
  protected async injectLibrary() {
    await this.driver.executeScript(pageLibrary);
  }
  private async element(query: Query) {
    await this.found(query);
    return this.driver.executeScript<WebElement>('return window.__engines.find(arguments[0])', serialize(query));
  }
  async click(query: Query) {
    await (await this.element(query)).click();
  }
  async clickIn(frame: string, css: string) {
    await this.driver.switchTo().frame(await this.driver.findElement(By.css(frame)));
    try {
      await this.driver.findElement(By.css(css)).click();
    } finally {
      await this.driver.switchTo().defaultContent();
    }
  }
  async select(query: Query, value: string) {
    const select = await this.element(query);
    await select.click();
    const option = await this.driver.executeScript<WebElement>('return [...arguments[0].options].find((o) => o.value === arguments[1])', select, value);
    await option.click();
  }
  async press(key: KeyName) {
    await this.driver.actions().sendKeys(seleniumKeys[key]).perform();
  }
  async setViewport(width: number, height: number) {
    const window = this.driver.manage().window();
    waiting.for = `MiniBrowser's window to be resized to ${width}×${height}`;
    trace(waiting.for);
    if (!this.chrome) {
      await window.setRect({ width, height });
      waiting.for = "the page's size in MiniBrowser's window";
      const [innerWidth, innerHeight] = await this.driver.executeScript<number[]>('return [innerWidth, innerHeight]');
      this.chrome = { width: width - innerWidth!, height: height - innerHeight! };
    }
    await window.setRect({ width: width + this.chrome.width, height: height + this.chrome.height });
    // The window manager may refuse a size (MiniBrowser's window keeps its toolbar's width).
    return poll(
      `a ${width}×${height} viewport`,
      async () => {
        const [w, h] = await this.driver.executeScript<number[]>('return [innerWidth, innerHeight]');
        return w === width && h === height;
      },
      2_000,
    ).catch(() => false);
  }
  async screenshot(name: string) {
    mkdirSync(screenshotDir, { recursive: true });
    const path = `${screenshotDir}/webkit-${name}.png`;
    writeFileSync(path, await this.driver.takeScreenshot(), 'base64');
    return path;
  }
  async inNewPage(url: string, use: (tab: Tab) => Promise<void>) {
    const opener = await this.driver.getWindowHandle();
    await this.driver.switchTo().newWindow('window');
    const tab = new WebKitTab(this.site, this.driver, async () => {});
    try {
      await this.driver.get(this.url(url));
      await use(tab);
      this.errors.push(...(await tab.problems()));
    } finally {
      await this.driver.close();
      await this.driver.switchTo().window(opener);
    }
  }
  async problems() {
    await this.collect();
    const seen = [...this.errors];
    this.errors = [];
    return seen;
  }
  async close() {
    await this.onClose();
  }
}

class WebKit implements Engine {
  readonly name = 'WebKit';
  private xvfb?: ChildProcess;
  private driverProcess?: ChildProcess;
  private driverUrl = '';
  private printed = '';
  private proxy?: SiteProxy;
  async start() {
    this.proxy = await siteProxy({ recordErrors: true });
    // Xvfb names the display it took on fd 3 (-displayfd): no guessing at a free one.
    this.xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    const display = await new Promise<string>((resolve, reject) => {
      let out = '';
      this.xvfb!.stdio[3]!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      this.xvfb!.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it named its display`)));
    });
    const port = await freePort();
    this.driverProcess = spawn(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      // What the driver and its MiniBrowsers print (they share its stderr), the last of it kept for state().
      stdio: ['ignore', 'ignore', 'pipe'],
      // The page's prefers-color-scheme stays light and motion on, as GTK's defaults give them.
      env: { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11' },
    });
    this.driverProcess.stderr!.on('data', (chunk: Buffer) => (this.printed = (this.printed + chunk.toString()).slice(-2000)));
    this.driverUrl = `http://127.0.0.1:${port}`;
    await poll('WebKitWebDriver to answer', () => fetch(`${this.driverUrl}/status`).then((response) => response.ok));
  }
  async newTab() {
    // A session is a MiniBrowser of its own, with its own (ephemeral) data: each journey starts fresh.
    const capabilities = new Capabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      // A script that never returns fails in 10 s, naming itself, instead of using up the journey's time.
      timeouts: { script: 10_000, pageLoad: 30_000, implicit: 0 },
    });
    // Traced: a session that never comes (MiniBrowser not starting) names itself when the journey runs out of time.
    trace(`new MiniBrowser session`);
    waiting.for = 'WebKitWebDriver to start a MiniBrowser session';
    const driver = await new Builder().usingServer(this.driverUrl).withCapabilities(capabilities).build();
    trace(`MiniBrowser session ${(await driver.getSession()).getId()}`);
    const tab = new WebKitTab(this.proxy!.origin, driver, async () => {
      trace('quitting the MiniBrowser session');
      await driver.quit();
      // The next journey's session starts only once this browser is gone: a clean-clone run once
      // waited 60 s for a session that never came, right after another's quit.
      await poll('the quit MiniBrowser to exit', async () => running(miniBrowserPath).length === 0 || undefined, 10_000);
      trace('quit');
    });
    tab.useProxy(this.proxy!);
    return tab;
  }
  state() {
    // Each MiniBrowser with the port its driver was told to reach it on, and what is on that port.
    const browsers = running(miniBrowserPath).map(({ pid, state, seconds, environment }) => {
      const port = Number(environment.get('WEBKIT_INSPECTOR_SERVER')?.split(':')[1]);
      return `MiniBrowser ${pid} (${state}, ${seconds} s old), inspector port ${port}: ${socketsOn(port).join(', ') || 'no socket'}`;
    });
    return `${browsers.join('; ') || 'no MiniBrowser running'}; the driver and its browsers last printed: ${this.printed.trim().slice(-600) || 'nothing'}`;
  }
  async stop() {
    this.driverProcess?.kill();
    this.xvfb?.kill();
    await this.proxy?.close();
  }
}

export const engines: Record<'firefox' | 'webkit', () => Engine> = {
  firefox: () =>
    new PuppeteerEngine('Firefox', {
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: firefoxPath,
      headless: true,
      // No update checks or telemetry: this network reaches only the site.
      extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false },
    }),
  webkit: () => new WebKit(),
};

/** Why an engine cannot run here, or undefined. */
export function missing(engine: string): string | undefined {
  const absent = requirements.find((requirement) => requirement.engine === engine && !existsSync(requirement.path));
  if (!absent) return undefined;
  return `${engine}: nothing at ${absent.path}. Install it (Debian/Ubuntu: sudo apt-get install -y ${absent.install})${absent.variable ? ` or point ${absent.variable} at one` : ''}, then run npm test again.`;
}
