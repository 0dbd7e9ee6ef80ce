// Starts the real server as its own process (`node --import tsx server/src/main.ts`), on port 0
// in a fresh temporary store, so a test can send it hostile requests and then ask whether it is
// still the same process: a crash here fails the test instead of taking the test runner down.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpawnedServer {
  url: string;
  pid: number;
  process: ChildProcess;
  /** Output so far, for a failing test to show. */
  output(): string;
  /** Resident memory of the server process, in MB (Linux /proc). */
  residentMb(): number;
  /** True while the process that started is still running. */
  alive(): boolean;
  stop(): Promise<void>;
}

export async function spawnServer(env: Record<string, string> = {}): Promise<SpawnedServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cladescope-spawned-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 120 s:\n${output}`)), 120_000);
    child.stdout.on('data', () => {
      const match = /running on the \w+ engine: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    });
    // A signal, not a code, says something else stopped it (the kernel, a test that kills by pid).
    child.once('exit', (code, signal) => reject(new Error(`the server exited (${code ?? signal}) before it started:\n${output}`)));
  });
  const pid = child.pid as number;
  return {
    url,
    pid,
    process: child,
    output: () => output,
    residentMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
