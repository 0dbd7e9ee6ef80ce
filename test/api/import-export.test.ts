// Import and export over HTTP on both engines: uploads and bodies in every format,
// the counts the client page shows, 422 problem+json listing every problem with file, line and
// field while the graph stays as it was, 413 over IMPORT_LIMIT_BYTES, and exports as files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseNewick } from 'newick-js';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { forEachEngine, startTestServer, type TestServer } from '../support/server.ts';

// Every test below runs once per engine; the body keeps its indentation so merges stay small.
forEachEngine((engine) => {
let seeded: TestServer;
let small: TestServer;
let dir: string;
let emptySeed: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cladescope-ie-'));
  emptySeed = join(dir, 'empty.json');
  writeFileSync(emptySeed, '{"version":1}');
  // One after the other: on Neo4j both share the file's database, and the first seeds it.
  seeded = await startTestServer({ engine });
  small = await startTestServer({ engine, IMPORT_LIMIT_BYTES: 2_000 });
});
afterAll(async () => {
  await Promise.all([seeded?.close(), small?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const graphOf = async (server: TestServer) => (await server.get('/api/export?format=json')).body;
/** How many nodes and edges a dataset answer holds (the seeded taxonomy grows as curators add to it). */
const sizeOf = (d: { nodes: Record<string, unknown[]>; edges: Record<string, unknown[]> }) => ({
  nodes: Object.values(d.nodes).reduce((n, l) => n + l.length, 0),
  edges: Object.values(d.edges).reduce((n, l) => n + l.length, 0),
});

async function upload(server: TestServer, files: Record<string, { name: string; text: string }>, query = '') {
  const form = new FormData();
  for (const [field, { name, text }] of Object.entries(files)) form.append(field, new Blob([text]), name);
  // Node's fetch sends no Origin: the custom header says this is no cross-site form.
  const res = await fetch(`${server.url}/api/import${query}`, { method: 'POST', headers: { 'x-requested-with': 'cladescope-test' }, body: form });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.json() };
}

async function postText(server: TestServer, text: string, type: string, query = '') {
  const res = await fetch(`${server.url}/api/import${query}`, { method: 'POST', headers: { 'content-type': type, 'x-requested-with': 'cladescope-test' }, body: text });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.json() };
}

describe('GET /api/export', () => {
  it('answers the whole graph as a dataset file with a Content-Disposition filename', async () => {
    const res = await fetch(`${seeded.url}/api/export?format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?cladescope-taxonomy.json"?$/);
    const body = await res.json();
    expect(body.nodes.taxon.find((t: { id: string }) => t.id === 'species-frontieris-reflexivus')).toMatchObject({ commonNames: ['GPT-5.3-Codex'] });
  });

  it.each([
    ['cyjs', 'application/json', 'cladescope-taxonomy.cyjs'],
    ['graphml', 'application/graphml+xml', 'cladescope-taxonomy.graphml'],
    ['newick', 'text/plain', 'cladescope-taxonomy.nwk'],
    ['cypher', 'text/plain', 'cladescope-taxonomy.cypher'],
    ['yaml', 'application/yaml', 'cladescope-taxonomy.yaml'],
    ['csv&part=edges', 'text/csv', 'cladescope-taxonomy-edges.csv'],
  ])('format=%s answers %s named %s', async (format, type, filename) => {
    const res = await fetch(`${seeded.url}/api/export?format=${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('content-disposition')).toContain(filename);
  });

  it('exports a subgraph by ids, and the answer of a named query', async () => {
    const byIds = (await seeded.get('/api/export?format=json&ids=species-frontieris-reflexivus,genus-frontieris')).body;
    expect(byIds.nodes.taxon.map((t: { id: string }) => t.id)).toEqual(['genus-frontieris', 'species-frontieris-reflexivus']);
    expect(byIds.edges.MEMBER_OF).toHaveLength(1);
    const params = encodeURIComponent(JSON.stringify({ id: 'family-frontieriidae' }));
    const res = await fetch(`${seeded.url}/api/export?format=newick&query=lineage/ancestors&params=${params}`);
    expect(res.headers.get('content-disposition')).toContain('cladescope-lineage-ancestors.nwk');
    expect(parseNewick((await res.text()).trim()).root.label).toBe('Cogitantia Synthetica');
  });

  it('answers 400 problem+json for an unknown format, csv without a part, and params that are not JSON', async () => {
    for (const [query, path] of [
      ['format=pdf', 'query.format'],
      ['format=csv', 'query.part'],
      ['format=json&query=lineage/ancestors&params={bad', 'query.params'],
    ]) {
      const { status, type, body } = await seeded.get(`/api/export?${query}`);
      expect({ status, path: body.errors?.[0]?.path }).toEqual({ status: 400, path });
      expect(type).toContain('application/problem+json');
    }
  });
});

describe('POST /api/import', () => {
  it('imports a JSON body into an empty store, then finds it all unchanged; the export is the same graph', async () => {
    const original = await graphOf(seeded);
    // On Neo4j the empty store is the file's one database, wiped (the import below restores it for the other tests).
    const empty = await startTestServer({ engine, SEED_FILE: emptySeed, wipe: true });
    onTestFinished(() => empty.close());
    const first = await empty.post('/api/import', original);
    expect(first.status).toBe(200);
    const size = sizeOf(original);
    expect(size.nodes).toBeGreaterThan(100);
    expect(first.body).toEqual({ created: size, updated: { nodes: 0, edges: 0 }, unchanged: { nodes: 0, edges: 0 }, dryRun: false });
    expect(await graphOf(empty)).toEqual(original);
    const second = await empty.post('/api/import', original);
    expect(second.body).toMatchObject({ created: { nodes: 0, edges: 0 }, updated: { nodes: 0, edges: 0 }, unchanged: size });
  });

  it('imports uploads: a YAML file, and the CSV nodes and edges files, finding the graph unchanged', async () => {
    const size = sizeOf(await graphOf(seeded));
    const yaml = await (await fetch(`${seeded.url}/api/export?format=yaml`)).text();
    expect((await upload(seeded, { file: { name: 'taxonomy.yaml', text: yaml } })).body).toMatchObject({ unchanged: size });
    const nodes = await (await fetch(`${seeded.url}/api/export?format=csv&part=nodes`)).text();
    const edges = await (await fetch(`${seeded.url}/api/export?format=csv&part=edges`)).text();
    expect((await upload(seeded, { nodes: { name: 'nodes.csv', text: nodes }, edges: { name: 'edges.csv', text: edges } })).body).toMatchObject({ unchanged: size });
  });

  it('imports a species card and a Newick tree sent as text, by content type', async () => {
    const card = '## New Species: Frontieris novissimus\n\n| Attribute | Description |\n|---|---|\n| Common Name | Test-1 |\n| Family | Frontieriidae |\n| Diagnostic Trait | Self-development |\n| Heritage | Recursidae (self-improvement) |\n';
    expect((await postText(seeded, card, 'text/markdown', '?dryRun=true')).body).toMatchObject({ created: { nodes: 1, edges: 3 }, dryRun: true });
    const tree = await postText(seeded, '(Frontieris)Frontieriidae;', 'text/x-newick');
    expect(tree.body, JSON.stringify(tree.body)).toMatchObject({ unchanged: { edges: 1 } });
  });

  it('answers 422 listing every problem with file, line and field, and changes nothing', async () => {
    const before = await graphOf(seeded);
    const text = [
      '{',
      '  "nodes": {',
      '    "taxon": [',
      '      { "id": "genus-twin", "rank": "genus", "name": "Twin" },',
      '      { "id": "genus-twin", "rank": "genus", "name": "Twin again" },',
      '      { "rank": "genus", "name": "No id" },',
      '      { "id": "species-late", "rank": "species", "name": "Late one", "firstSeen": "2026-13-01" }',
      '    ],',
      '    "robot": []',
      '  },',
      '  "edges": {',
      '    "MEMBER_OF": [',
      '      { "from": "genus-twin", "to": "family-nowhere" },',
      '      { "from": "domain-cogitantia-synthetica", "to": "genus-frontieris" },',
      '      { "from": "genus-frontieris", "to": "family-recursidae" }',
      '    ],',
      '    "DESCENDS_FROM": [{ "from": "species-attentio-vaswanii", "to": "family-recursidae" }],',
      '    "LIKES": []',
      '  }',
      '}',
    ].join('\n');
    const { status, type, body } = await upload(seeded, { file: { name: 'bad.json', text } });
    expect(status).toBe(422);
    expect(type).toContain('application/problem+json');
    expect(body.code).toBe('invalid_dataset');
    expect(body.errors.map((e: { file: string; line: number; path: string }) => `${e.file}:${e.line} ${e.path}`)).toEqual([
      'bad.json:5 nodes.taxon[1].id',
      'bad.json:6 nodes.taxon[2].id',
      'bad.json:7 nodes.taxon[3].firstSeen',
      'bad.json:9 nodes.robot',
      'bad.json:13 edges.MEMBER_OF[0].to',
      'bad.json:14 edges.MEMBER_OF[1].to',
      'bad.json:15 edges.MEMBER_OF[2].to',
      'bad.json:17 edges.DESCENDS_FROM[0].to',
      'bad.json:18 edges.LIKES',
    ]);
    expect(body.errors.map((e: { message: string }) => e.message).join('\n')).toMatch(/duplicate id[\s\S]*required[\s\S]*not a real date[\s\S]*unknown node kind[\s\S]*no node family-nowhere[\s\S]*MEMBER_OF cycle[\s\S]*already a member of family-frontieriidae[\s\S]*DESCENDS_FROM cycle[\s\S]*unknown edge type/);
    expect(await graphOf(seeded)).toEqual(before);
  });

  it('names the line of a problem in a CSV upload and in a YAML body', async () => {
    const csv = await upload(seeded, { edges: { name: 'edges.csv', text: 'type,from,to,note\nMEMBER_OF,genus-frontieris,family-frontieriidae,"two\nlines"\nHAS_TRAIT,genus-frontieris,family-recursidae,\n' } });
    expect(csv.body.errors).toEqual([{ file: 'edges.csv', line: 4, path: 'to', message: expect.stringContaining('ends at a trait') }]);
    const yaml = await postText(seeded, 'nodes:\n  trait:\n    - id: trait-new\n      name: New\n      colour: red\n', 'application/yaml');
    expect(yaml.body.errors).toEqual([{ file: 'body.yaml', line: 5, path: 'nodes.trait[0].colour', message: 'unknown field for a trait' }]);
  });

  it('after an import, the graph answers with the new taxa in their family', async () => {
    await seeded.get('/api/graph');
    const dataset = { nodes: { taxon: [{ id: 'genus-novus', rank: 'genus', name: 'Novus' }, { id: 'species-novus-primus', rank: 'species', name: 'Novus primus' }] }, edges: { MEMBER_OF: [{ from: 'genus-novus', to: 'family-recursidae' }, { from: 'species-novus-primus', to: 'genus-novus' }] } };
    expect((await seeded.post('/api/import', dataset)).body).toMatchObject({ created: { nodes: 2, edges: 2 } });
    const { body } = await seeded.get('/api/taxa/species-novus-primus');
    expect(body.node).toMatchObject({ family: 'family-recursidae', familyName: 'Recursidae' });
  });

  it('answers 400 when there is nothing to import', async () => {
    const { status, body } = await seeded.post('/api/import', {});
    expect(status).toBe(400);
    expect(body.errors[0].path).toBe('body');
  });
});

describe('size limit (IMPORT_LIMIT_BYTES)', () => {
  const big = JSON.stringify({ nodes: { trait: Array.from({ length: 100 }, (_, i) => ({ id: `trait-t${i}`, name: `Trait ${i}` })) } });

  it('refuses a JSON body over the limit with 413 problem+json, writing nothing', async () => {
    const before = await graphOf(small);
    const { status, type, body } = await small.post('/api/import', JSON.parse(big));
    expect({ status, code: body.code }).toEqual({ status: 413, code: 'too_large' });
    expect(type).toContain('application/problem+json');
    expect(await graphOf(small)).toEqual(before);
  });

  it('refuses an uploaded file over the limit with 413 problem+json', async () => {
    const { status, body } = await upload(small, { file: { name: 'big.json', text: big } });
    expect({ status, code: body.code }).toEqual({ status: 413, code: 'too_large' });
  });

  it('refuses a text body over the limit with 413', async () => {
    const { status } = await postText(small, `${'(a,b)c;\n'.repeat(400)}`, 'text/x-newick');
    expect(status).toBe(413);
  });
});

describe('the seed article', () => {
  it('its species card checks cleanly against the seeded taxonomy (a dry run)', async () => {
    const text = readFileSync('/work/shared/seed/000_26fc925bc33a063b.txt', 'utf8');
    const { status, body } = await postText(seeded, text, 'text/markdown', '?dryRun=true');
    expect(status).toBe(200);
    expect(body).toMatchObject({ created: { nodes: 0, edges: 0 }, dryRun: true });
  });
});
});
