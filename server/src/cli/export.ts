// npm run export -- --format json|yaml|csv|cyjs|graphml|newick|cypher [--out FILE]
//   [--part nodes|edges] [--tree phylogeny] [--label id] [--ids a,b,c | --query NAME --params JSON]
// Exports the store the server would open (embedded under DATA_DIR, or Neo4j with NEO4J_URI).
// CSV is two files: with --out and no --part, both are written (FILE-nodes.csv, FILE-edges.csv).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { CypherLibrary } from '../cypher/library.ts';
import { openStore } from '../store/open-store.ts';
import { reportProblems, runCli } from './run-cli.ts';
import { EXPORT_FORMATS, ExportService, type ExportFormat, type ExportOptions } from '../taxonomy/export/export.service.ts';
import { FamilyIndex } from '../taxonomy/family-index.ts';
import { QueryService } from '../taxonomy/query.service.ts';

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--part nodes|edges] [--tree classification|phylogeny] [--label name|id] [--ids a,b,c | --query NAME --params JSON]`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        part: { type: 'string' },
        tree: { type: 'string' },
        label: { type: 'string' },
        ids: { type: 'string' },
        query: { type: 'string' },
        params: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const format = values.format as ExportFormat;
  const bad =
    !EXPORT_FORMATS.includes(format) ||
    (values.part !== undefined && !['nodes', 'edges'].includes(values.part)) ||
    (values.tree !== undefined && !['classification', 'phylogeny'].includes(values.tree)) ||
    (values.label !== undefined && !['name', 'id'].includes(values.label)) ||
    (format === 'csv' && !values.part && !values.out);
  if (values.help || bad) {
    process.stderr.write(`${USAGE}\n${format === 'csv' && !values.part && !values.out ? 'csv to stdout needs --part nodes or --part edges\n' : ''}`);
    return values.help ? 0 : 2;
  }
  let params: unknown = {};
  try {
    params = values.params ? JSON.parse(values.params) : {};
  } catch {
    process.stderr.write('--params is not valid JSON\n');
    return 2;
  }
  const config = loadConfig();
  const library = new CypherLibrary();
  const store = openStore(config);
  try {
    const exporter = new ExportService(store, library, new QueryService(store, library, new FamilyIndex(store, library)));
    const selection = { ids: values.ids?.split(',').map((s) => s.trim()).filter(Boolean), query: values.query, params };
    const options: ExportOptions = { part: values.part as ExportOptions['part'], tree: values.tree as ExportOptions['tree'], label: values.label as ExportOptions['label'] };
    const dataset = await exporter.dataset(selection);
    const parts: ExportOptions['part'][] = format === 'csv' && !values.part ? ['nodes', 'edges'] : [options.part];
    for (const part of parts) {
      const file = exporter.render(format, dataset, { ...options, part });
      if (!values.out) {
        process.stdout.write(file.body);
        continue;
      }
      const out = parts.length > 1 ? values.out.replace(/(\.csv)?$/, `-${part}.csv`) : values.out;
      writeFileSync(out, file.body);
      process.stderr.write(`wrote ${out} (${Buffer.byteLength(file.body)} bytes)\n`);
    }
    return 0;
  } catch (error) {
    return reportProblems(error);
  } finally {
    await store.close();
  }
}

runCli('export', main);
