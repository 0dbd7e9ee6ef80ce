// `npm run bench -- load`: a bounded loopback load (autocannon, 200 connections) on
// /api/taxa/:id, /api/search and /api/graph against the server as its own process, first alone
// and then beside one hostile console query sent again and again (UNWIND over 100 million rows,
// which the console process stops at its memory or time limit). Prints req/s, p50, p99, errors.
import autocannon from 'autocannon';
import { spawnServer } from '../test/support/spawned-server.ts';

const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const HOSTILE = 'UNWIND range(1, 100000000) AS x RETURN count(x) AS c';

const ROUTES = [
  { name: 'GET /api/taxa/:id', path: '/api/taxa/species-frontieris-reflexivus' },
  { name: 'GET /api/search', path: '/api/search?q=fron' },
  { name: 'GET /api/graph', path: '/api/graph' },
];

interface LoadRow {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, name: string, path: string): Promise<LoadRow> {
  const result = await autocannon({ url: url + path, connections: CONNECTIONS, duration: SECONDS, timeout: 10 });
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

/** Sends the hostile query again and again until stopped; counts how each ended. */
function hostileLoop(url: string) {
  let running = true;
  const outcomes: Record<string, number> = {};
  const done = (async () => {
    while (running) {
      const res = await fetch(`${url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: HOSTILE }) }).catch(() => undefined);
      const body = res ? ((await res.json()) as { limit?: string }) : undefined;
      const key = res ? `${res.status}${body?.limit ? ` ${body.limit}` : ''}` : 'no answer';
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return outcomes;
    },
  };
}

function print(title: string, rows: LoadRow[]): void {
  console.log(`\n${title}`);
  console.log(`${'route'.padEnd(22)}${'req/s'.padStart(10)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'errors'.padStart(10)}`);
  for (const r of rows) console.log(`${r.name.padEnd(22)}${r.rps.toFixed(0).padStart(10)}${String(r.p50).padStart(10)}${String(r.p99).padStart(10)}${String(r.errors).padStart(10)}`);
}

export async function benchLoad(): Promise<void> {
  const server = await spawnServer({ LOG_LEVEL: 'error' });
  try {
    // Start the console's parser thread and process, as any first console query would.
    await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1 AS warm' }) });
    console.log(`load: ${CONNECTIONS} connections, ${SECONDS} s a route, server pid ${server.pid} (timings are noisy on a shared machine)`);
    const alone: LoadRow[] = [];
    for (const route of ROUTES) alone.push(await load(server.url, route.name, route.path));
    print('alone', alone);
    // BENCH_LOAD_HOSTILE=off measures the routes alone (for a build without the console's limits, where the hostile query would eat the machine).
    if (process.env.BENCH_LOAD_HOSTILE === 'off') return;
    const hostile = hostileLoop(server.url);
    const beside: LoadRow[] = [];
    for (const route of ROUTES) beside.push(await load(server.url, route.name, route.path));
    const outcomes = await hostile.stop();
    print(`beside a hostile console query (${HOSTILE})`, beside);
    console.log(`hostile query answers: ${Object.entries(outcomes).map(([k, n]) => `${n} × ${k}`).join(', ')}`);
    console.log(`server still the same process: ${server.alive() ? 'yes' : 'NO'} (pid ${server.pid}), resident ${server.residentMb().toFixed(0)} MB`);
    for (let i = 0; i < ROUTES.length; i++) {
      const a = alone[i] as LoadRow;
      const b = beside[i] as LoadRow;
      console.log(`${a.name}: beside the hostile query ${(b.rps / a.rps).toFixed(2)}× the req/s alone, p99 ${(b.p99 / Math.max(a.p99, 1)).toFixed(2)}×`);
    }
  } finally {
    await server.stop();
  }
}
