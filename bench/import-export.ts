// Import/export benchmark on the embedded engine, for the generated taxonomy (100,000 species by
// default): import seconds and peak memory (each run in its own child process, maxRSS read from
// process.resourceUsage()), the same import again (all unchanged), export seconds per format,
// medians over a few runs, beside a baseline measured in the same run: reading and parsing the
// same file (and checking each record against the model) without touching a store. Revisions:
// the store's size on disk after each import, and a re-import of the file with 10 taxa changed
// (its revision should cost what 10 taxa cost, not what the graph holds).
//
//   npx tsx bench/import-export.ts [SPECIES] [RUNS] [EXPORT_RUNS]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTaxonomy } from '../scripts/generate-taxonomy.ts';
import { CypherLibrary } from '../server/src/cypher/library.ts';
import { EmbeddedStore } from '../server/src/store/embedded/embedded-store.ts';
import { applySchema, datasetStatements } from '../server/src/taxonomy/dataset-writer.ts';
import { DatasetSchema } from '../server/src/taxonomy/model.ts';
import { listRevisions, readChanges } from '../server/src/taxonomy/revisions/revision-log.ts';
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

/** Bytes under a directory (the embedded store's file and write-ahead log). */
function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).reduce((n, e) => (e.isFile() ? n + statSync(join(e.parentPath, e.name)).size : n), 0);
}
const mb = (bytes: number) => bytes / 1024 / 1024;

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
      const seconds = (performance.now() - started) / 1000;
      // What the newest revision recorded: how many changes, how many bytes of before/after JSON.
      const newest = (await listRevisions(store, library, 1))[0]?.id ?? 0;
      const changes = await readChanges(store, library, newest - 1, newest);
      const revision = { id: newest, changes: changes.length, jsonBytes: changes.reduce((n, c) => n + JSON.stringify(c.before ?? '').length + JSON.stringify(c.after ?? '').length, 0) };
      return { ...finish(started, { ...summary, revision }), seconds };
    }
    if (task === 'raw-write') {
      // The baseline for the revision's cost on disk: the same rows written with no revision.
      await store.write(datasetStatements(library, DatasetSchema.parse(JSON.parse(readFileSync(file, 'utf8')))));
      return finish(started);
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
  /** The same file with 10 taxa reworded: a revision of 10 changes. */
  changeTen: { seconds: number; maxRssMb: number; summary: unknown };
  /** Store size on disk (MB) after the first import, the unchanged re-import and the 10-taxa re-import. */
  storeMb: { imported: number; reimported: number; changedTen: number; changedTenWithoutRevision: number; changedTenAgain: number[] };
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
    // Three successive curations of the same file, each rewording the same 10 species.
    const ten = generateTaxonomy({ species, seed: 42 });
    const tenFiles = [1, 2, 3].map((round) => {
      ten.nodes.taxon.filter((t) => t.rank === 'species').slice(0, 10).forEach((t, i) => (t.description = `Reworded for the revisions benchmark (round ${round}, ${i + 1})`));
      const path = join(dir, `generated-10-changed-${round}.json`);
      writeFileSync(path, JSON.stringify(ten));
      return path;
    });
    const tenFile = tenFiles[0] as string;
    const tenOnly = join(dir, 'only-10-changed.json');
    writeFileSync(tenOnly, JSON.stringify({ version: 1, nodes: { taxon: JSON.parse(readFileSync(tenFile, 'utf8')).nodes.taxon.filter((t: { description?: string }) => t.description?.startsWith('Reworded for the revisions benchmark')) } }));
    console.log(`Import/export benchmark: ${species.toLocaleString('en')} species, ${fileMb.toFixed(1)} MB of JSON, ${runs} import runs, ${exportRuns} export runs, embedded engine on disk`);

    const baselines = Array.from({ length: Math.max(3, runs) }, () => inChild('baseline', file));
    const imports: ChildResult[] = [];
    const reimports: ChildResult[] = [];
    const changeTens: ChildResult[] = [];
    const sizes: { imported: number; reimported: number; changedTen: number; changedTenWithoutRevision: number; changedTenAgain: number[] }[] = [];
    let lastDir = '';
    for (let i = 0; i < runs; i++) {
      lastDir = join(dir, `store-${i}`);
      imports.push(inChild('import', file, lastDir));
      process.stdout.write(`  import run ${i + 1}: ${(imports[i] as ChildResult).seconds.toFixed(1)} s, peak ${(imports[i] as ChildResult).maxRssMb.toFixed(0)} MB\n`);
      const imported = sizeOf(lastDir);
      reimports.push(inChild('import', file, lastDir));
      const reimported = sizeOf(lastDir);
      const rawDir = `${lastDir}-raw`;
      cpSync(lastDir, rawDir, { recursive: true });
      inChild('raw-write', tenOnly, rawDir);
      const changedTenWithoutRevision = sizeOf(rawDir);
      rmSync(rawDir, { recursive: true, force: true });
      changeTens.push(inChild('import', tenFile, lastDir));
      const changedTen = sizeOf(lastDir);
      const changedTenAgain = tenFiles.slice(1).map((f) => (inChild('import', f, lastDir), sizeOf(lastDir)));
      sizes.push({ imported, reimported, changedTen, changedTenWithoutRevision, changedTenAgain });
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
      changeTen: { seconds: median(changeTens.map((r) => r.seconds)), maxRssMb: median(changeTens.map((r) => r.maxRssMb)), summary: changeTens[0]?.detail },
      storeMb: { imported: mb(median(sizes.map((x) => x.imported))), reimported: mb(median(sizes.map((x) => x.reimported))), changedTen: mb(median(sizes.map((x) => x.changedTen))), changedTenWithoutRevision: mb(median(sizes.map((x) => x.changedTenWithoutRevision))), changedTenAgain: [0, 1].map((k) => mb(median(sizes.map((x) => x.changedTenAgain[k] ?? 0)))) },
    };
    const base = result.baseline.seconds;
    const row = (name: string, seconds: number, mb?: number) => console.log(`${name.padEnd(40)}${seconds.toFixed(2).padStart(10)}${(seconds / base).toFixed(1).padStart(12)}${mb === undefined ? '' : mb.toFixed(0).padStart(12)}`);
    console.log(`\n${'measure (median)'.padEnd(40)}${'seconds'.padStart(10)}${'× baseline'.padStart(12)}${'peak MB'.padStart(12)}`);
    row('baseline: read + parse + check the file', base, result.baseline.maxRssMb);
    row('import into an empty store', result.import.seconds, result.import.maxRssMb);
    row('import the same file again (unchanged)', result.reimport.seconds, result.reimport.maxRssMb);
    row('import it with 10 taxa changed', result.changeTen.seconds, result.changeTen.maxRssMb);
    for (const [name, seconds] of Object.entries(exportMedians)) {
      const format = name.replace('read graph + ', '');
      row(`export: ${name}`, seconds);
      if (bytes[format] !== undefined) console.log(`${''.padEnd(44)}${(bytes[format] / 1024 / 1024).toFixed(1)} MB`);
    }
    console.log(`first import: ${JSON.stringify(result.import.summary)}\nsecond import: ${JSON.stringify(result.reimport.summary)}\n10 taxa changed: ${JSON.stringify(result.changeTen.summary)}`);
    const { imported, reimported, changedTen, changedTenWithoutRevision, changedTenAgain } = result.storeMb;
    const kb = (a: number, b: number) => `${a >= b ? '+' : ''}${((a - b) * 1024).toFixed(0)} KB`;
    console.log(
      `store on disk: ${imported.toFixed(1)} MB after the import (the graph and its first revision), ${reimported.toFixed(1)} MB after the unchanged re-import (which records no revision);\n` +
        `  the 10 taxa written with their revision: ${changedTen.toFixed(1)} MB (${kb(changedTen, reimported)}); the same 10 written with no revision (baseline): ${changedTenWithoutRevision.toFixed(1)} MB (${kb(changedTenWithoutRevision, reimported)});\n` +
        `  the next two 10-taxa revisions: ${changedTenAgain.map((x, i) => `${x.toFixed(1)} MB (${kb(x, i ? (changedTenAgain[i - 1] as number) : changedTen)})`).join(', ')}.\n` +
        '  (Grafeo grows its file once, by about the graph\'s size, on the first node created after a bulk load, whatever the node: the revision node is the first here.)',
    );
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
