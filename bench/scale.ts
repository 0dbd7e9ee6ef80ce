// `npm run bench -- scale`: one generated taxonomy of 1,000,000 species (BENCH_SCALE_SPECIES),
// imported in successive chunks (BENCH_SCALE_CHUNKS, 10) through POST /api/import, the app's
// import, into a real Neo4j 5.26 and into the embedded engine; after each chunk the lineage
// probes run on both, beside GET /healthz. An engine whose import fails, whose server dies or
// whose chunk takes longer than BENCH_SCALE_CHUNK_BUDGET_S is stopped and reported; the last
// line says what broke first and at what size. Each chunk is its own all-or-nothing import,
// and later chunks name nodes imported by earlier ones, as a curator's successive imports would.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTaxonomy } from '../scripts/generate-taxonomy.ts';
import { buildLauncher, freePort, launcherMissing, startNeo4j } from '../test/support/neo4j-process.ts';
import { lineageProbes, memoryOf, startChild } from './api.ts';
import { splitDataset } from './split-dataset.ts';
import { medianMs } from './stats.ts';

const PASSWORD = 'cladescope-bench';
// Neo4j holds a whole chunk's transaction in its heap until the commit: no per-transaction cap,
// and a heap that fits a 100,000-species chunk several times over.
const NEO4J_HEAP_MB = 6144;
const NEO4J_PAGECACHE_MB = 2048;
// A probe slower than this counts as broken (Grafeo stops a query at 30 s itself).
const PROBE_TIMEOUT_MS = 60_000;

interface Engine {
  name: 'embedded' | 'neo4j';
  url: string;
  /** The processes whose resident memory is the engine's: the server, and Neo4j's JVM. */
  pids: number[];
  stop: () => Promise<void>;
  /** Why this engine was stopped, once it was. */
  broke?: string;
}

interface Breakage {
  species: number;
  engine: string;
  what: string;
}

export async function benchScale({ species = 1_000_000, chunks = 10, chunkBudgetS = 900, runs = 5 } = {}): Promise<void> {
  const missing = launcherMissing();
  if (missing) throw new Error(`the scale benchmark needs the local Neo4j launcher: ${missing}`);
  buildLauncher();
  mkdirSync('tmp', { recursive: true }); // the project's ignored scratch folder
  const dir = mkdtempSync(join('tmp', 'bench-scale-'));
  const emptySeed = join(dir, 'empty.json');
  writeFileSync(emptySeed, JSON.stringify({ version: 1, nodes: {}, edges: {} }));

  let started = performance.now();
  const dataset = generateTaxonomy({ species, seed: 42 });
  const parts = splitDataset(dataset, chunks);
  const speciesNodes = dataset.nodes.taxon.filter((t) => t.rank === 'species');
  const family = dataset.nodes.taxon.find((t) => t.rank === 'family')?.id ?? '';
  const trait = dataset.nodes.trait[0]?.id ?? '';
  console.log(`generated ${species.toLocaleString('en')} species (${dataset.nodes.taxon.length.toLocaleString('en')} taxa) in ${seconds(started)} s; ${chunks} chunks, each its own import; budget ${chunkBudgetS} s a chunk; both engines import each chunk at once (2 cores), then the probes run one engine after the other`);

  const neo4j = await startNeo4j({ port: await freePort(), dataDir: join(dir, 'neo4j'), password: PASSWORD, heapMb: NEO4J_HEAP_MB, txMemoryMb: 0, pagecacheMb: NEO4J_PAGECACHE_MB });
  const serverEnv = { SEED_FILE: emptySeed, IMPORT_LIMIT_BYTES: String(1024 * 1024 * 1024) };
  const embeddedServer = await startChild({ ...serverEnv, DATA_DIR: join(dir, 'embedded') });
  const neo4jServer = await startChild({ ...serverEnv, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: PASSWORD });
  const engines: Engine[] = [
    { name: 'embedded', url: embeddedServer.url, pids: [embeddedServer.pid], stop: embeddedServer.stop },
    { name: 'neo4j', url: neo4jServer.url, pids: [neo4jServer.pid, neo4j.pid], stop: neo4jServer.stop },
  ];
  const broken: Breakage[] = [];
  const stopEngine = async (engine: Engine, at: number, what: string) => {
    engine.broke = what;
    broken.push({ species: at, engine: engine.name, what });
    console.log(`  ${engine.name} stopped at ${at.toLocaleString('en')} species: ${what}`);
    await engine.stop().catch(() => undefined);
  };

  try {
    let imported = 0;
    for (const [i, part] of parts.entries()) {
      const size = imported + part.nodes.taxon.filter((t) => t.rank === 'species').length;
      const body = JSON.stringify(part);
      console.log(`\n--- chunk ${i + 1}/${chunks}: ${(body.length / 1e6).toFixed(0)} MB of JSON, up to ${size.toLocaleString('en')} species ---`);
      await Promise.all(
        live(engines).map(async (engine) => {
          started = performance.now();
          const failure = await importChunk(engine, body, i, chunkBudgetS);
          const took = seconds(started);
          if (failure) return stopEngine(engine, size, `chunk ${i + 1} ${failure} after ${took} s`);
          console.log(`  ${engine.name.padEnd(9)} import ${took.padStart(7)} s   resident ${engine.pids.map(residentOf).join(' + ')} MB`);
        }),
      );
      imported = size;
      if (live(engines).length === 0) break;

      // The probes ask for nodes every chunk so far holds: the first species and this chunk's last.
      const last = speciesNodes[size - 1]?.id ?? '';
      const search = (speciesNodes[Math.floor(size / 2)]?.name ?? '').slice(0, 6);
      const probes = [{ name: 'GET /healthz (baseline)', path: '/healthz' }, ...lineageProbes(search, speciesNodes[0]?.id ?? '', last, family, trait)];
      console.log(`${`probes at ${size.toLocaleString('en')} species, median of ${runs}`.padEnd(44)}${'embedded ms'.padStart(13)}${'neo4j ms'.padStart(11)}${'embedded/neo4j'.padStart(16)}`);
      for (const probe of probes) {
        const ms: Record<string, number> = {};
        for (const engine of live(engines)) {
          ms[engine.name] = await timeProbe(engine, probe.path, runs).catch((error: unknown) => {
            broken.push({ species: size, engine: engine.name, what: `${probe.name} failed: ${String((error as Error).message).slice(0, 160)}` });
            return Number.NaN;
          });
        }
        const e = ms.embedded ?? Number.NaN;
        const n = ms.neo4j ?? Number.NaN;
        console.log(`${probe.name.padEnd(44)}${cell(e, 13)}${cell(n, 11)}${cell(e / n, 16)}`);
      }
      for (const engine of live(engines)) if (!alive(engine)) await stopEngine(engine, size, 'a process exited during the probes');
    }

    console.log('');
    for (const b of broken) console.log(`broke: ${b.engine} at ${b.species.toLocaleString('en')} species: ${b.what}`);
    const first = broken[0];
    console.log(first ? `What broke first: ${first.engine} at ${first.species.toLocaleString('en')} species (${first.what}).` : `Nothing broke up to ${imported.toLocaleString('en')} species on either engine.`);
  } finally {
    await Promise.allSettled(live(engines).map((e) => e.stop()));
    await neo4j.stop('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Imports one chunk; answers why it failed, or nothing. */
async function importChunk(engine: Engine, body: string, index: number, budgetS: number): Promise<string | undefined> {
  try {
    const res = await fetch(`${engine.url}/api/import?message=${encodeURIComponent(`scale bench chunk ${index + 1}`)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(budgetS * 1000),
    });
    if (!res.ok) return `answered ${res.status}: ${(await res.text()).slice(0, 300)}`;
    await res.arrayBuffer();
    return undefined;
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return `took longer than the budget of ${budgetS} s`;
    return alive(engine) ? `failed: ${(error as Error).message}` : 'failed: the server or Neo4j exited (out of memory?)';
  }
}

async function timeProbe(engine: Engine, path: string, runs: number): Promise<number> {
  return medianMs(async () => {
    const res = await fetch(engine.url + path, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  }, runs, 1);
}

const live = (engines: Engine[]) => engines.filter((e) => !e.broke);
const alive = (engine: Engine) => engine.pids.every((pid) => existsSync(`/proc/${pid}`));
const residentOf = (pid: number) => (existsSync(`/proc/${pid}`) ? memoryOf(pid).rssMb.toFixed(0) : 'gone');
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const cell = (ms: number, width: number) => (Number.isNaN(ms) ? 'failed' : ms.toFixed(2)).padStart(width);
