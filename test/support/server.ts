// Starts the real server on the embedded engine, on port 0, in a fresh temporary store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../server/src/main.ts';
import type { Config } from '../../server/src/config.ts';

export interface TestServer extends RunningServer {
  dataDir: string;
  get(path: string): Promise<{ status: number; type: string; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are asserted field by field
  post(path: string, body: unknown): Promise<{ status: number; type: string; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cladescope-test-'));
  const running = await startServer({ PORT: 0, HOST: '127.0.0.1', DATA_DIR: dataDir, NEO4J_URI: undefined, ...overrides });
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
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
