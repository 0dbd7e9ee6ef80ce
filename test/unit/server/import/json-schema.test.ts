// schema/dataset.schema.json documents the dataset format; it is generated from the zod schema
// and must stay in step with it. An independent validator (Python's jsonschema, where present)
// accepts the canonical dataset and refuses what the model refuses.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, SCHEMA_FILE } from '../../../../scripts/write-json-schema.ts';
import { DATASET_FILE } from './support.ts';

const jsonschema = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' }).status === 0;

describe('schema/dataset.schema.json', () => {
  it('is up to date with DatasetSchema (npx tsx scripts/write-json-schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(datasetJsonSchema());
  });

  it.skipIf(!jsonschema)('accepts data/taxonomy.json and refuses an unknown edge type, per Python jsonschema (skipped without it)', () => {
    const script = [
      'import json, sys, jsonschema',
      'schema = json.load(open(sys.argv[1])); data = json.load(open(sys.argv[2]))',
      'v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)',
      'ok = not list(v.iter_errors(data))',
      'data["edges"]["LIKES"] = []; data["nodes"]["taxon"][0]["rank"] = "kingdom"',
      'print(json.dumps({"ok": ok, "bad": sorted(e.message[:40] for e in v.iter_errors(data))}))',
    ].join('\n');
    const out = JSON.parse(execFileSync('python3', ['-c', script, SCHEMA_FILE, DATASET_FILE], { encoding: 'utf8' }));
    expect(out.ok).toBe(true);
    expect(out.bad).toHaveLength(2);
  });
});
