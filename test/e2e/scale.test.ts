// A generated taxonomy of a few thousand species in Chromium: "Draw all" ends with every node
// drawn, each in its own place, and the page still answering; the convergence matrix groups the
// families under their clades and ranks the traits by origins, the graph beside it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTaxonomy } from '../../scripts/generate-taxonomy.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, settled, shoot } from './browser.ts';

let server: TestServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cladescope-scale-'));
  // 3,000 species: 150 genera, 15 families in 3 orders, some 3,200 taxa.
  writeFileSync(join(dir, 'taxonomy.json'), JSON.stringify(generateTaxonomy({ species: 3000, seed: 7 })));
  [server, browser] = await Promise.all([startTestServer({ SEED_FILE: join(dir, 'taxonomy.json') }), launchBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** How many drawn nodes the canvas shows, at least in part. */
const nodesInView = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) return 0;
    const view = cy.extent();
    return cy.nodes().filter((n) => {
      const b = n.boundingBox({});
      return b.x2 > view.x1 && b.x1 < view.x2 && b.y2 > view.y1 && b.y1 < view.y2;
    }).length;
  });

describe('a taxonomy of thousands of species', () => {
  it('draws every node when Draw all is chosen, each in its own place, and the page keeps answering', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/?depth=all`);
    await settled(page);
    const notice = (await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()) ?? '';
    const total = Number(/of ([\d,]+) nodes/.exec(notice)?.[1]?.replace(/,/g, ''));
    expect(total).toBeGreaterThan(3000);

    await page.getByRole('button', { name: 'Draw all' }).click();
    await page.waitForFunction(() => !document.querySelector('.notice'), undefined, { timeout: 60_000 });
    await settled(page);

    const drawn = await page.evaluate(() => {
      const nodes = window.__cy?.nodes() ?? [];
      return { count: nodes.length, places: new Set(nodes.map((n) => `${Math.round(n.position('x'))}:${Math.round(n.position('y'))}`)).size };
    });
    expect(drawn.count).toBe(total);
    expect(drawn.places).toBe(total);
    // Too large to show whole, it opens where it starts (the root) with nodes in view, not on an empty corner.
    expect(await nodesInView(page)).toBeGreaterThan(0);
    // Still answering: the wheel zooms, and typing in the search box offers taxa.
    const zoom = await page.evaluate(() => window.__cy?.zoom());
    const canvas = await page.locator('.graph-canvas__cy').boundingBox();
    await page.mouse.move((canvas?.x ?? 0) + 300, (canvas?.y ?? 0) + 300);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((before) => window.__cy?.zoom() !== before, zoom);
    await page.getByRole('combobox', { name: /Search taxa/ }).fill('a');
    await expect(page.getByRole('option').first().isVisible()).resolves.toBe(true);
    await shoot(page, 'scale-draw-all');
  });

  it('summarises the convergence matrix: families grouped by clade, traits by origins, a filter, the graph beside it', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/?view=convergence`);
    await settled(page);
    const matrix = page.locator('.matrix');

    // 15 families stand as 3 clade columns, each saying how many families it holds.
    const clades = matrix.locator('thead').getByRole('button', { expanded: false });
    await expect(clades.allTextContents()).resolves.toEqual([expect.stringMatching(/\(\d+\) ▸$/), expect.stringMatching(/\(\d+\) ▸$/), expect.stringMatching(/\(\d+\) ▸$/)]);
    const cell = (await matrix.locator('tbody td.matrix__cell--group').first().getAttribute('title')) ?? '';
    expect(cell).toMatch(/carried by \d+ of its \d+ families|in .+: carried by 0/);

    // Ranked by independent origins, the most first.
    const origins = (await matrix.locator('tbody tr td.matrix__count:first-of-type').allTextContents()).map(Number);
    expect(origins.length).toBeGreaterThan(5);
    expect(origins).toEqual([...origins].sort((a, b) => b - a));

    // Opening a clade shows its families as columns of their own.
    const first = clades.first();
    const size = Number(/\((\d+)\)/.exec((await first.textContent()) ?? '')?.[1]);
    const before = await matrix.locator('thead th.matrix__family').count();
    await first.click();
    await expect(matrix.locator('thead th.matrix__family').count()).resolves.toBe(before - 1 + size);

    // The filter keeps the traits whose name has the word.
    const name = ((await matrix.locator('tbody th').first().textContent()) ?? '').replace('◆ ', '');
    const word = name.split(' ')[0] as string;
    await matrix.getByRole('searchbox', { name: 'Filter traits' }).fill(word);
    const shown = await matrix.locator('tbody th').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((t) => t.toLowerCase().includes(word.toLowerCase()))).toBe(true);

    // The graph stays in view beside the matrix, some of it on screen.
    expect(await nodesInView(page)).toBeGreaterThan(0);
    const graph = await page.locator('.graph-canvas__cy').boundingBox();
    const panel = await matrix.boundingBox();
    expect(graph?.width ?? 0).toBeGreaterThan(400);
    expect((graph?.x ?? 0) + (graph?.width ?? 0)).toBeLessThanOrEqual((panel?.x ?? 0) + 1);
    await shoot(page, 'scale-convergence');
  });
});
