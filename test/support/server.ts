// Starts the real server on port 0, on either engine: the embedded engine in a fresh temporary
// store, or the test run's one Neo4j (see neo4j.ts), wiped clean for this file and seeded by the
// server's own start, as in production.
//
// To run an API test file on both engines, wrap it in one line and pass the engine on:
//
//   forEachEngine((engine) => {
//     let server: TestServer;
//     beforeAll(async () => { server = await startTestServer({ engine }); });
//     afterAll(async () => { await server?.close(); });
//     it('…', async () => { … });
//   });
//
// forEachEngine makes the two top-level describes `engine: embedded` and `engine: neo4j` (the
// CI summary counts tests per engine by that title, so keep it the outermost describe). Without
// a Neo4j the second is skipped, and the run said why in one line; on CI it fails instead.
// On Neo4j every server a file starts shares the file's one database (Community has one), so
// seed once per file, not per test; `wipe: true` empties it for a server that needs a bare store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/main.ts';
import type { Config } from '../../server/src/config.ts';
import { claimNeo4j, neo4jTarget, NEO4J_TURN_TIMEOUT_MS, wipeNeo4j } from './neo4j.ts';

export type Engine = 'embedded' | 'neo4j';
export const ENGINES: readonly Engine[] = ['embedded', 'neo4j'];

/** Why the Neo4j half does not run here, or undefined when it does. */
export function neo4jSkipReason(): string | undefined {
  const target = neo4jTarget();
  return 'skipped' in target ? target.skipped : undefined;
}

/** Runs the body once per engine, each under its top-level `engine: <name>` describe. */
export function forEachEngine(body: (engine: Engine) => void): void {
  describe('engine: embedded', () => body('embedded'));
  onNeo4j(() => body('neo4j'));
}

/**
 * A top-level `engine: neo4j` describe for tests that only make sense with a Neo4j (the contract
 * suite's comparisons): skipped without one, and holding this file's turn on it while it runs.
 */
export function onNeo4j(body: () => void): void {
  const target = neo4jTarget();
  if ('skipped' in target && target.required) {
    describe('engine: neo4j', () => {
      it('has a Neo4j to run on (CI=true: the Neo4j half must not skip)', () => {
        throw new Error(target.skipped);
      });
    });
    return;
  }
  describe.skipIf('skipped' in target)('engine: neo4j', () => {
    // Wait for this file's turn on the one Neo4j here, with a timeout of its own: other files
    // may hold it for a while. Released last, after the body's servers have closed.
    let release: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      release = (await claimNeo4j()).release;
    }, NEO4J_TURN_TIMEOUT_MS);
    afterAll(async () => {
      await release?.();
    });
    body();
  });
}

export interface TestServerOptions extends Partial<Config> {
  engine?: Engine;
  /** Neo4j only: empty the file's shared database before this server starts (the embedded engine always starts bare). */
  wipe?: boolean;
}

export interface TestServer extends RunningServer {
  dataDir: string;
  get(path: string): Promise<{ status: number; type: string; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are asserted field by field
  post(path: string, body: unknown): Promise<{ status: number; type: string; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function startTestServer({ engine = 'embedded', wipe = false, ...overrides }: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cladescope-test-'));
  let release = async () => undefined as void;
  let neo4jConfig: Partial<Config> = { NEO4J_URI: undefined };
  if (engine === 'neo4j') {
    const claim = await claimNeo4j();
    release = claim.release;
    if (wipe) await wipeNeo4j(claim.target);
    neo4jConfig = { NEO4J_URI: claim.target.uri, NEO4J_USER: claim.target.user, NEO4J_PASSWORD: claim.target.password, NEO4J_DATABASE: undefined };
  }
  let running: RunningServer;
  try {
    running = await startServer({ PORT: 0, HOST: '127.0.0.1', DATA_DIR: dataDir, ...neo4jConfig, ...overrides });
  } catch (error) {
    await release();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const call = async (path: string, init?: RequestInit) => {
    const res = await fetch(running.url + path, init);
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    return { status: res.status, type, body: type.includes('json') ? JSON.parse(text) : text };
  };
  return {
    ...running,
    dataDir,
    get: (path) => call(path),
    post: (path, body) => call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    close: async () => {
      try {
        await running.close();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
        await release();
      }
    },
  };
}
