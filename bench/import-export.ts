// Import/export benchmark on the embedded engine, for the generated taxonomy (100,000 species by
// default): import seconds and peak memory (each run in its own child process, maxRSS read from
// process.resourceUsage()), the same import again (all unchanged), export seconds per format,
// medians over a few runs, beside a baseline measured in the same run: reading and parsing the
// same file (and checking each record against the model) without touching a store.
//
//   npx tsx bench/import-export.ts [SPECIES] [RUNS] [EXPORT_RUNS]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTaxonomy } from '../scripts/generate-taxonomy.ts';
import { CypherLibrary } from '../server/src/cypher/library.ts';
import { EmbeddedStore } from '../server/src/store/embedded/embedded-store.ts';
import { applySchema } from '../server/src/taxonomy/dataset-writer.ts';
import { EXPORT_FORMATS, ExportService, type ExportFormat, type ExportOptions } from '../server/src/taxonomy/export/export.service.ts';
import { FamilyIndex } from '../server/src/taxonomy/family-index.ts';
import { ImportService } from '../server/src/taxonomy/import/import.service.ts';
import { parseDataset } from '../server/src/taxonomy/import/parse-dataset.ts';
import { Problems } from '../server/src/taxonomy/import/records.ts';
import { validateEdge, validateNode } from '../server/src/taxonomy/import/validate.ts';
import { QueryService } from '../server/src/taxonomy/query.service.ts';
import { median } from './stats.ts';

const SELF = fileURLToPath(import.meta.url);

interface ChildResult {
  seconds: number;
  maxRssMb: number;
  detail?: unknown;
}

/** One measured task in a fresh Node process, so its peak memory is its own. */
function inChild(task: string, ...args: string[]): ChildResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', task, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop() as string) as ChildResult;
}

const finish = (started: number, detail?: unknown): ChildResult => ({ seconds: (performance.now() - started) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, detail });

async function child(task: string, args: string[]): Promise<ChildResult> {
  const [file = '', dataDir = ''] = args;
  const started = performance.now();
  if (task === 'baseline') {
    const problems = new Problems();
    const parsed = parseDataset('bench.json', readFileSync(file, 'utf8'), 'json', problems);
    let valid = 0;
    for (const r of parsed.nodes) if (validateNode(r, problems)) valid++;
    for (const r of parsed.edges) if (validateEdge(r, problems)) valid++;
    return finish(started, { records: valid, problems: problems.size });
  }
  const library = new CypherLibrary();
  const store = EmbeddedStore.open(dataDir);
  try {
    await applySchema(store, library);
    if (task === 'import') {
      const summary = await new ImportService(store, library, { limitBytes: Number.MAX_SAFE_INTEGER }).run([{ name: 'bench.json', text: readFileSync(file, 'utf8') }]);
      return finish(started, summary);
    }
    // export: every format, `runs` times each, in this one process (the store opened once).
    const runs = Number(args[2] ?? 3);
    const exporter = new ExportService(store, library, new QueryService(store, library, new FamilyIndex(store, library)));
    const times: Record<string, number[]> = { 'read graph': [] };
    const variants: [string, ExportFormat, ExportOptions][] = EXPORT_FORMATS.flatMap((f): [string, ExportFormat, ExportOptions][] =>
      f === 'csv' ? [['csv nodes', f, { part: 'nodes' }], ['csv edges', f, { part: 'edges' }]] : f === 'newick' ? [['newick', f, {}], ['newick phylogeny', f, { tree: 'phylogeny' }]] : [[f, f, {}]],
    );
    const bytes: Record<string, number> = {};
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const dataset = await exporter.dataset();
      (times['read graph'] as number[]).push((performance.now() - t) / 1000);
      for (const [name, format, options] of variants) {
        t = performance.now();
        const body = exporter.render(format, dataset, options).body;
        (times[`read graph + ${name}`] ??= []).push((performance.now() - t) / 1000 + (times['read graph'] as number[])[i]!);
        bytes[name] = Buffer.byteLength(body);
      }
    }
    return finish(started, { medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])), bytes });
  } finally {
    await store.close();
  }
}

export interface ImportExportBench {
  species: number;
  fileMb: number;
  baseline: { seconds: number; maxRssMb: number };
  import: { seconds: number; maxRssMb: number; summary: unknown };
  reimport: { seconds: number; maxRssMb: number; summary: unknown };
  exports: Record<string, number>;
}

/** Imports (and re-imports) run `runs` times, exports `exportRuns` times, 2 each by default: about 4-5 minutes for 100,000 species. */
export async function benchImportExport(options: { species?: number; runs?: number; exportRuns?: number } = {}): Promise<ImportExportBench> {
  const species = options.species ?? 100_000;
  const runs = options.runs ?? 2;
  const exportRuns = options.exportRuns ?? 2;
  const dir = mkdtempSync(join(tmpdir(), 'cladescope-bench-ie-'));
  try {
    const file = join(dir, 'generated.json');
    writeFileSync(file, JSON.stringify(generateTaxonomy({ species, seed: 42 })));
    const fileMb = readFileSync(file).length / 1024 / 1024;
    console.log(`Import/export benchmark: ${species.toLocaleString('en')} species, ${fileMb.toFixed(1)} MB of JSON, ${runs} import runs, ${exportRuns} export runs, embedded engine on disk`);

    const baselines = Array.from({ length: Math.max(3, runs) }, () => inChild('baseline', file));
    const imports: ChildResult[] = [];
    const reimports: ChildResult[] = [];
    let lastDir = '';
    for (let i = 0; i < runs; i++) {
      lastDir = join(dir, `store-${i}`);
      imports.push(inChild('import', file, lastDir));
      process.stdout.write(`  import run ${i + 1}: ${(imports[i] as ChildResult).seconds.toFixed(1)} s, peak ${(imports[i] as ChildResult).maxRssMb.toFixed(0)} MB\n`);
      reimports.push(inChild('import', file, lastDir));
      if (i < runs - 1) rmSync(lastDir, { recursive: true, force: true });
    }
    const exported = inChild('export', file, lastDir, String(exportRuns));
    const exportMedians = (exported.detail as { medians: Record<string, number> }).medians;
    const bytes = (exported.detail as { bytes: Record<string, number> }).bytes;

    const result: ImportExportBench = {
      species,
      fileMb,
      baseline: { seconds: median(baselines.map((b) => b.seconds)), maxRssMb: median(baselines.map((b) => b.maxRssMb)) },
      import: { seconds: median(imports.map((r) => r.seconds)), maxRssMb: median(imports.map((r) => r.maxRssMb)), summary: imports[0]?.detail },
      reimport: { seconds: median(reimports.map((r) => r.seconds)), maxRssMb: median(reimports.map((r) => r.maxRssMb)), summary: reimports[0]?.detail },
      exports: exportMedians,
    };
    const base = result.baseline.seconds;
    const row = (name: string, seconds: number, mb?: number) => console.log(`${name.padEnd(40)}${seconds.toFixed(2).padStart(10)}${(seconds / base).toFixed(1).padStart(12)}${mb === undefined ? '' : mb.toFixed(0).padStart(12)}`);
    console.log(`\n${'measure (median)'.padEnd(40)}${'seconds'.padStart(10)}${'× baseline'.padStart(12)}${'peak MB'.padStart(12)}`);
    row('baseline: read + parse + check the file', base, result.baseline.maxRssMb);
    row('import into an empty store', result.import.seconds, result.import.maxRssMb);
    row('import the same file again (unchanged)', result.reimport.seconds, result.reimport.maxRssMb);
    for (const [name, seconds] of Object.entries(exportMedians)) {
      const format = name.replace('read graph + ', '');
      row(`export: ${name}`, seconds);
      if (bytes[format] !== undefined) console.log(`${''.padEnd(44)}${(bytes[format] / 1024 / 1024).toFixed(1)} MB`);
    }
    console.log(`first import: ${JSON.stringify(result.import.summary)}\nsecond import: ${JSON.stringify(result.reimport.summary)}`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === SELF) {
  const at = process.argv.indexOf('--child');
  if (at >= 0) {
    const result = await child(process.argv[at + 1] as string, process.argv.slice(at + 2));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    await benchImportExport({ species: Number(process.argv[2] ?? 100_000), runs: Number(process.argv[3] ?? 2), exportRuns: Number(process.argv[4] ?? 2) });
  }
}
