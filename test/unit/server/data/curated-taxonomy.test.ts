// The curated folder data/taxonomy/ is the taxonomy's source: data/taxonomy.json and
// cypher/seed/taxonomy.cypher are built from it (scripts/build-taxonomy.ts) and must be current,
// and every fact in it says who says so.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, datasetText } from '../../../../scripts/build-taxonomy.ts';
import { SEED_CYPHER_FILE, seedCypherOf, DATASET_FILE } from '../../../../scripts/write-seed-cypher.ts';
import { EDGE_TYPES, NODE_KINDS, edgeId, type Dataset } from '../../../../server/src/taxonomy/model.ts';

let built: Dataset;
beforeAll(async () => {
  built = await buildDataset();
});

const everyNode = (d: Dataset) => NODE_KINDS.flatMap((kind) => d.nodes[kind].map((n) => ({ what: n.id, ...n })));
const everyEdge = (d: Dataset) => EDGE_TYPES.flatMap((type) => (d.edges[type] ?? []).map((e) => ({ what: edgeId(type, e), ...e })));

describe('the curated taxonomy (data/taxonomy/)', () => {
  it('builds to data/taxonomy.json as it is committed (npx tsx scripts/build-taxonomy.ts)', () => {
    expect(readFileSync(DATASET_FILE, 'utf8')).toBe(datasetText(built));
  });

  it('builds to cypher/seed/taxonomy.cypher as it is committed', () => {
    expect(readFileSync(SEED_CYPHER_FILE, 'utf8')).toBe(seedCypherOf(built));
  });

  it('gives every node and every edge an http(s) source', () => {
    const unsourced = [...everyNode(built), ...everyEdge(built)].filter((x) => !/^https?:\/\//.test(x.source ?? '')).map((x) => x.what);
    expect(unsourced).toEqual([]);
  });
});
