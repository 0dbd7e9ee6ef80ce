// Whole answers, two engines: every route of docs/API.md and every named query with its header's
// example, asked of a server on the embedded engine and one on Neo4j, both seeded from
// data/taxonomy.json; the JSON (or file) each answers must be the same. Arrays compare as sets
// unless their order is part of the meaning; each request below names its ordered arrays.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherLibrary, type CypherStatement } from '../../server/src/cypher/library.ts';
import { readDatasetFile } from '../../server/src/taxonomy/seed.ts';
import { exampleParams } from '../support/examples.ts';
import { normalise } from '../support/normalise.ts';
import { onNeo4j, startTestServer, type TestServer } from '../support/server.ts';

const dataset = readDatasetFile(fileURLToPath(new URL('../../data/taxonomy.json', import.meta.url)));
const taxa = dataset.nodes.taxon ?? [];
const allIds = Object.values(dataset.nodes).flatMap((nodes) => (nodes as { id: string }[]).map((n) => n.id));
const library = new CypherLibrary();

/** Lists that run along a path (from a taxon up, from one node to another) are ordered, per query and column. */
const ALONG_A_PATH: Record<string, string[]> = {
  'queries/lineage/path-between': ['path', 'nodes', 'relationships'],
  'queries/lineage/path-to-root': ['path', 'nodes', 'relationships'],
  'queries/lineage/common-ancestor': ['nodesFromA', 'nodesFromB', 'relationshipsFromA', 'relationshipsFromB'],
  'queries/lineage/ancestors': ['relationships[]'],
};

/** A query's columns are ordered; its rows are when its last RETURN is ordered. */
function orderedOf(statement: CypherStatement): string[] {
  const lastReturn = statement.text.slice(statement.text.lastIndexOf('RETURN'));
  return ['columns', ...(/ORDER BY/i.test(lastReturn) ? ['rows'] : []), ...(ALONG_A_PATH[statement.name] ?? []).map((c) => `rows[].${c}`)];
}

interface Ask {
  method?: 'GET' | 'POST';
  path: string;
  body?: unknown;
  type?: string;
  /** Arrays whose order is part of the answer (see normalise). */
  ordered?: string[];
}

type Answer = { status: number; type: string; body: unknown };

async function ask(server: TestServer, { method = 'GET', path, body, type = 'application/json' }: Ask): Promise<Answer> {
  const init: RequestInit = method === 'POST' ? { method, headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) } : {};
  const res = await fetch(server.url + path, init);
  const contentType = (res.headers.get('content-type') ?? '').split(';')[0] ?? '';
  const text = await res.text();
  return { status: res.status, type: contentType, body: contentType.endsWith('json') ? JSON.parse(text) : text };
}

const species = taxa.filter((t) => t.rank === 'species' || t.rank === 'specimen').map((t) => t.id);
const families = taxa.filter((t) => t.rank === 'family').map((t) => t.id);

const card = '## New Species: Frontieris novissimus\n\n| Attribute | Description |\n|---|---|\n| Common Name | Test-1 |\n| Family | Frontieriidae |\n| Diagnostic Trait | Self-development |\n| Heritage | Recursidae (self-improvement) |\n';

/** Every route, with parameters a user would send, taken from the seed. */
const routes: [string, Ask][] = [
  ['healthz', { path: '/healthz' }],
  ['the whole graph', { path: '/api/graph' }],
  ...['2017-06-12', '2024-09-12', '2025-06-01', '2026-02-05'].map((at): [string, Ask] => [`the graph at ${at}`, { path: `/api/graph?at=${at}` }]),
  ...['GPT-5.3-Codex', 'gpt-5.3', 'recurs', 'claude', 'idae', 'a', 'tool use', 'nothing-like-this'].map((q): [string, Ask] => [`search ${q}`, { path: `/api/search?q=${encodeURIComponent(q)}`, ordered: ['results'] }]),
  ['search idae, 3 results', { path: '/api/search?q=idae&limit=3', ordered: ['results'] }],
  ...allIds.map((id): [string, Ask] => [`details of ${id}`, { path: `/api/taxa/${id}` }]),
  ['details of an unknown id (404)', { path: '/api/taxa/species-nobody' }],
  ...allIds.map((id): [string, Ask] => [`neighbours of ${id}`, { path: `/api/taxa/${id}/neighbours` }]),
  ...taxa.map((t): [string, Ask] => [`lineage of ${t.id}`, { path: `/api/lineage/${t.id}`, ordered: ['path'] }]),
  ...taxa.map((t): [string, Ask] => [`heritage web of ${t.id}`, { path: `/api/heritage/${t.id}` }]),
  ['convergence', { path: '/api/convergence' }],
  ...[
    ['species-frontieris-reflexivus', 'specimen-claude-opus-4-6'],
    ['species-frontieris-reflexivus', 'species-r-prompticus'],
    ...species.slice(1).map((id) => [species[0] as string, id]),
    ...families.slice(1).map((id) => [families[0] as string, id]),
    ['trait-tool-use-extended-phenotype', 'lab-anthropic'],
  ].map(([from, to]): [string, Ask] => [`path from ${from} to ${to}`, { path: `/api/path?from=${from}&to=${to}`, ordered: ['path'] }]),
  ['the named-query library', { path: '/api/queries' }],
  ['console: a taxon as a row and a node', { method: 'POST', path: '/api/cypher', body: { query: 'MATCH (t:Taxon {id: $id}) RETURN t.name AS name, t', params: { id: 'species-frontieris-reflexivus' } }, ordered: ['columns'] }],
  ['console: paths up the classification', { method: 'POST', path: '/api/cypher', body: { query: 'MATCH p = (:Species {id: $id})-[:MEMBER_OF*1..8]->(:Taxon) RETURN p', params: { id: 'species-frontieris-reflexivus' } }, ordered: ['columns', 'rows[].p.nodes', 'rows[].p.relationships'] }],
  ['console: labels', { method: 'POST', path: '/api/cypher', body: { query: 'CALL db.labels() YIELD label RETURN label ORDER BY label' }, ordered: ['columns', 'rows'] }],
  ['console: counts, integers and dates', { method: 'POST', path: '/api/cypher', body: { query: 'MATCH (t:Taxon) RETURN t.rank AS rank, count(*) AS n, min(t.firstSeen) AS first, 1.5 AS half, [1, 2] + [3] AS list ORDER BY rank' }, ordered: ['columns', 'rows', 'rows[].list'] }],
  ['console: the row cap', { method: 'POST', path: '/api/cypher', body: { query: 'UNWIND range(1, 1500) AS i RETURN i' }, ordered: ['columns', 'rows'] }],
  ['console: a syntax error (400)', { method: 'POST', path: '/api/cypher', body: { query: 'MATCH (n)\nRETURN m' } }],
  ['console: a missing parameter (400)', { method: 'POST', path: '/api/cypher', body: { query: 'MATCH (n {id: $id}) RETURN n' } }],
  ['console: a write refused (422)', { method: 'POST', path: '/api/cypher', body: { query: 'CREATE (n:Entity:Taxon {id: "intruder", name: "Intruder"}) RETURN n' } }],
  ['console: a command refused (422)', { method: 'POST', path: '/api/cypher', body: { query: 'SHOW INDEXES' } }],
  ['import: a species card, dry run', { method: 'POST', path: '/api/import?dryRun=true', body: card, type: 'text/markdown' }],
  ['import: the seed again, dry run', { method: 'POST', path: '/api/import?dryRun=true', body: { version: 1, nodes: dataset.nodes, edges: dataset.edges } }],
  ['import: a dataset with problems (422)', { method: 'POST', path: '/api/import', body: { nodes: { taxon: [{ id: 'genus-twin', rank: 'genus', name: 'Twin' }] }, edges: { MEMBER_OF: [{ from: 'genus-twin', to: 'family-nowhere' }] } } }],
  ...['json', 'cyjs', 'graphml', 'newick', 'cypher', 'yaml', 'csv&part=nodes', 'csv&part=edges'].map((format): [string, Ask] => [`export ${format}`, { path: `/api/export?format=${format}` }]),
  ['export json of some ids', { path: '/api/export?format=json&ids=species-frontieris-reflexivus,genus-frontieris,family-frontieriidae' }],
  ['export newick of a named query', { path: `/api/export?format=newick&query=lineage/ancestors&params=${encodeURIComponent(JSON.stringify({ id: 'family-frontieriidae' }))}` }],
  ['export an unknown format (400)', { path: '/api/export?format=pdf' }],
];

const namedQueries: [string, Ask][] = library.list('queries').map((statement) => {
  const name = statement.name.replace(/^queries\//, '');
  return [name, { method: 'POST', path: `/api/queries/${name}`, body: { params: exampleParams(statement) }, ordered: orderedOf(statement) }];
});

onNeo4j(() => {
  let embedded: TestServer;
  let neo4j: TestServer;
  beforeAll(async () => {
    embedded = await startTestServer({ engine: 'embedded' });
    neo4j = await startTestServer({ engine: 'neo4j' });
  });
  afterAll(async () => {
    await Promise.all([embedded?.close(), neo4j?.close()]);
  });

  const same = async (request: Ask) => {
    const [a, b] = await Promise.all([ask(neo4j, request), ask(embedded, request)]);
    expect({ ...a, body: normalise(a.body, request.ordered) }).toEqual({ ...b, body: normalise(b.body, request.ordered) });
    return a;
  };

  it('readyz says ready on both, each naming its engine', async () => {
    expect((await ask(neo4j, { path: '/readyz' })).body).toEqual({ status: 'ready', engine: 'neo4j' });
    expect((await ask(embedded, { path: '/readyz' })).body).toEqual({ status: 'ready', engine: 'embedded' });
  });

  describe('every route answers the same JSON', () => {
    it.each(routes)('%s', async (_, request) => {
      await same(request);
    });
  });

  describe('every named query answers the same with its header’s example', () => {
    it.each(namedQueries)('%s', async (_, request) => {
      const answer = await same(request);
      expect(answer.status).toBe(200);
    });
  });
});
