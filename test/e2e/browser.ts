// Drives Debian's Chromium with playwright-core for the browser tests, and reads the page's
// Cytoscape instance (window.__cy) to count and find what is drawn.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The size of the screenshots the issues use. */
export const VIEWPORT = { width: 1440, height: 900 };

export interface OpenOptions {
  /** Wait for the canvas to draw and its layout to stop (false for pages that draw no graph). */
  wait?: boolean;
  viewport?: { width: number; height: number };
}

export interface Explorer {
  readonly server: TestServer;
  readonly browser: Browser;
  readonly url: string;
  /** A new page at `path` of the served client, 1440x900 unless told. */
  open(path?: string, options?: OpenOptions): Promise<Page>;
}

/**
 * One test file's explorer: the real server on the embedded engine (seeded, then `prepare`d) and
 * Chromium, started before the file's tests and closed after them.
 */
export function useExplorer(prepare?: (server: TestServer) => Promise<void>): Explorer {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    await prepare?.(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the explorer starts in beforeAll');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
    async open(path = '/', { wait = true, viewport = VIEWPORT } = {}) {
      const page = await started(browser).newPage({ viewport, acceptDownloads: true });
      await page.goto(started(server).url + path);
      if (wait) await settled(page);
      return page;
    },
  };
}

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  await page.goto(url);
  await settled(page);
  return page;
}

/** Waits until the canvas has drawn something and its layout has stopped. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  await page.waitForSelector('.graph-canvas__cy[aria-busy="false"]');
  await page.waitForFunction(() => !document.querySelector('.stage[aria-busy="true"]'));
}

export const counts = (page: Page) => page.evaluate(() => ({ nodes: window.__cy?.nodes().length ?? 0, edges: window.__cy?.edges().length ?? 0 }));

export const drawnIds = (page: Page) => page.evaluate(() => window.__cy?.nodes().map((n) => n.id()) ?? []);

/** The node's place on the screen, for real mouse clicks and drags. */
export async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('.graph-canvas__cy').boundingBox();
  const rendered = await page.evaluate((nodeId) => window.__cy?.getElementById(nodeId).renderedPosition(), id);
  if (!box || !rendered) throw new Error(`${id} is not drawn`);
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

export const shoot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png` });
