// Every answer the explorer shows is true to the data, in Chromium at 1440x900 against the real
// server on the embedded engine: no invented entries, nothing drawn before it existed, paths
// through the classification, no placeholder or file name shown, queries picked by name.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { drawnIds, launchBrowser, settled, shoot } from './browser.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page at the size the screenshots use. */
async function open(path: string, wait = true): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + path);
  if (wait) await settled(page);
  return page;
}
const details = (page: Page) => page.locator('aside.details');

describe('the details panel', () => {
  it.each(['family-recursidae', 'family-instrumentidae', 'species-frontieris-reflexivus', 'specimen-claude-opus-4-6', 'trait-tool-use-extended-phenotype'])(
    'of %s shows no empty bullet, and each count is the number of entries under it',
    async (id) => {
      const page = await open(`/?select=${id}`);
      await details(page).locator('h2').waitFor();
      await details(page).locator('.details__section').first().waitFor();
      const sections = await details(page)
        .locator('.details__section')
        .evaluateAll((els) => els.map((el) => ({ count: el.querySelector('h3 .muted')?.textContent, items: [...el.querySelectorAll('li')].map((li) => li.textContent?.trim() ?? '') })));
      expect(sections.length).toBeGreaterThan(0);
      for (const s of sections) {
        expect(s.items.filter((text) => text === '' || text === '•')).toEqual([]);
        expect(Number(s.count)).toBe(s.items.length);
      }
      if (id === 'family-instrumentidae') await shoot(page, 'details-instrumentidae');
      await page.close();
    },
  );

  it('says a genus the source does not name is not named, and shows no placeholder or file name', async () => {
    const page = await open('/?select=genus-recursidae-r');
    await expect(details(page).locator('h2').textContent()).resolves.toBe('R. (genus not named by the source)');
    await expect(details(page).textContent()).resolves.not.toContain('abbreviated genus of');
    await page.close();

    const genus = await open('/?select=genus-frontieris');
    await details(genus).locator('.details__text').first().waitFor();
    await expect(details(genus).locator('.details__text').first().textContent()).resolves.not.toMatch(/\.txt|000_/);
    await genus.close();

    const species = await open('/?select=species-frontieris-reflexivus');
    await details(species).locator('.details__text').first().waitFor();
    await expect(details(species).locator('.details__text').first().textContent()).resolves.not.toMatch(/public pages/);
    await shoot(species, 'details-frontieris-reflexivus');
    await species.close();
  });

  it('says a model placed with no genus of its own has no genus named by the source', async () => {
    const page = await open('/?select=specimen-claude-opus-4-6');
    await details(page).locator('dl.facts').waitFor();
    await expect(details(page).locator('dl.facts').textContent()).resolves.toContain('genus not named by the source');
    await page.close();
  });
});

describe('the timeline', () => {
  it('at 2017-06-01 draws nothing that came later, and lists what has no date apart as undated', async () => {
    const page = await open('/?view=timeline&at=2017-06-01');
    const drawn = await drawnIds(page);
    for (const later of ['family-frontieriidae', 'family-recursidae', 'specimen-chatgpt-5-2', 'specimen-grok-4', 'species-frontieris-reflexivus']) expect(drawn).not.toContain(later);
    expect(drawn).toContain('species-attentio-vaswanii');
    const undated = page.locator('details.undated');
    await undated.locator('summary').click();
    await expect(undated.getByRole('list', { name: 'Undated' }).textContent()).resolves.toContain('Grok 4');
    await shoot(page, 'timeline-2017');
    await page.close();
  });

  it('steps through the dates where something happens, not month by month', async () => {
    const page = await open('/?view=timeline&at=2017-06-01');
    const slider = page.getByRole('slider');
    const { max } = await slider.evaluate((el) => ({ max: Number((el as HTMLInputElement).max) }));
    const dates = (await (await fetch(`${server.url}/api/graph?at=2017-06-01`)).json()).dates as string[];
    expect(max).toBe(dates.length - 1);
    // From 2017, the next step is the next date with an event (2024's frameworks), not July 2017.
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('at') !== '2017-06-01');
    const next = dates[dates.findIndex((d) => d > '2017-06-01')] ?? '';
    expect(new URL(page.url()).searchParams.get('at')).toBe(next.length === 4 ? `${next}-01-01` : next.length === 7 ? `${next}-01` : next);
    await page.close();
  });
});

describe('the path view', () => {
  it('from GPT-5.3-Codex to Claude Opus 4.6 runs through Frontieriidae, their ancestor, and offers the shared heritage beside it', async () => {
    const page = await open('/?view=path&from=species-frontieris-reflexivus&to=specimen-claude-opus-4-6');
    await expect(page.locator('.mrca').textContent()).resolves.toContain('Frontieriidae');
    const trail = await page.getByRole('list', { name: 'Path' }).textContent();
    expect(trail).toContain('Frontieriidae');
    expect(trail).not.toContain('Instrumentidae');
    expect(await drawnIds(page)).not.toContain('family-instrumentidae');
    const others = page.getByRole('region', { name: 'Other connections' });
    await expect(others.textContent()).resolves.toMatch(/Heritage\s*Both inherit .*from Instrumentidae/i);
    await shoot(page, 'path-codex-opus');
    await page.close();
  });
});

describe('the queries view', () => {
  it('picks a taxon parameter by name, as the header search does, and runs the query', async () => {
    const page = await open('/?view=queries', false);
    await page.getByRole('combobox', { name: 'Query' }).or(page.locator('select')).first().selectOption('lineage/ancestors');
    const picker = page.getByRole('combobox', { name: /^id:/ });
    await picker.fill('GPT-5.3-Codex');
    await page.getByRole('option', { name: /Frontieris reflexivus/ }).click();
    await page.getByRole('button', { name: 'Run query' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('params')?.includes('species-frontieris-reflexivus'));
    await settled(page);
    expect(await page.locator('.result-table tbody tr').count()).toBeGreaterThan(0);
    await shoot(page, 'queries-picked');
    await page.close();
  });

  it('says why there are no rows when an id names nothing', async () => {
    const page = await open(`/?view=queries&query=lineage/ancestors&params=${encodeURIComponent('{"id":"GPT-5.3-Codex"}')}`, false);
    await expect(page.locator('.table-empty').textContent()).resolves.toMatch(/no node has the id “GPT-5.3-Codex”/);
    await page.close();
  });
});

describe('search', () => {
  it('"GPT-5.3" and Enter, typed at once, picks GPT-5.3-Codex, not GPT-5.3-Codex-Spark', async () => {
    const page = await open('/');
    const box = page.getByRole('combobox', { name: 'Search taxa by Latin or common name' });
    await box.fill('GPT-5.3');
    await box.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('select') !== null);
    expect(new URL(page.url()).searchParams.get('select')).toBe('species-frontieris-reflexivus');
    await page.close();
  });

  it('"gpt 5.3" suggests GPT-5.3-Codex first, and a text that matches nothing says so', async () => {
    const page = await open('/');
    const box = page.getByRole('combobox', { name: 'Search taxa by Latin or common name' });
    await box.fill('gpt 5.3');
    await expect(page.getByRole('listbox', { name: 'Search taxa by Latin or common name' }).getByRole('option').first().textContent()).resolves.toContain('GPT-5.3-Codex');
    await shoot(page, 'search-gpt-5-3');
    await box.fill('zzzz no such model');
    await expect(page.locator('.search__empty').textContent()).resolves.toMatch(/Nothing matches “zzzz no such model”/);
    await shoot(page, 'search-nothing');
    await page.close();
  });
});

describe('the keyboard', () => {
  it('Escape closes the details and clears the selection', async () => {
    const page = await open('/?select=species-frontieris-reflexivus');
    await details(page).locator('h2').waitFor();
    await page.keyboard.press('Escape');
    await details(page).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('select')).toBeNull();
    expect(await page.evaluate(() => window.__cy?.$(':selected').length)).toBe(0);
    await page.close();
  });

  it('the canvas is one Tab from the search', async () => {
    const page = await open('/');
    await page.getByRole('combobox', { name: 'Search taxa by Latin or common name' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('graph-canvas__cy'))).toBe(true);
    await page.close();
  });

  it('arrow keys move the selection to a neighbouring node of it', async () => {
    const page = await open('/?select=species-frontieris-reflexivus');
    await page.locator('.graph-canvas__cy').focus();
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
      const before = new URL(page.url()).searchParams.get('select') as string;
      const neighbours = await page.evaluate((id) => window.__cy?.getElementById(id).neighborhood('node').map((n) => n.id()) ?? [], before);
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
      const after = new URL(page.url()).searchParams.get('select') as string;
      if (after !== before) expect(neighbours).toContain(after);
    }
    expect(new URL(page.url()).searchParams.get('select')).not.toBe('species-frontieris-reflexivus');
    await page.close();
  });
});
