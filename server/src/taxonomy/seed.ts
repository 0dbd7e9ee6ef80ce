// Prepares a store at start: schema on every start (IF NOT EXISTS), the taxonomy on the first
// start, when the store is empty. Loading again changes nothing, since every write MERGEs on id.
import { readFileSync } from 'node:fs';
import type { CypherLibrary } from '../cypher/library.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { applySchema, writeDataset } from './dataset-writer.ts';
import { DatasetSchema, type Dataset } from './model.ts';

export function readDatasetFile(path: string): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export async function prepareStore(store: GraphStore, library: CypherLibrary, seedFile: string): Promise<{ seeded: boolean }> {
  await applySchema(store, library);
  const { rows } = await store.read({ text: library.get('queries/taxa/count').text });
  if (Number(rows[0]?.nodes ?? 0) > 0) return { seeded: false };
  await writeDataset(store, library, readDatasetFile(seedFile));
  return { seeded: true };
}
