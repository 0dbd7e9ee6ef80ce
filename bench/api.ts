// API benchmark on the embedded engine: the lineage queries over HTTP, on the seeded taxonomy
// and on a generated one of 100,000 species, beside GET /healthz measured in the same run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server/src/main.ts';
import { generateTaxonomy } from '../scripts/generate-taxonomy.ts';
import { medianMs, printTable, type BenchRow } from './stats.ts';

interface Probe {
  name: string;
  path: string;
  /** Also time the first call alone (an answer computed once, then kept until a write). */
  first?: boolean;
}

async function benchTaxonomy(title: string, seedFile: string, probes: Probe[], runs: number): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cladescope-bench-'));
  const started = performance.now();
  const server = await startServer({ PORT: 0, HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_FILE: seedFile, NEO4J_URI: undefined });
  console.log(`${title}: server up and seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const get = async (path: string) => {
    const res = await fetch(server.url + path);
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  try {
    await get('/readyz'); // waits for the store's start-up work, so a first call times itself only
    const firsts: { name: string; ms: number }[] = [];
    for (const probe of probes.filter((p) => p.first)) {
      const t0 = performance.now();
      await get(probe.path);
      firsts.push({ name: `${probe.name}: first call (once)`, ms: performance.now() - t0 });
    }
    const baselineMs = await medianMs(() => get('/healthz'), runs * 4);
    const rows: BenchRow[] = [{ name: 'GET /healthz (baseline)', medianMs: baselineMs, baselineMs }, ...firsts.map((f) => ({ name: f.name, medianMs: f.ms, baselineMs }))];
    for (const probe of probes) rows.push({ name: probe.name, medianMs: await medianMs(() => get(probe.path), runs), baselineMs });
    printTable(title, rows, '/healthz');
    return rows;
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const lineageProbes = (search: string, species: string, other: string, family: string, trait: string): Probe[] => [
  { name: `search ?q=${search}`, path: `/api/search?q=${encodeURIComponent(search)}` },
  { name: 'taxon details', path: `/api/taxa/${species}` },
  { name: 'lineage (ancestors + descendants)', path: `/api/lineage/${species}` },
  { name: 'lineage of a family (its whole clade)', path: `/api/lineage/${family}` },
  { name: 'heritage web', path: `/api/heritage/${family}` },
  { name: 'path + most recent common ancestor', path: `/api/path?from=${species}&to=${other}` },
  { name: 'convergence by parsimony (every trait, matrix)', path: '/api/convergence', first: true },
  { name: 'one trait’s history (elements to draw)', path: `/api/traits/${trait}/history` },
];

export async function benchApi(options: { species?: number; runs?: number } = {}): Promise<void> {
  const runs = options.runs ?? 15;
  const seeded = fileURLToPath(new URL('../data/taxonomy.json', import.meta.url));
  await benchTaxonomy('Seeded taxonomy', seeded, [...lineageProbes('GPT-5.3', 'species-frontieris-reflexivus', 'species-r-prompticus', 'family-frontieriidae', 'trait-recursive-self-improvement'), { name: 'whole graph', path: '/api/graph' }], runs);

  const species = options.species ?? 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'cladescope-gen-'));
  const file = join(dir, 'generated.json');
  const dataset = generateTaxonomy({ species, seed: 42 });
  writeFileSync(file, JSON.stringify(dataset));
  const speciesNodes = dataset.nodes.taxon.filter((t) => t.rank === 'species');
  const ids = speciesNodes.map((t) => t.id);
  const search = (speciesNodes[Math.floor(speciesNodes.length / 2)]?.name ?? '').slice(0, 6);
  const family = dataset.nodes.taxon.find((t) => t.rank === 'family')?.id ?? '';
  try {
    await benchTaxonomy(`Generated taxonomy (${species.toLocaleString('en')} species)`, file, lineageProbes(search, ids[0] ?? '', ids[ids.length - 1] ?? '', family, dataset.nodes.trait[0]?.id ?? ''), Math.max(5, Math.floor(runs / 3)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchApi({ species: Number(process.argv[2] ?? 100_000) });
