// A species card with no Source row is not documented: nothing states it. The importer gives it
// confidence low (unless a Confidence row says otherwise) and says so in its answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const card = (binomial: string, extra = '') =>
  `## New Species: ${binomial}\n\n| Attribute | Description |\n|---|---|\n| Common Name | ${binomial} model |\n| Family | Frontieriidae |\n${extra}`;

async function importCard(text: string) {
  const res = await fetch(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': 'text/markdown' }, body: text });
  return { status: res.status, body: await res.json() };
}

describe('a species card with no Source row', () => {
  it('is imported with confidence low, not as documented, and the answer warns of it', async () => {
    const { status, body } = await importCard(card('Frontieris anonymus'));
    expect(status).toBe(200);
    expect(body.warnings).toEqual([expect.objectContaining({ path: 'Frontieris anonymus.Source', line: 1, message: expect.stringMatching(/no Source row.*confidence low/) })]);
    const details = await (await fetch(`${server.url}/api/taxa/species-frontieris-anonymus`)).json();
    expect(details.node.confidence).toBe('low');
  });

  it('keeps the confidence a Confidence row gives', async () => {
    const { body } = await importCard(card('Frontieris inferens', '| Confidence | medium |\n'));
    expect(body.warnings).toBeUndefined();
    const details = await (await fetch(`${server.url}/api/taxa/species-frontieris-inferens`)).json();
    expect(details.node.confidence).toBe('medium');
  });

  it('a card with a Source row stays documented, with no warning', async () => {
    const { body } = await importCard(card('Frontieris citatus', '| Source | https://www.synthetictaxonomy.com/ |\n'));
    expect(body.warnings).toBeUndefined();
    const details = await (await fetch(`${server.url}/api/taxa/species-frontieris-citatus`)).json();
    expect(details.node.confidence).toBe('high');
  });
});
