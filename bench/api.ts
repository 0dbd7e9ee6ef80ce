// API benchmark on the embedded engine: the lineage queries over HTTP, on the seeded taxonomy
// and on a generated one of 100,000 species, beside GET /healthz measured in the same run and
// the target for each, in the server that seeded the store and again in one started on
// it afresh; the server runs as its own process, so its memory is measured.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTaxonomy } from '../scripts/generate-taxonomy.ts';
import { medianMs, printTable, type BenchRow } from './stats.ts';

export interface Probe {
  name: string;
  path: string;
  /** Also time the first call alone (an answer computed once, then kept until a write). */
  first?: boolean;
  /** The target for the median at 100,000 species, and for the first call. */
  targetMs?: number;
  firstTargetMs?: number;
}

/** The server as its own process, so its resident memory is its own (and its peak is the seed's import). */
export async function startChild(env: Record<string, string>): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../server/src/main.ts', import.meta.url))], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', NEO4J_URI: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /running on the \w+ engine: (\S+)/.exec(out);
      if (found) resolve((found[1] as string).replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was up: ${out}`)));
  });
  const stop = async () => {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  return { url, pid: child.pid as number, stop };
}

/** Resident and peak resident memory of a process, in MB (Linux). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** The probes on one running server: the first calls alone, then each probe's median beside /healthz's. */
async function probe(url: string, title: string, probes: Probe[], runs: number): Promise<BenchRow[]> {
  const get = async (path: string) => {
    const res = await fetch(url + path);
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  const firsts: BenchRow[] = [];
  for (const p of probes.filter((x) => x.first)) {
    const t0 = performance.now();
    await get(p.path);
    firsts.push({ name: `${p.name}: first call`, medianMs: performance.now() - t0, baselineMs: 0, targetMs: p.firstTargetMs });
  }
  const baselineMs = await medianMs(() => get('/healthz'), runs * 4);
  const rows: BenchRow[] = [{ name: 'GET /healthz (baseline)', medianMs: baselineMs, baselineMs }, ...firsts.map((f) => ({ ...f, baselineMs }))];
  for (const p of probes) rows.push({ name: p.name, medianMs: await medianMs(() => get(p.path), runs), baselineMs, targetMs: p.targetMs });
  printTable(title, rows, '/healthz');
  return rows;
}

/** One server on the store, from its start to its probes; `describe` words its memory and start-up. */
async function onServer(env: Record<string, string>, title: string, probes: Probe[], runs: number, describe: (upSeconds: number, up: ReturnType<typeof memoryOf>, after: ReturnType<typeof memoryOf>) => string): Promise<BenchRow[]> {
  const started = performance.now();
  const server = await startChild(env);
  try {
    await fetch(`${server.url}/readyz`); // the store's start-up work (the seed, when it is empty), so a first call times itself only
    const upSeconds = (performance.now() - started) / 1000;
    const up = memoryOf(server.pid);
    const rows = await probe(server.url, title, probes, runs);
    console.log(`server process: ${describe(upSeconds, up, memoryOf(server.pid))} (target <= 500 MB at 100,000 species)`);
    return rows;
  } finally {
    await server.stop();
  }
}

/**
 * Twice: the server that seeded the store (an import of the whole taxonomy, its heap still
 * settling), then a server started again on that store, as `npm start` opens it the next time.
 */
async function benchTaxonomy(title: string, seedFile: string, probes: Probe[], runs: number): Promise<BenchRow[]> {
  const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'cladescope-bench-')), SEED_FILE: seedFile };
  try {
    const seeding = await onServer(env, `${title}, in the server that seeded it`, probes, runs, (s, up, after) =>
      `up and seeded in ${s.toFixed(1)} s (the seed is an import); peak resident ${up.peakMb.toFixed(0)} MB during it; resident ${up.rssMb.toFixed(0)} MB after it, ${after.rssMb.toFixed(0)} MB after the probes`);
    const restarted = await onServer(env, `${title}, in a server started again on that store`, probes, runs, (s, up, after) =>
      `up in ${s.toFixed(1)} s on the stored graph; resident ${up.rssMb.toFixed(0)} MB when up, ${after.rssMb.toFixed(0)} MB after the probes, peak ${after.peakMb.toFixed(0)} MB`);
    return [...seeding, ...restarted];
  } finally {
    rmSync(env.DATA_DIR, { recursive: true, force: true });
  }
}

export const lineageProbes = (search: string, species: string, other: string, family: string, trait: string): Probe[] => [
  { name: `search ?q=${search}`, path: `/api/search?q=${encodeURIComponent(search)}`, targetMs: 10 },
  // A short text most nodes hold: every node found is ranked, so this is search's worst case.
  { name: `search ?q=${search.slice(0, 2)} (most nodes match)`, path: `/api/search?q=${encodeURIComponent(search.slice(0, 2))}`, targetMs: 10 },
  { name: 'taxon details', path: `/api/taxa/${species}`, targetMs: 5 },
  { name: 'lineage of a species', path: `/api/lineage/${species}`, targetMs: 5 },
  { name: 'lineage of a family (its whole clade)', path: `/api/lineage/${family}`, targetMs: 30 },
  { name: 'heritage web', path: `/api/heritage/${family}`, targetMs: 5 },
  { name: 'path + most recent common ancestor', path: `/api/path?from=${species}&to=${other}`, targetMs: 5 },
  { name: 'convergence (every trait, matrix)', path: '/api/convergence', first: true, targetMs: 50, firstTargetMs: 2000 },
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
