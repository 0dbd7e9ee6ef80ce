// The HTTP edge: each route's body limit, answers cut at a size cap, uploads refused as soon as
// they pass the limit, the same-origin rule and the write token for imports, 4xx (not 500) for
// hostile files, Retry-After on 429, 404 for missing assets and dot-files, slow headers cut off.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { startServer, type RunningServer } from '../../server/src/main.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const LIMIT = 1024 * 1024;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ IMPORT_LIMIT_BYTES: LIMIT, CONSOLE_ANSWER_BYTES: 20_000 });
  // The console's parser thread and process start once per server (seconds on a busy machine).
  await server.post('/api/cypher', { query: 'RETURN 1 AS warm' });
}, 120_000);
afterAll(() => server?.close());

const nodeCount = async () => (await server.post('/api/queries/taxa/count', {})).body.rows[0];

async function importText(text: string, headers: Record<string, string>, query = '?dryRun=true') {
  const res = await fetch(`${server.url}/api/import${query}`, { method: 'POST', headers, body: text });
  return { status: res.status, body: (await res.json()) as { code: string; detail: string; errors?: { path: string; message: string }[] } };
}
const ours = { 'x-requested-with': 'cladescope-test' };

describe('body and answer limits', () => {
  it('refuses a console body over 256 KB with 413, though imports may be larger', async () => {
    const { status, body } = await server.post('/api/cypher', { query: 'RETURN $x AS x', params: { x: 'a'.repeat(300 * 1024) } });
    expect(status).toBe(413);
    expect(body.code).toBe('too_large');
  });

  it('refuses console parameters holding more than 10,000 values', async () => {
    const { status, body } = await server.post('/api/cypher', { query: 'RETURN size($ids) AS n', params: { ids: Array.from({ length: 20_000 }, (_, i) => i) } });
    expect(status).toBe(400);
    expect(body.errors[0].path).toBe('body.params');
  });

  it('cuts a console answer at CONSOLE_ANSWER_BYTES and says truncated', async () => {
    const { status, body } = await server.post('/api/cypher', { query: 'UNWIND range(1, 500) AS i RETURN i, $pad AS pad', params: { pad: 'x'.repeat(1000) } });
    expect(status).toBe(200);
    expect(body.truncated).toBe(true);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.length).toBeLessThan(25);
  });
});

/** A multipart upload written part by part; resolves with the status and how many parts were sent before it. */
function streamingUpload(parts: number, partBytes: number, declareLength: boolean): Promise<{ status: number; partsSent: number }> {
  const boundary = 'cladescope-boundary';
  const head = (i: number) => `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="part${i}.csv"\r\ncontent-type: text/csv\r\n\r\n`;
  const payload = Buffer.alloc(partBytes, 'a');
  const total = Array.from({ length: parts }, (_, i) => Buffer.byteLength(head(i)) + partBytes + 2).reduce((a, b) => a + b, 0) + `--${boundary}--\r\n`.length;
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    let partsSent = 0;
    const req = request(
      { port, host: '127.0.0.1', method: 'POST', path: '/api/import?dryRun=true', headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...ours, ...(declareLength ? { 'content-length': total } : {}) } },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, partsSent });
        req.destroy();
      },
    );
    req.on('error', (error) => (partsSent < parts ? undefined : reject(error)));
    const next = (i: number) => {
      if (req.destroyed) return;
      if (i === parts) return req.end(`--${boundary}--\r\n`);
      req.write(head(i));
      req.write(payload);
      req.write('\r\n', () => {
        partsSent = i + 1;
        setTimeout(() => next(i + 1), 100);
      });
    };
    next(0);
  });
}

describe('uploads', () => {
  it('refuses an upload that declares more than the limit before reading its body', async () => {
    const { status, partsSent } = await streamingUpload(10, LIMIT / 2, true);
    expect(status).toBe(413);
    expect(partsSent).toBeLessThan(10);
  });

  it('refuses a chunked upload as soon as its parts together pass the limit, not after all of them', async () => {
    const { status, partsSent } = await streamingUpload(10, LIMIT / 2, false);
    expect(status).toBe(413);
    expect(partsSent).toBeLessThanOrEqual(6);
  });
});

describe('writes from other origins', () => {
  const dataset = JSON.stringify({ version: 1, nodes: { trait: [{ id: 'trait-intruder', name: 'Intruder' }] } });

  it('refuses an import from a page on another origin and writes nothing', async () => {
    const before = await nodeCount();
    const { status, body } = await importText(dataset, { 'content-type': 'text/plain', origin: 'https://evil.example' }, '');
    expect(status).toBe(403);
    expect(body.code).toBe('forbidden');
    expect(await nodeCount()).toEqual(before);
  });

  it('refuses a text import with no Origin, no JSON type and no X-Requested-With (what a cross-site form sends)', async () => {
    const { status } = await importText('nodes:\n  trait:\n    - id: trait-x\n      name: X\n', { 'content-type': 'text/plain' });
    expect(status).toBe(403);
  });

  it("accepts the server's own origin, a JSON body, or X-Requested-With", async () => {
    const yaml = 'nodes:\n  trait:\n    - id: trait-x\n      name: X\n';
    expect((await importText(yaml, { 'content-type': 'application/yaml', origin: server.url })).status).toBe(200);
    expect((await importText(yaml, { 'content-type': 'application/yaml', ...ours })).status).toBe(200);
    expect((await importText(dataset, { 'content-type': 'application/json' })).status).toBe(200);
  });

  it('listens on 127.0.0.1 unless HOST says otherwise', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
  });

  it('bound beyond loopback, needs WRITE_TOKEN for imports while reads stay open', async () => {
    const wide = await startTestServer({ HOST: '0.0.0.0', WRITE_TOKEN: 'a-token-of-sixteen-chars' });
    try {
      const send = (headers: Record<string, string>) => fetch(`${wide.url}/api/import?dryRun=true`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: dataset });
      expect((await send({})).status).toBe(403);
      expect((await send({ authorization: 'Bearer wrong-token-wrong-token' })).status).toBe(403);
      expect((await send({ authorization: 'Bearer a-token-of-sixteen-chars' })).status).toBe(200);
      expect((await wide.get('/api/taxa/species-frontieris-reflexivus')).status).toBe(200);
    } finally {
      await wide.close();
    }
  });
});

describe('hostile files answer 4xx, not 500', () => {
  it('refuses a YAML alias bomb', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
    const { status } = await importText(bomb, { 'content-type': 'application/yaml', ...ours });
    expect(status).toBe(422);
  });

  it('refuses a Newick tree nested 4,000 deep', async () => {
    const { status } = await importText(`${'('.repeat(4000)}leaf${')'.repeat(4000)};`, { 'content-type': 'text/x-newick', ...ours });
    expect([400, 413, 422]).toContain(status);
  });

  it('refuses a javascript: URL as a source', async () => {
    const { status, body } = await importText(JSON.stringify({ version: 1, nodes: { trait: [{ id: 'trait-js', name: 'JS', source: 'javascript:alert(1)' }] } }), { 'content-type': 'application/json' });
    expect(status).toBe(422);
    expect(JSON.stringify(body.errors)).toMatch(/http/);
  });

  it('refuses a lone surrogate with where it is, instead of storing U+FFFD', async () => {
    const { status, body } = await importText('{"version":1,"nodes":{"trait":[{"id":"trait-s","name":"bad \\ud800 name"}]}}', { 'content-type': 'application/json' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.path).toBe('body.nodes.trait[0].name');
  });

  it('refuses a text body that is not UTF-8, naming the byte', async () => {
    const res = await fetch(`${server.url}/api/import?dryRun=true`, { method: 'POST', headers: { 'content-type': 'text/csv', ...ours }, body: Buffer.from([0x69, 0x64, 0x0a, 0xff, 0x0a]) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/byte 3/);
  });
});

describe('the rest of the edge', () => {
  let withClient: RunningServer;
  let clientDir: string;
  beforeAll(async () => {
    clientDir = mkdtempSync(join(tmpdir(), 'cladescope-client-'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>cladescope</title>');
    withClient = await startServer({ PORT: 0, HOST: '127.0.0.1', DATA_DIR: ':memory:', NEO4J_URI: undefined }, undefined, { clientDir, headersTimeoutMs: 1500 });
    await fetch(`${withClient.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1 AS warm' }) });
  }, 120_000);
  afterAll(async () => {
    await withClient?.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('answers the page for client routes but 404 for a missing asset and a dot-file', async () => {
    expect((await fetch(`${withClient.url}/taxa/species-frontieris-reflexivus`)).status).toBe(200);
    expect((await fetch(`${withClient.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${withClient.url}/.env`)).status).toBe(404);
  });

  it('closes a connection whose headers do not arrive in time', async () => {
    const { port } = new URL(withClient.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const started = Date.now();
    await new Promise((resolve) => socket.on('close', resolve).on('error', resolve).resume());
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('says when to come back on 429', async () => {
    const busy = await Promise.all(Array.from({ length: 8 }, () => fetch(`${withClient.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1 AS one' }) })));
    const refused = busy.find((r) => r.status === 429);
    expect(refused?.headers.get('retry-after')).toBe('1');
  });
});
