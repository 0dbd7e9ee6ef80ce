// Prepares a store at start: schema on every start (IF NOT EXISTS), the taxonomy on the first
// start, when the store is empty, recorded as the first revision in the same transaction. The
// taxonomy is either the curated folder (data/taxonomy/: YAML files and Markdown cards, read by
// the importer, so the seed is checked as any import is) or one dataset file (JSON). A store
// filled before revisions were kept gets a baseline revision, so later ones have one to go back to.
// Loading again changes nothing, since every write MERGEs on id.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { CypherLibrary } from '../cypher/library.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { applySchema, datasetStatements } from './dataset-writer.ts';
import { ImportService } from './import/import.service.ts';
import type { ImportSource } from './import/records.ts';
import { datasetChanges, listRevisions, recordStatements } from './revisions/revision-log.ts';
import { DatasetSchema, type Dataset } from './model.ts';

const CURATED = /\.(ya?ml|md)$/i;

export function readDatasetFile(path: string): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Every curated file under a folder (YAML and Markdown), in path order, named relative to it. */
export function curatedSources(dir: string): ImportSource[] {
  const out: ImportSource[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (CURATED.test(entry.name)) out.push({ name: relative(dir, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** Loads the taxonomy (folder or file) into the store as it is, recorded as the seed revision. */
export async function loadTaxonomy(store: GraphStore, library: CypherLibrary, seedPath: string): Promise<void> {
  if (statSync(seedPath).isDirectory()) {
    // The curated folder goes through the import pipeline: every file parsed, every name
    // resolved, every rule of the model checked, then written in one transaction.
    const sources = curatedSources(seedPath);
    const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
    await new ImportService(store, library, { limitBytes: bytes + 1 }).run(sources, { message: 'Seed', kind: 'seed', sourceName: `${basename(seedPath)}/` });
    return;
  }
  const dataset = readDatasetFile(seedPath);
  const source = { kind: 'seed' as const, files: [basename(seedPath)], formats: ['json'] };
  await store.write([...datasetStatements(library, dataset), ...recordStatements(library, { message: 'Seed', source }, datasetChanges(dataset))]);
}

export async function prepareStore(store: GraphStore, library: CypherLibrary, seedPath: string): Promise<{ seeded: boolean }> {
  await applySchema(store, library);
  const { rows } = await store.read({ text: library.get('queries/taxa/count').text });
  if (Number(rows[0]?.nodes ?? 0) > 0) {
    // A store written before nodes kept searchText gets it now (nothing to do on any other).
    await store.write([{ text: library.get('import/search-text').text }]);
    if (!(await listRevisions(store, library, 1)).length) await store.write(recordStatements(library, { message: 'The graph as it stood when revisions began', source: { kind: 'baseline' } }, []));
    return { seeded: false };
  }
  await loadTaxonomy(store, library, seedPath);
  return { seeded: true };
}
