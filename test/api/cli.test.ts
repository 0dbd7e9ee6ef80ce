// The import and export CLIs as a curator runs them, on both engines: a fresh store gets the taxonomy first,
// a species card lands once, a bad file is refused whole, and an export reads back.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { reachableNeo4j } from '../support/neo4j.ts';
import { forEachEngine } from '../support/server.ts';

const run = promisify(execFile);

// Every test below runs once per engine; the body keeps its indentation so merges stay small.
forEachEngine((engine) => {
const dir = mkdtempSync(join(tmpdir(), 'cladescope-cli-'));
/** The CLI's environment: a fresh embedded store, or the file's Neo4j (wiped when this file's turn came). */
const envOf = () => {
  if (engine === 'embedded') return { ...process.env, DATA_DIR: join(dir, 'store'), NEO4J_URI: '' };
  const { uri, user, password } = reachableNeo4j();
  return { ...process.env, DATA_DIR: join(dir, 'store'), NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: '' };
};
const cli = async (script: string, ...args: string[]) => {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', `server/src/cli/${script}.ts`, ...args], { env: envOf() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card = join(dir, 'card.md');
writeFileSync(
  card,
  ['## Frontieris testus', '', '| Attribute | Value |', '|---|---|', '| Common name | Test-1 |', '| Family | Frontieriidae |', '| Diagnostic trait | Self-development |', '| Heritage | Instrumentidae (tool use), Recursidae (self-improvement) |', ''].join('\n'),
);

describe('npm run import', () => {
  it('loads the taxonomy into a fresh store, then the card: one species and its edges', async () => {
    const { code, stdout, stderr } = await cli('import', '--quiet', card);
    expect(stderr).toMatch(/store was empty: loaded/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/created\s+1 nodes\s+4 edges/);
  });

  it('changes nothing when the same card is imported again', async () => {
    const { code, stdout } = await cli('import', '--quiet', card);
    expect(code).toBe(0);
    expect(stdout).toMatch(/created\s+0 nodes\s+0 edges/);
    expect(stdout).toMatch(/unchanged\s+1 nodes\s+4 edges/);
  });

  it('refuses a bad file whole, listing each problem with file and line, and exits 1', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, nodes: { taxon: [{ id: 'species-y', rank: 'species', name: 'Y y', firstSeen: '2026-13-01' }] }, edges: { MEMBER_OF: [{ from: 'species-y', to: 'genus-missing' }] } }, null, 2));
    const { code, stderr } = await cli('import', '--quiet', bad);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.json:\d+: nodes\.taxon\[0\]\.firstSeen/);
    expect(stderr).toMatch(/bad\.json:\d+: edges\.MEMBER_OF\[0\]\.to: no node genus-missing/);
    const out = join(dir, 'after.json');
    await cli('export', '--format', 'json', '--out', out);
    expect(readFileSync(out, 'utf8')).not.toContain('species-y');
  });
});

describe('npm run export', () => {
  it('writes the graph as the dataset format, the imported card included', async () => {
    const out = join(dir, 'graph.json');
    const { code } = await cli('export', '--format', 'json', '--out', out);
    expect(code).toBe(0);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    expect(dataset.nodes.taxon.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['Frontieris reflexivus', 'Frontieris testus']));
  });
});
});
