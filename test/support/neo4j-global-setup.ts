// Finds the one Neo4j a test run uses, before any test file starts, in this order:
// NEO4J_TEST_URI (any Neo4j you run), Testcontainers where a container runtime exists, the local
// launcher (`npm run neo4j`) where java and mvn exist. Otherwise the Neo4j half is skipped, saying
// why in one line; with CI=true its tests fail instead. It also serves the lock that lets one test file
// at a time use that Neo4j (Community has one database), so each file gets it clean.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Neo4jTarget, ReachableNeo4j } from './neo4j.ts';

interface Found<T extends Neo4jTarget = Neo4jTarget> {
  target: T;
  stop(): Promise<void>;
}
type FoundNeo4j = Found<ReachableNeo4j>;

const TEST_PASSWORD = 'cladescope-test';

/** The api and contract projects both name this file; the run still gets one Neo4j, kept on globalThis of the main process. */
interface Shared {
  found: Promise<Found>;
  users: number;
}
const shared = globalThis as typeof globalThis & { __cladescopeNeo4j?: Shared };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.__cladescopeNeo4j ??= { found: findNeo4j(), users: 0 };
  const state = shared.__cladescopeNeo4j;
  state.users += 1;
  const { target } = await state.found;
  project.provide('neo4j', target);
  return async () => {
    state.users -= 1;
    if (state.users > 0) return;
    shared.__cladescopeNeo4j = undefined;
    await (await state.found).stop();
  };
}

async function findNeo4j(): Promise<Found> {
  const onCi = process.env.CI === 'true';
  const reasons: string[] = [];
  const attempt = async (how: () => Promise<FoundNeo4j | string>): Promise<FoundNeo4j | undefined> => {
    const result = await how();
    if (typeof result !== 'string') return result;
    reasons.push(result);
    return undefined;
  };
  const found = (await attempt(fromEnvironment)) ?? (await attempt(fromTestcontainers)) ?? (await attempt(fromLauncher));
  if (found) {
    const lock = await startLockServer();
    process.stdout.write(`neo4j half: ${found.target.how} at ${found.target.uri}\n`);
    return {
      target: { ...found.target, lockPort: lock.port },
      stop: async () => {
        await lock.close();
        await found.stop();
      },
    };
  }
  const reason = `no Neo4j for the tests: ${reasons.join('; ')}`;
  // On CI the Neo4j half must run: each file's `engine: neo4j` part fails, saying why (an error
  // thrown here would only make Vitest report that it found no test files).
  process.stdout.write(onCi ? `neo4j half FAILS (CI=true, it must not skip): ${reason}\n` : `neo4j half skipped: ${reason}\n`);
  return { target: { skipped: reason, required: onCi }, stop: async () => undefined };
}

async function fromEnvironment(): Promise<FoundNeo4j | string> {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) return 'NEO4J_TEST_URI is unset';
  const target = { how: 'NEO4J_TEST_URI', uri, user: process.env.NEO4J_TEST_USER || 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '', lockPort: 0 };
  return { target, stop: async () => undefined };
}

async function fromTestcontainers(): Promise<FoundNeo4j | string> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await Promise.race([getContainerRuntimeClient(), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 15 s')), 15_000).unref())]);
  } catch (error) {
    return `no container runtime (${(error as Error).message})`;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(TEST_PASSWORD).start();
  return {
    target: { how: 'Testcontainers', uri: container.getBoltUri(), user: 'neo4j', password: TEST_PASSWORD, lockPort: 0 },
    stop: async () => {
      await container.stop();
    },
  };
}

const ROOT = new URL('../..', import.meta.url).pathname;
const STARTUP_LIMIT_MS = 300_000; // the first run also fetches Neo4j with Maven

async function fromLauncher(): Promise<FoundNeo4j | string> {
  const missing = ['java', 'mvn'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  if (missing.length) return `${missing.join(' and ')} not found for the local launcher`;
  const preferred = Number(process.env.NEO4J_TEST_BOLT_PORT || 7690);
  const port = (await isFree(preferred)) ? preferred : await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cladescope-neo4j-test-'));
  const child = spawn('npm', ['run', '--silent', 'neo4j'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_BOLT_PORT: String(port), NEO4J_PASSWORD: TEST_PASSWORD, NEO4J_DATA_DIR: dataDir },
    detached: true, // its own process group, so SIGTERM reaches the JVM behind npm and sh
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Should the run end without the teardown (an interrupt), take the JVM down with it.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopLauncher(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const uri = await boltLine(child);
    return { target: { how: 'the local launcher (npm run neo4j)', uri, user: 'neo4j', password: TEST_PASSWORD, lockPort: 0 }, stop };
  } catch (error) {
    await stop();
    return `the local launcher did not start: ${(error as Error).message}`;
  }
}

function boltLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`no bolt line within ${STARTUP_LIMIT_MS / 1000} s`)), STARTUP_LIMIT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // Not anchored: Maven writes colour resets (ESC[0m) before it with no newline.
      const uri = /bolt:\/\/[\w.:-]+/.exec(stdout)?.[0];
      if (uri) {
        clearTimeout(timer);
        resolve(uri);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`it exited with ${code}: ${(stderr || stdout).trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopLauncher(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const forced = setTimeout(() => signalGroup(child, 'SIGKILL'), 30_000);
  await exited;
  clearTimeout(forced);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
  });
}

/**
 * A first-come lock over TCP: the holder is the oldest open connection, told `go` when its turn
 * comes; closing the connection (or the worker dying) passes the lock on.
 */
function startLockServer(): Promise<{ port: number; close(): Promise<void> }> {
  const queue: Socket[] = [];
  const grant = () => queue[0]?.write('go\n');
  const server: Server = createServer((socket) => {
    queue.push(socket);
    if (queue.length === 1) grant();
    const leave = () => {
      const at = queue.indexOf(socket);
      if (at < 0) return;
      queue.splice(at, 1);
      if (at === 0) grant();
    };
    socket.on('close', leave).on('error', leave);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of queue) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
