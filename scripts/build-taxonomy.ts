// Builds the taxonomy's outputs from the curated folder data/taxonomy/ (the files curators
// edit): data/taxonomy.json, the dataset in one file (export, import, tests), and
// cypher/seed/taxonomy.cypher, the same as a cypher-shell script. The folder is imported into an
// empty in-memory embedded store by the importer, exactly as the server's first start loads it,
// and read back; so a fact that the importer refuses never reaches the outputs. A test keeps
// both outputs up to date.
//
//   npx tsx scripts/build-taxonomy.ts           # write both
//   npx tsx scripts/build-taxonomy.ts --check   # exit 1 if either is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CypherLibrary } from '../server/src/cypher/library.ts';
import { EmbeddedStore } from '../server/src/store/embedded/embedded-store.ts';
import { GraphReader } from '../server/src/taxonomy/export/graph-reader.ts';
import { FamilyIndex } from '../server/src/taxonomy/family-index.ts';
import { DatasetSchema, type Dataset } from '../server/src/taxonomy/model.ts';
import { QueryService } from '../server/src/taxonomy/query.service.ts';
import { prepareStore } from '../server/src/taxonomy/seed.ts';
import { DATASET_FILE, SEED_CYPHER_FILE, seedCypherOf } from './write-seed-cypher.ts';

export const CURATED_DIR = fileURLToPath(new URL('../data/taxonomy', import.meta.url));

/** The curated folder as one dataset, sorted by id (the same folder always gives the same bytes). */
export async function buildDataset(dir = CURATED_DIR): Promise<Dataset> {
  const library = new CypherLibrary();
  const store = EmbeddedStore.open(':memory:');
  try {
    await prepareStore(store, library, dir);
    const reader = new GraphReader(store, library, new QueryService(store, library, new FamilyIndex(store, library)));
    // Parsing again puts every record's fields in the schema's order.
    return DatasetSchema.parse({ $schema: '../schema/dataset.schema.json', ...(await reader.all()) });
  } finally {
    await store.close();
  }
}

export const datasetText = (dataset: Dataset) => `${JSON.stringify(dataset, null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dataset = await buildDataset();
  const outputs: [string, string][] = [
    [DATASET_FILE, datasetText(dataset)],
    [SEED_CYPHER_FILE, seedCypherOf(dataset)],
  ];
  if (process.argv.includes('--check')) {
    const stale = outputs.filter(([file, text]) => readFileSync(file, 'utf8') !== text).map(([file]) => file);
    if (stale.length) {
      process.stderr.write(`out of date: ${stale.join(', ')}; run npx tsx scripts/build-taxonomy.ts\n`);
      process.exit(1);
    }
  } else {
    for (const [file, text] of outputs) writeFileSync(file, text);
    process.stderr.write(`wrote ${outputs.map(([f]) => f).join(', ')}\n`);
  }
}
