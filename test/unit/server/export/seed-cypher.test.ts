// cypher/seed/taxonomy.cypher, the seed for cypher-shell users, is generated from
// data/taxonomy.json by the Cypher exporter: it must be up to date, and running it on an empty
// embedded store must give the same graph as the dataset loader.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_CYPHER_FILE, seedCypher } from '../../../../scripts/write-seed-cypher.ts';
import { splitCypherScript } from '../../../../server/src/taxonomy/export/cypher-script.ts';
import { embeddedStatements, harness, library, taxonomy } from '../import/support.ts';

describe('cypher/seed/taxonomy.cypher', () => {
  it('is up to date with data/taxonomy.json (npx tsx scripts/build-taxonomy.ts)', () => {
    expect(readFileSync(SEED_CYPHER_FILE, 'utf8')).toBe(seedCypher());
  });

  it('recreates on an empty embedded store the graph the dataset loader writes', async () => {
    const loaded = await harness(taxonomy());
    const scripted = await harness();
    try {
      const statements = splitCypherScript(readFileSync(SEED_CYPHER_FILE, 'utf8'));
      expect(statements.length).toBeGreaterThan(10);
      await scripted.store.write(embeddedStatements(statements).map((text) => ({ text })));
      expect(await scripted.snapshot()).toEqual(await loaded.snapshot());
    } finally {
      await loaded.close();
      await scripted.close();
    }
  });

  it('loads into the Cypher library as one named file without upsetting it (the server never runs it)', () => {
    expect(library.get('seed/taxonomy').params).toEqual([]);
    expect(library.list('queries').some((s) => s.name.startsWith('seed/'))).toBe(false);
  });
});
