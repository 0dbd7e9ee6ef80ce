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

describe('honest confidence in the curated taxonomy', () => {
  it('says why of every node and edge below high: an inference carries its reasoning', () => {
    const unexplained = [...everyNode(built), ...everyEdge(built)].filter((x) => x.confidence !== 'high' && !x.reason).map((x) => x.what);
    expect(unexplained).toEqual([]);
  });

  it('states the seed article (the public self-developer page) at high confidence, every fact from it', () => {
    const SEED_PAGE = 'https://synthetictaxonomy.com/blog/2026-02-self-developer';
    const fromSeed = [...everyNode(built), ...everyEdge(built)].filter((x) => x.source === SEED_PAGE);
    expect(fromSeed.length).toBeGreaterThan(20);
    // Below high only where this dataset adds an inference to what the page says, with the reason.
    expect(fromSeed.filter((x) => x.confidence === 'low').map((x) => x.what)).toEqual([]);
  });

  it('keeps each reading of a disputed fact with its own source', () => {
    const glm = built.nodes.taxon.find((t) => t.id === 'specimen-glm-5');
    const sizes = (glm?.readings ?? []).filter((r) => r.topic.startsWith('parameters')).map((r) => r.value);
    expect(sizes).toEqual(['745B / 44B', '744B / 44B', expect.stringMatching(/^744B \/ 40B/)]);
    const crown = built.nodes.taxon.find((t) => t.id === 'family-mixtidae')?.readings?.filter((r) => r.topic === 'the crown clade');
    expect(crown?.map((r) => [r.value, r.source])).toEqual([
      ['Frontieriidae', 'https://www.synthetictaxonomy.com/'],
      ['Mixtidae', 'https://synthetictaxonomy.com/blog/2026-01-moe-ascendancy'],
    ]);
  });

  it('holds the first named hybrid, Falcon H1R-7B, in both phyla', () => {
    const falcon = built.nodes.taxon.find((t) => t.id === 'specimen-falcon-h1r-7b');
    expect(falcon).toMatchObject({ hybrid: true, firstSeen: '2026-01-05', confidence: 'high' });
    expect((built.edges.MEMBER_OF ?? []).filter((e) => e.from === 'specimen-falcon-h1r-7b').map((e) => e.to)).toEqual(['phylum-compressata', 'phylum-transformata']);
  });
});
