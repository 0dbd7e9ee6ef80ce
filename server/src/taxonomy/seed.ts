// Prepares a store at start: schema on every start (IF NOT EXISTS), the taxonomy on the first
// start, when the store is empty, recorded as the first revision in the same transaction. A store
// filled before revisions were kept gets a baseline revision, so later ones have one to go back to.
// Loading again changes nothing, since every write MERGEs on id.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CypherLibrary } from '../cypher/library.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { applySchema, datasetStatements } from './dataset-writer.ts';
import { datasetChanges, listRevisions, recordStatements } from './revisions/revision-log.ts';
import { DatasetSchema, type Dataset } from './model.ts';

export function readDatasetFile(path: string): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export async function prepareStore(store: GraphStore, library: CypherLibrary, seedFile: string): Promise<{ seeded: boolean }> {
  await applySchema(store, library);
  const { rows } = await store.read({ text: library.get('queries/taxa/count').text });
  if (Number(rows[0]?.nodes ?? 0) > 0) {
    if (!(await listRevisions(store, library, 1)).length) await store.write(recordStatements(library, { message: 'The graph as it stood when revisions began', source: { kind: 'baseline' } }, []));
    return { seeded: false };
  }
  const dataset = readDatasetFile(seedFile);
  const source = { kind: 'seed' as const, files: [basename(seedFile)], formats: ['json'] };
  await store.write([...datasetStatements(library, dataset), ...recordStatements(library, { message: 'Seed', source }, datasetChanges(dataset))]);
  return { seeded: true };
}
