// The History view in Chromium against the real server: two revisions compared on the
// cladogram (the card's species green, a reworded family amber), the list of changes beside it,
// and a revert confirmed in words that draws the species struck in red.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, settled, useExplorer } from './browser.ts';

const CARD = '## New Species: Frontieris novissimus\n\n| Attribute | Description |\n|---|---|\n| Common Name | Test-1 |\n| Family | Frontieriidae |\n| Diagnostic Trait | Self-development |\n| Heritage | Recursidae (self-improvement) |\n';
const SPECIES = 'species-frontieris-novissimus';

const explorer = useExplorer(async (server) => {
  await fetch(`${server.url}/api/import?message=${encodeURIComponent('Add Frontieris novissimus')}`, { method: 'POST', headers: { 'content-type': 'text/markdown', 'x-requested-with': 'cladescope-test' }, body: CARD });
  const reword = { version: 1, nodes: { taxon: [{ id: 'family-recursidae', rank: 'family', name: 'Recursidae', description: 'Self-improving systems, reworded in revision 3.' }] } };
  await server.post(`/api/import?message=${encodeURIComponent('Reword Recursidae')}`, reword);
});
const open = (path: string) => explorer.open(path);

const diffOf = (page: Page, id: string) => page.evaluate((nodeId) => window.__cy?.getElementById(nodeId).data('diff') as string | undefined, id);

describe('the History view', () => {
  it('draws the diff of the seed and the newest revision: the added species green, the reworded family amber, with the list beside it', async () => {
    const page = await open('/?view=history&diff=1..3');
    expect(await diffOf(page, SPECIES)).toBe('added');
    expect(await diffOf(page, 'family-recursidae')).toBe('changed');
    expect(await diffOf(page, 'family-attendidae')).toBe('same');
    const changes = page.getByRole('region', { name: 'Changes' });
    await expect(changes.textContent()).resolves.toContain('+ Frontieris novissimus');
    await expect(changes.textContent()).resolves.toContain('description');
    const colour = await page.evaluate((id) => window.__cy?.getElementById(id).style('border-color'), SPECIES);
    expect(colour).toBe('rgb(22,163,74)');
    await page.screenshot({ path: `${ARTIFACTS}history-diff.png` });
  });

  it('reverts to the seed after a confirmation that says what will change, then draws the species removed', async () => {
    const page = await open('/?view=history&diff=1..3');
    await page.getByRole('button', { name: 'Revert to revision 1' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Confirm the revert' });
    await expect(dialog.textContent()).resolves.toContain('will remove 1 node and 3 edges, change 1 node');
    await dialog.getByRole('button', { name: 'Revert to revision 1' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('diff') === '3..4');
    await settled(page);
    await page.waitForFunction((id) => window.__cy?.getElementById(id).data('diff') === 'removed', SPECIES);
    const rows = await page.locator('.history__revisions tbody tr').count();
    expect(rows).toBe(4);
    await page.screenshot({ path: `${ARTIFACTS}history-revert.png` });
  });

  it('an import from the Import page keeps its message, listed as the newest revision', async () => {
    const page = await explorer.open('/?view=import', { wait: false });
    const dataset = { version: 1, nodes: { trait: [{ id: 'trait-history-test', name: 'Kept history' }] } };
    await page.getByLabel('Files to import').setInputFiles({ name: 'trait.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dataset)) });
    await page.getByLabel('Why (kept with the revision this import makes)').fill('Add a trait from the page');
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByText('Checked: nothing written yet').waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported.').waitFor();
    await page.getByRole('button', { name: 'History' }).click();
    await settled(page);
    await expect(page.locator('.history__revisions tbody tr').first().textContent()).resolves.toContain('#5 Add a trait from the page');
  });

  it('the Timeline, switched to "as the taxonomy was revised", draws the graph as it stood after a revision', async () => {
    const page = await open('/?view=timeline&by=revision&revision=2');
    const ids = await page.evaluate(() => window.__cy?.nodes().map((n) => n.id()) ?? []);
    expect(ids).toContain(SPECIES);
    await expect(page.getByText('As it stood after revision').textContent()).resolves.toContain('2');
    await page.screenshot({ path: `${ARTIFACTS}timeline-by-revision.png` });
  });
});
