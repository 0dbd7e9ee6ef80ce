// Writes schema/dataset.schema.json, the JSON Schema of the dataset format, from the zod
// DatasetSchema in server/src/taxonomy/model.ts, so the two cannot drift (a test compares them).
//
//   npx tsx scripts/write-json-schema.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DatasetSchema } from '../server/src/taxonomy/model.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema/dataset.schema.json', import.meta.url));

/** The schema as the file holds it: what a file may contain (defaults make fields optional). */
export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(DatasetSchema, { io: 'input', target: 'draft-2020-12' });
  const document = {
    $id: 'https://cladescope.dev/schema/dataset.schema.json',
    title: 'cladescope dataset',
    description: 'The taxonomy as nodes by kind (taxon, trait, paper, lab) and edges by relationship type. Generated from server/src/taxonomy/model.ts by scripts/write-json-schema.ts; do not edit by hand.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = datasetJsonSchema();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SCHEMA_FILE, 'utf8');
    if (current !== text) {
      process.stderr.write('schema/dataset.schema.json is out of date: run npx tsx scripts/write-json-schema.ts\n');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_FILE, text);
    process.stderr.write(`wrote ${SCHEMA_FILE}\n`);
  }
}
