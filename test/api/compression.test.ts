// Answers and assets travel compressed when the client says it can read them, and say so; the
// whole graph, written as it is read, is the same graph either way.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTaxonomy } from '../../scripts/generate-taxonomy.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(() => server?.close());

/** A GET with the given Accept-Encoding, answered as raw bytes (fetch would decode them itself). */
function raw(path: string, encoding: string, url = server.url): Promise<{ status: number; encoding?: string; type?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${url}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], type: res.headers['content-type'], body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('compressed answers', () => {
  it('sends the whole graph brotli- or gzip-compressed as asked, a fraction of its size, and the same graph as uncompressed', async () => {
    const plain = await raw('/api/graph', 'identity');
    expect(plain.encoding).toBeUndefined();
    const graph = JSON.parse(plain.body.toString('utf8'));
    expect(graph.elements.nodes.length).toBeGreaterThan(40);

    const br = await raw('/api/graph', 'br, gzip');
    expect(br.encoding).toBe('br');
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(graph);

    const gz = await raw('/api/graph', 'gzip');
    expect(gz.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString('utf8'))).toEqual(graph);
  });

  it('streams the taxonomy at a date with its undated and its dates beside the elements', async () => {
    const { status, body } = await server.get('/api/graph?at=2026-01-01');
    expect(status).toBe(200);
    expect(Array.isArray(body.undated)).toBe(true);
    expect(body.dates.length).toBeGreaterThan(3);
    expect(body.elements.nodes.length).toBeGreaterThan(0);
  });

  it('leaves a tiny answer uncompressed, and a problem still answers as problem+json', async () => {
    const missing = await raw('/api/taxa/no-such-taxon', 'gzip');
    expect(missing.status).toBe(404);
    expect(missing.type).toMatch(/problem\+json/);
    const health = await raw('/healthz', 'gzip');
    expect(health.encoding).toBeUndefined(); // under compression's 1 KB threshold
  });

  it('streams the taxonomy at a date, thousands of elements, through the compressor without piling up listeners (no leak warning in the log)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cladescope-big-'));
    const seed = join(dir, 'generated.json');
    writeFileSync(seed, JSON.stringify(generateTaxonomy({ species: 3_000, seed: 7 })));
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    const big = await startTestServer({ SEED_FILE: seed });
    try {
      for (const encoding of ['br', 'gzip']) {
        const answer = await raw('/api/graph?at=2030-01-01', encoding, big.url);
        const text = (encoding === 'br' ? brotliDecompressSync(answer.body) : gunzipSync(answer.body)).toString('utf8');
        expect(JSON.parse(text).elements.nodes.length).toBeGreaterThan(3_000);
      }
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await big.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
