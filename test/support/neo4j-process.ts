// Runs the local Neo4j launcher (tools/neo4j-local) as a child process its caller owns (the
// fault tests, the engines benchmark): started on a port and data folder they choose, stopped
// with a signal, started again.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LAUNCHER = `${ROOT}tools/neo4j-local`;
const JAR = `${LAUNCHER}/target/neo4j-local.jar`;

/** Why the launcher cannot run here (no java or no mvn), or null when it can. */
export function launcherMissing(): string | null {
  for (const [tool, flag] of [['java', '-version'], ['mvn', '-v']] as const) {
    if (spawnSync(tool, [flag], { stdio: 'ignore' }).status !== 0) return `${tool} is not installed`;
  }
  return null;
}

/** Builds the launcher unless its jar is newer than its sources (CI builds it once up front). */
export function buildLauncher(): void {
  const sources = [`${LAUNCHER}/pom.xml`, `${LAUNCHER}/src/main/java/cladescope/Neo4jLocal.java`];
  if (existsSync(JAR) && sources.every((s) => statSync(s).mtimeMs < statSync(JAR).mtimeMs)) return;
  const built = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', '-f', `${LAUNCHER}/pom.xml`, 'package'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the Neo4j launcher did not build:\n${built.stdout}${built.stderr}`);
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Neo4jProcess {
  uri: string;
  /** The JVM's process id, to read its memory. */
  pid: number;
  /** Stops Neo4j with the signal and resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface Neo4jStart {
  port: number;
  dataDir: string;
  password: string;
  /** The JVM's heap; the launcher's NEO4J_TX_MEMORY_MB (0: no cap) and NEO4J_PAGECACHE_MB. */
  heapMb?: number;
  txMemoryMb?: number;
  pagecacheMb?: number;
}

export async function startNeo4j({ port, dataDir, password, heapMb = 768, txMemoryMb = 512, pagecacheMb = 64 }: Neo4jStart): Promise<Neo4jProcess> {
  const child: ChildProcess = spawn('java', [`-Xmx${heapMb}m`, '-cp', `${JAR}:${LAUNCHER}/target/lib/*`, 'cladescope.Neo4jLocal'], {
    env: {
      ...process.env,
      NEO4J_BOLT_PORT: String(port),
      NEO4J_PASSWORD: password,
      NEO4J_DATA_DIR: dataDir,
      NEO4J_TX_MEMORY_MB: String(txMemoryMb),
      NEO4J_PAGECACHE_MB: String(pagecacheMb),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const uri = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /bolt:\/\/\S+/.exec(stdout);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`Neo4j exited (${code}) before it was ready:\n${stderr}`)));
  });
  return {
    uri,
    pid: child.pid as number,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
