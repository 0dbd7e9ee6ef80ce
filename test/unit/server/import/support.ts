// Small factories for import/export tests: an in-memory embedded store (the real engine), the
// services over it, and the graph read back as a dataset to compare before and after.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CypherLibrary } from '../../../../server/src/cypher/library.ts';
import { EmbeddedStore } from '../../../../server/src/store/embedded/embedded-store.ts';
import { applySchema, writeDataset } from '../../../../server/src/taxonomy/dataset-writer.ts';
import { ExportService } from '../../../../server/src/taxonomy/export/export.service.ts';
import { FamilyIndex } from '../../../../server/src/taxonomy/family-index.ts';
import { ImportService } from '../../../../server/src/taxonomy/import/import.service.ts';
import { DatasetSchema, type Dataset } from '../../../../server/src/taxonomy/model.ts';
import { QueryService } from '../../../../server/src/taxonomy/query.service.ts';

export const library = new CypherLibrary();
export const DATASET_FILE = fileURLToPath(new URL('../../../../data/taxonomy.json', import.meta.url));
export const taxonomy = (): Dataset => DatasetSchema.parse(JSON.parse(readFileSync(DATASET_FILE, 'utf8')));

export interface Harness {
  store: EmbeddedStore;
  importer: ImportService;
  exporter: ExportService;
  /** The whole graph as a dataset, to compare before and after. */
  snapshot(): Promise<Dataset>;
  close(): Promise<void>;
}

export async function harness(seed?: Dataset, limitBytes = 100 * 1024 * 1024): Promise<Harness> {
  const store = EmbeddedStore.open(':memory:');
  await applySchema(store, library);
  if (seed) await writeDataset(store, library, seed);
  const exporter = new ExportService(store, library, new QueryService(store, library, new FamilyIndex(store, library)));
  return { store, importer: new ImportService(store, library, { limitBytes }), exporter, snapshot: () => exporter.dataset(), close: () => store.close() };
}

/** A dataset from a few nodes and edges, filled in by the schema's defaults. */
export function dataset(partial: { nodes?: Partial<Record<keyof Dataset['nodes'], unknown[]>>; edges?: Record<string, unknown[]> }): Dataset {
  return DatasetSchema.parse({ version: 1, ...partial });
}

/** A small classification: domain → phylum → family → genus → species, a trait, two families to inherit from. */
export function smallTaxonomy(): Dataset {
  return dataset({
    nodes: {
      taxon: [
        { id: 'domain-d', rank: 'domain', name: 'Domainia' },
        { id: 'phylum-p', rank: 'phylum', name: 'Phylata' },
        { id: 'family-frontieriidae', rank: 'family', name: 'Frontieriidae' },
        { id: 'family-instrumentidae', rank: 'family', name: 'Instrumentidae' },
        { id: 'family-deliberatidae', rank: 'family', name: 'Deliberatidae' },
        { id: 'family-recursidae', rank: 'family', name: 'Recursidae' },
        { id: 'genus-g', rank: 'genus', name: 'Generus' },
        { id: 'species-g-one', rank: 'species', name: 'Generus one', firstSeen: '2024-01-01' },
      ],
      trait: [
        { id: 'trait-tool-use', name: 'Tool use as extended phenotype' },
        { id: 'trait-reasoning', name: 'Extended reasoning traces' },
        { id: 'trait-recursive-self-improvement', name: 'Recursive self-improvement' },
      ],
    },
    edges: {
      MEMBER_OF: [
        { from: 'phylum-p', to: 'domain-d' },
        { from: 'family-frontieriidae', to: 'phylum-p' },
        { from: 'family-instrumentidae', to: 'phylum-p' },
        { from: 'family-deliberatidae', to: 'phylum-p' },
        { from: 'family-recursidae', to: 'phylum-p' },
        { from: 'genus-g', to: 'family-recursidae' },
        { from: 'species-g-one', to: 'genus-g' },
      ],
      DESCENDS_FROM: [{ from: 'family-frontieriidae', to: 'family-instrumentidae' }],
    },
  });
}

/**
 * The statements of a Cypher script the embedded engine runs: all but Neo4j's own schema
 * (cypher/schema/neo4j, a text index), which the script carries for cypher-shell users.
 */
export function embeddedStatements(statements: string[]): string[] {
  const neo4jOnly = new Set(library.list('schema/neo4j').map((s) => s.text.replace(/^\s*\/\/.*\n/gm, '').trim()));
  return statements.filter((s) => !neo4jOnly.has(s.trim()));
}
