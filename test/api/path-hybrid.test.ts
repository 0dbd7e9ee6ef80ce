// The path through a hybrid: a taxon placed in two classification parents (as the source places
// Falcon H1R-7B in both phyla) still gets a path through the classification, by whichever parent
// is nearer, with the common ancestor on it. The importer does not yet accept two parents, so
// the hybrid is written straight into the seeded store with the import's own write statements.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { CypherLibrary } from '../../server/src/cypher/library.ts';
import { startServer, type RunningServer } from '../../server/src/main.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/embedded-store.ts';
import { prepareStore } from '../../server/src/taxonomy/seed.ts';

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cladescope-hybrid-'));
  const library = new CypherLibrary();
  const store = EmbeddedStore.open(dataDir);
  await prepareStore(store, library, loadConfig().SEED_FILE);
  const props = { source: 'https://example.org/hybrid', confidence: 'high' };
  await store.write([
    { text: library.get('import/upsert-nodes').text, params: { kind: 'taxon', rank: 'species', rows: [{ id: 'species-testus-hybridus', props: { ...props, rank: 'species', name: 'Testus hybridus' } }] } },
    {
      text: library.get('import/upsert-edges').text,
      params: {
        rows: ['genus-frontieris', 'genus-deliberator'].map((to) => ({ id: `species-testus-hybridus~MEMBER_OF~${to}`, type: 'MEMBER_OF', from: 'species-testus-hybridus', to, props })),
      },
    },
  ]);
  await store.close();
  server = await startServer({ PORT: 0, HOST: '127.0.0.1', DATA_DIR: dataDir, NEO4J_URI: undefined });
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the path through a hybrid', () => {
  it.each([
    ['species-deliberator-profundus', 'genus-deliberator'],
    ['species-frontieris-reflexivus', 'genus-frontieris'],
  ])('from the hybrid to %s goes through its nearer parent %s, the common ancestor on the path', async (to, parent) => {
    const body = await (await fetch(`${server.url}/api/path?from=species-testus-hybridus&to=${to}`)).json();
    expect(body.path).toEqual(['species-testus-hybridus', parent, to]);
    expect(body.mrca.id).toBe(parent);
  });

  it.each(['family-recursidae', 'species-r-prompticus', 'species-attentio-vaswanii'])(
    'from the hybrid to %s climbs one parent to Transformata, their common ancestor, and down, every step a classification link',
    async (to) => {
      const body = await (await fetch(`${server.url}/api/path?from=species-testus-hybridus&to=${to}`)).json();
      const memberOf = new Set(
        (body.elements.edges as { data: { source: string; target: string; type: string } }[]).filter((e) => e.data.type === 'MEMBER_OF').map((e) => `${e.data.source}>${e.data.target}`),
      );
      const steps = (body.path as string[]).slice(1).map((id, i) => [body.path[i] as string, id]);
      expect(body.mrca.id).toBe('phylum-transformata');
      expect(body.path).toContain('phylum-transformata');
      expect(['genus-frontieris', 'genus-deliberator']).toContain(body.path[1]);
      for (const [a, b] of steps) expect(memberOf.has(`${a}>${b}`) || memberOf.has(`${b}>${a}`), `${a} – ${b}`).toBe(true);
    },
  );

  it('between the hybrid’s two parents’ families the path runs through the hybrid’s parents, not past it', async () => {
    const body = await (await fetch(`${server.url}/api/path?from=genus-frontieris&to=genus-deliberator`)).json();
    // The hybrid is below both, not an ancestor: their common ancestor stays up the tree.
    expect(body.path).not.toContain('species-testus-hybridus');
    expect(body.path).toContain(body.mrca.id);
  });
});
