// Hybrids and provenance in Chromium, against the real server on the embedded engine: Falcon
// H1R-7B, which the source places in both phyla, is drawn once, marked ×, joined to Transformata
// and Compressata; its details say who says so (the source's words, the page, the confidence) and
// GLM-5's show each reading where the sources disagree.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shoot, useExplorer } from './browser.ts';

const explorer = useExplorer();
const open = (path: string) => explorer.open(path);
const details = (page: Page) => page.locator('aside.details');
const FALCON = 'specimen-falcon-h1r-7b';

describe('a hybrid in the explorer', () => {
  it('draws Falcon H1R-7B once, marked ×, joined to both phyla, Transformata and Compressata', async () => {
    const page = await open(`/?select=${FALCON}`);
    await page.waitForFunction((id) => window.__cy?.$(':selected').id() === id, FALCON);

    const drawn = await page.evaluate((id) => {
      const n = window.__cy?.getElementById(id);
      return {
        copies: window.__cy?.nodes().filter((x) => x.id() === id).length,
        label: n?.data('display') as string,
        hybrid: n?.hasClass('hybrid'),
        parents: window.__cy?.edges('[type = "MEMBER_OF"]').filter((e) => e.data('source') === id).map((e) => String(e.data('target'))).sort(),
      };
    }, FALCON);
    expect(drawn).toEqual({ copies: 1, label: '× Falcon H1R-7B', hybrid: true, parents: ['phylum-compressata', 'phylum-transformata'] });

    const classified = details(page).locator('dd', { hasText: 'hybrid' });
    await expect(classified.textContent()).resolves.toMatch(/Compressata × Transformata|Transformata × Compressata/);
    // Close on the hybrid and its two parents, to look at it (evaluate answers nothing: the core is not serialisable).
    await page.evaluate((id) => {
      window.__cy?.fit(window.__cy.getElementById(id).closedNeighborhood(), 60);
    }, FALCON);
    await shoot(page, 'hybrid-falcon');
  });

  it('says who places it there: the source’s words beside the link, and how sure the source is', async () => {
    const page = await open(`/?select=${FALCON}`);
    const provenance = details(page).locator('section.provenance');
    await provenance.waitFor();
    await expect(provenance.locator('blockquote').textContent()).resolves.toContain('A creature that belongs to two phyla at once.');
    await expect(provenance.locator('a').first().getAttribute('href')).resolves.toBe('https://synthetictaxonomy.com/blog/2026-01-inter-phylum-hybrids');
    await expect(provenance.textContent()).resolves.toContain('Documented (the source states it)');
  });

  it('shows each reading where the sources disagree on GLM-5, with the inference and its reason', async () => {
    const page = await open('/?select=specimen-glm-5');
    const readings = details(page).locator('.provenance__readings', { hasText: 'parameters' });
    await readings.waitFor();
    const text = await readings.textContent();
    for (const value of ['745B / 44B', '744B / 44B', '744B / 40B']) expect(text).toContain(value);
    await expect(readings.locator('h4').textContent()).resolves.toContain('Sources disagree');
    await details(page).locator('section.provenance').scrollIntoViewIfNeeded();
    await shoot(page, 'provenance-glm-5');
  });
});
