// Hybrids on both engines: Falcon H1R-7B, which the source places in both phyla, answers lineage,
// path-to-root, descendants and most-recent-common-ancestor questions through both parents.
// The embedded engine always; Neo4j when NEO4J_TEST_URI names one (e.g. `npm run neo4j`), since
// the lineage queries must be the same Cypher on both. Skipped on Neo4j otherwise, saying why.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherLibrary } from '../../server/src/cypher/library.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../server/src/store/graph-store.ts';
import { Neo4jStore } from '../../server/src/store/neo4j/neo4j-store.ts';
import { FamilyIndex } from '../../server/src/taxonomy/family-index.ts';
import { QueryService } from '../../server/src/taxonomy/query.service.ts';
import { prepareStore } from '../../server/src/taxonomy/seed.ts';
import { TaxonomyService } from '../../server/src/taxonomy/taxonomy.service.ts';

const CURATED = fileURLToPath(new URL('../../data/taxonomy', import.meta.url));
const FALCON = 'specimen-falcon-h1r-7b';
const library = new CypherLibrary();
const neo4jUri = process.env.NEO4J_TEST_URI;

const engines: { name: string; open: () => GraphStore; skip?: string }[] = [
  { name: 'embedded', open: () => EmbeddedStore.open(':memory:') },
  {
    name: 'neo4j',
    open: () => Neo4jStore.connect({ uri: neo4jUri ?? '', user: process.env.NEO4J_TEST_USER ?? 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' }),
    skip: neo4jUri ? undefined : 'NEO4J_TEST_URI is not set (start one with npm run neo4j)',
  },
];

for (const engine of engines) {
  describe.skipIf(Boolean(engine.skip))(`a hybrid on ${engine.name}${engine.skip ? ` (skipped: ${engine.skip})` : ''}`, () => {
    let store: GraphStore;
    let taxonomy: TaxonomyService;
    beforeAll(async () => {
      store = engine.open();
      // On a Neo4j that already holds the taxonomy this loads nothing: the answers are the same.
      await prepareStore(store, library, CURATED);
      taxonomy = new TaxonomyService(new QueryService(store, library, new FamilyIndex(store, library)));
    });
    afterAll(async () => {
      await store?.close();
    });

    it('Falcon H1R-7B has two paths to the root, one through each phylum', async () => {
      const { paths } = await taxonomy.lineage(FALCON);
      expect(paths).toEqual([
        [FALCON, 'phylum-compressata', 'domain-cogitantia-synthetica'],
        [FALCON, 'phylum-transformata', 'domain-cogitantia-synthetica'],
      ]);
    });

    it('its lineage holds both parents and both MEMBER_OF edges', async () => {
      const elements = await taxonomy.lineage(FALCON);
      const ids = elements.nodes.map((n) => n.data.id);
      expect(ids).toEqual(expect.arrayContaining(['phylum-transformata', 'phylum-compressata', 'domain-cogitantia-synthetica']));
      const parents = elements.edges.filter((e) => e.data.type === 'MEMBER_OF' && e.data.source === FALCON).map((e) => e.data.target).sort();
      expect(parents).toEqual(['phylum-compressata', 'phylum-transformata']);
    });

    it('it is a descendant of each phylum', async () => {
      for (const phylum of ['phylum-transformata', 'phylum-compressata']) {
        const elements = await taxonomy.lineage(phylum);
        expect(elements.nodes.map((n) => n.data.id), phylum).toContain(FALCON);
      }
    });

    it('its most recent common ancestor with a transformer is Transformata, through its Transformata parent', async () => {
      const { mrca } = await taxonomy.path(FALCON, 'species-attentio-vaswanii');
      expect(mrca?.id).toBe('phylum-transformata');
    });

    it('its details name both parents and say who places it there', async () => {
      const details = await taxonomy.details(FALCON);
      expect(details.parents.map((p) => p.id).sort()).toEqual(['phylum-compressata', 'phylum-transformata']);
      expect(details.node).toMatchObject({ hybrid: true, confidence: 'high', sourceUrl: 'https://synthetictaxonomy.com/blog/2026-01-inter-phylum-hybrids' });
      expect(details.node.quote).toContain('belongs to two phyla at once');
    });

    it('keeps each reading of GLM-5 as a list with its source, though the store holds them as one string', async () => {
      const { node } = await taxonomy.details('specimen-glm-5');
      const readings = node.readings as { topic: string; value: string; source?: string }[];
      expect(readings.filter((r) => r.topic.startsWith('parameters')).map((r) => r.value)).toEqual(['745B / 44B', '744B / 44B', expect.stringMatching(/^744B \/ 40B/)]);
    });

        it('its most recent common ancestor with Compressata is Compressata itself', async () => {
      const { mrca } = await taxonomy.path(FALCON, 'phylum-compressata');
      expect(mrca?.id).toBe('phylum-compressata');
    });
  });
}
