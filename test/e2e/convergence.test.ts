// A trait's history in Chromium: choosing a trait in the convergence view draws it on the
// cladogram (carriers filled, ancestors shaded, each origin on its branch) beside the numbers
// and the recorded convergence against the computed.
import { describe, expect, it } from 'vitest';
import { settled, shoot, useExplorer } from './browser.ts';

const explorer = useExplorer();

const historyOf = (id: string) => `(() => { const n = window.__cy?.getElementById(${JSON.stringify(id)}); return n && n.length ? { history: n.data('history'), origin: n.data('origin') ?? false } : null; })()`;

describe('the convergence view', () => {
  it('draws the history of recursive self-improvement: two origins, each on its branch, and where the record disagrees', async () => {
    const page = await explorer.open('/?view=convergence');

    await page.getByRole('list', { name: 'Converging traits' }).getByRole('button', { name: 'Recursive self-improvement' }).click();
    await page.waitForURL(/taxon=trait-recursive-self-improvement/);
    await page.waitForSelector('.trait-history');
    await settled(page);

    expect(await page.evaluate(historyOf('family-recursidae'))).toEqual({ history: 'carrier', origin: true });
    expect(await page.evaluate(historyOf('specimen-claude-opus-4-6'))).toEqual({ history: 'carrier', origin: true });
    expect(await page.evaluate(historyOf('species-frontieris-reflexivus'))).toEqual({ history: 'heritage', origin: false });
    expect(await page.evaluate(historyOf('family-instrumentidae'))).toEqual({ history: 'absent', origin: false });
    const gains = await page.evaluate(() => window.__cy?.edges('[change = "gain"]').map((e) => e.source().id()).sort());
    expect(gains).toEqual(['family-recursidae', 'specimen-claude-opus-4-6']);

    const panel = page.locator('.trait-history');
    await expect(panel.locator('.trait-history__counts').textContent()).resolves.toMatch(/2.*origins|origins.*2/);
    await expect(panel.locator('.agreement--agrees').textContent()).resolves.toContain('Claude Opus 4.6');
    await expect(panel.locator('.agreement--disagrees').textContent()).resolves.toMatch(/Frontieris reflexivus.*inherited from Recursidae/);
    await shoot(page, 'convergence-history');
  });

  it('frames the carriers of the chosen trait, Frontieris reflexivus and Claude Opus 4.6, with their labs, beside the matrix, every label at least 8 px', async () => {
    const page = await explorer.open('/?view=convergence&taxon=trait-recursive-self-improvement');
    await page.waitForSelector('.trait-history');
    await settled(page);
    const seen = await page.evaluate(() => {
      const cy = window.__cy;
      if (!cy) return null;
      const inView = (id: string) => {
        const n = cy.getElementById(id);
        if (n.empty()) return false;
        const b = n.renderedBoundingBox({});
        return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
      };
      return {
        inView: Object.fromEntries(['species-frontieris-reflexivus', 'specimen-claude-opus-4-6', 'lab-openai', 'lab-anthropic'].map((id) => [id, inView(id)])),
        smallest: Math.min(...cy.nodes(':visible').map((n) => parseFloat(n.style('font-size') as string) * cy.zoom())),
      };
    });
    expect(seen?.inView).toEqual({ 'species-frontieris-reflexivus': true, 'specimen-claude-opus-4-6': true, 'lab-openai': true, 'lab-anthropic': true });
    expect(seen?.smallest).toBeGreaterThanOrEqual(7.99);
    // Beside the matrix, not under it.
    const [canvas, matrix] = await Promise.all([page.locator('.graph-canvas__cy').boundingBox(), page.locator('.matrix').boundingBox()]);
    if (!canvas || !matrix) throw new Error('missing boxes');
    expect(canvas.x + canvas.width).toBeLessThanOrEqual(matrix.x + 1);
    await shoot(page, 'convergence-carriers');
  });

  it('draws a trait’s history when its row in the matrix is chosen', async () => {
    const page = await explorer.open('/?view=convergence');
    await page.locator('.matrix').getByRole('button', { name: 'Tool use as extended phenotype' }).click();
    await page.waitForSelector('.trait-history');
    await settled(page);
    expect(await page.evaluate(historyOf('family-instrumentidae'))).toEqual({ history: 'carrier', origin: true });
    // Frontieriidae records inheriting tool use from Instrumentidae: not a second origin.
    expect(await page.evaluate(historyOf('family-frontieriidae'))).toEqual({ history: 'heritage', origin: false });
  });

  it('orders the matrix by origins: the traits that arose most often first', async () => {
    const page = await explorer.open('/?view=convergence');
    const counts = await page.locator('.matrix tbody tr td.matrix__count:first-of-type').allTextContents();
    const origins = counts.map(Number);
    expect(origins[0]).toBeGreaterThanOrEqual(2);
    expect(origins).toEqual([...origins].sort((a, b) => b - a));
  });
});
