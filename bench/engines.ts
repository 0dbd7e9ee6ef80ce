// `npm run bench -- engines`: the API benchmark's lineage probes on one generated taxonomy
// (100,000 species unless BENCH_SPECIES says otherwise), on the embedded engine and on a real
// Neo4j 5.26 (the local launcher, tools/neo4j-local) in the same run, medians side by side with
// the ratio embedded/Neo4j: the anchor the embedded engine is measured against.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../server/src/main.ts';
import { generateTaxonomy } from '../scripts/generate-taxonomy.ts';
import { buildLauncher, freePort, launcherMissing, startNeo4j } from '../test/support/neo4j-process.ts';
import { lineageProbes } from './api.ts';
import { medianMs } from './stats.ts';

const PASSWORD = 'cladescope-bench';

export async function benchEngines({ species = 100_000, runs = 7 }: { species?: number; runs?: number } = {}): Promise<void> {
  const missing = launcherMissing();
  if (missing) throw new Error(`the engines benchmark needs the local Neo4j launcher: ${missing}`);
  buildLauncher();
  mkdirSync('tmp', { recursive: true }); // the project's ignored scratch folder
  const dir = mkdtempSync(join('tmp', 'bench-engines-'));
  const file = join(dir, 'generated.json');
  const dataset = generateTaxonomy({ species, seed: 42 });
  writeFileSync(file, JSON.stringify(dataset));
  const speciesIds = dataset.nodes.taxon.filter((t) => t.rank === 'species');
  const search = (speciesIds[Math.floor(speciesIds.length / 2)]?.name ?? '').slice(0, 6);
  const family = dataset.nodes.taxon.find((t) => t.rank === 'family')?.id ?? '';
  const probes = lineageProbes(search, speciesIds[0]?.id ?? '', speciesIds[speciesIds.length - 1]?.id ?? '', family, dataset.nodes.trait[0]?.id ?? '');

  // The seed is one transaction of the whole taxonomy: Neo4j holds all of it in memory until the
  // commit, so the bench lifts the launcher's per-transaction cap and gives the JVM room.
  const neo4j = await startNeo4j({ port: await freePort(), dataDir: join(dir, 'neo4j'), password: PASSWORD, heapMb: 4096, txMemoryMb: 0, pagecacheMb: 1024 });
  const servers: RunningServer[] = [];
  try {
    const start = async (engine: string, overrides: Parameters<typeof startServer>[0]) => {
      const started = performance.now();
      const server = await startServer({ PORT: 0, HOST: '127.0.0.1', SEED_FILE: file, ...overrides });
      servers.push(server);
      console.log(`${engine}: server up and seeded with ${species.toLocaleString('en')} species in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return server;
    };
    // Both seeds at once: each takes minutes at this size.
    const [embedded, onNeo4j] = await Promise.all([
      start('embedded', { DATA_DIR: join(dir, 'embedded'), NEO4J_URI: undefined }),
      start('neo4j', { NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: PASSWORD }),
    ]);

    const time = (server: RunningServer, path: string) =>
      medianMs(async () => {
        const res = await fetch(server.url + path);
        if (!res.ok) throw new Error(`${path} on ${server.engine} answered ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      }, runs);
    const rows = [{ name: 'GET /healthz (baseline)', path: '/healthz' }, ...probes];
    console.log(`\nLineage probes, ${species.toLocaleString('en')} generated species, median of ${runs} runs each`);
    console.log(`${'probe'.padEnd(44)}${'embedded ms'.padStart(13)}${'neo4j ms'.padStart(11)}${'embedded/neo4j'.padStart(16)}`);
    const failures: string[] = [];
    // A probe that fails on one engine (Grafeo stops a query at 30 s) is shown as such; the rest still run.
    const timeOrNote = (server: RunningServer, path: string) =>
      time(server, path).catch((error: unknown) => {
        failures.push(`${server.engine} ${path}: ${String((error as Error).message).slice(0, 200)}`);
        return Number.NaN;
      });
    const cell = (ms: number, width: number) => (Number.isNaN(ms) ? 'failed' : ms.toFixed(2)).padStart(width);
    for (const probe of rows) {
      // One engine after the other for each probe, so a noisy moment hits both columns alike.
      const e = await timeOrNote(embedded, probe.path);
      const n = await timeOrNote(onNeo4j, probe.path);
      console.log(`${probe.name.padEnd(44)}${cell(e, 13)}${cell(n, 11)}${cell(e / n, 16)}`);
    }
    for (const failure of failures) console.log(`  failed: ${failure}`);
  } finally {
    await Promise.allSettled(servers.map((s) => s.close()));
    await neo4j.stop('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
