// The taxonomy over HTTP on both engines, seeded from data/taxonomy.json: the seed
// article's facts are all there and queryable, and bad requests get problem+json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine, startTestServer, type TestServer } from '../support/server.ts';

// Every test below runs once per engine; the body keeps its indentation so merges stay small.
forEachEngine((engine) => {
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ engine });
});
afterAll(async () => {
  await server?.close();
});

async function idOf(name: string): Promise<string> {
  const { body } = await server.get(`/api/search?q=${encodeURIComponent(name)}`);
  const hit = body.results.find((r: { label: string; commonNames: string[] }) => r.label === name || r.commonNames.includes(name));
  if (!hit) throw new Error(`search found no ${name}: ${JSON.stringify(body.results)}`);
  return hit.id;
}
/** The seed article is this public page: its facts are stated there. */
const SEED_PAGE = 'https://synthetictaxonomy.com/blog/2026-02-self-developer';
const labels = (refs: { label?: string; name?: string }[]) => refs.map((r) => r.label ?? r.name);

describe('health', () => {
  it('healthz answers ok while the process is up', async () => {
    expect(await server.get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('readyz says the store is reachable and which engine it is', async () => {
    expect(await server.get('/readyz')).toMatchObject({ status: 200, body: { status: 'ready', engine } });
  });
});

describe('search', () => {
  it('finds Frontieris reflexivus by its common name GPT-5.3-Codex', async () => {
    const { body } = await server.get('/api/search?q=GPT-5.3-Codex');
    expect(body.results[0]).toMatchObject({ label: 'Frontieris reflexivus', rank: 'species', matched: 'GPT-5.3-Codex' });
  });

  it('suggests Frontieris reflexivus for the prefix gpt-5.3, ignoring case', async () => {
    const { body } = await server.get('/api/search?q=gpt-5.3');
    expect(labels(body.results)).toContain('Frontieris reflexivus');
  });

  it('ranks GPT-5.3-Codex before GPT-5.3-Codex-Spark for "GPT-5.3": the shorter name that starts with it first', async () => {
    const { body } = await server.get('/api/search?q=GPT-5.3');
    expect(body.results.slice(0, 2).map((r: { matched: string }) => r.matched)).toEqual(['GPT-5.3-Codex', 'GPT-5.3-Codex-Spark']);
  });

  it.each(['gpt 5.3', 'GPT 5.3', 'gpt5.3'])('finds GPT-5.3-Codex first for "%s", ignoring case, spaces and hyphens', async (q) => {
    const { body } = await server.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(body.results[0]).toMatchObject({ label: 'Frontieris reflexivus', matched: 'GPT-5.3-Codex' });
  });

  it('ranks a whole-name match before names that merely contain the text', async () => {
    const { body } = await server.get('/api/search?q=frontieris');
    expect(body.results[0]).toMatchObject({ label: 'Frontieris', rank: 'genus' });
  });

  it('answers no results, not an error, when nothing matches', async () => {
    expect(await server.get('/api/search?q=zzzz-no-such-model')).toMatchObject({ status: 200, body: { results: [] } });
  });

  it('finds a taxon by part of its Latin name', async () => {
    const { body } = await server.get('/api/search?q=recurs');
    expect(labels(body.results)).toContain('Recursidae');
  });

  it('answers 400 problem+json naming the field when the text is empty', async () => {
    const { status, type, body } = await server.get('/api/search?q=');
    expect(status).toBe(400);
    expect(type).toContain('application/problem+json');
    expect(body.errors[0].path).toBe('query.q');
  });
});

describe('the seed article', () => {
  it('Frontieris reflexivus is GPT-5.3-Codex, first seen 2026-02-05, in Frontieriidae', async () => {
    const { body } = await server.get(`/api/taxa/${await idOf('Frontieris reflexivus')}`);
    expect(body.node).toMatchObject({ rank: 'species', firstSeen: '2026-02-05', familyName: 'Frontieriidae' });
    expect(body.node.commonNames).toContain('GPT-5.3-Codex');
    expect(body.node.sourceUrl).toMatch(/^https:\/\//);
  });

  it('Frontieris reflexivus is stated by the source (high confidence, the seed page), not third-party', async () => {
    const { body } = await server.get(`/api/taxa/${await idOf('Frontieris reflexivus')}`);
    expect(body.node).toMatchObject({ confidence: 'high', sourceUrl: SEED_PAGE });
    expect(body.node.note).toMatch(/Named in the post of 2026-02-06/);
    for (const h of body.heritage) expect(h).toMatchObject({ confidence: 'high', sourceUrl: SEED_PAGE });
  });

  it('the four R. species sit in Recursidae itself: the placeholder genus "R." is gone', async () => {
    const { body } = await server.get(`/api/taxa/${await idOf('Recursidae')}`);
    expect(labels(body.children)).toEqual(expect.arrayContaining(['R. prompticus', 'R. geneticus', 'R. syntheticus', 'R. evaluator']));
    expect((await server.get('/api/search?q=abbreviated')).body.results).toEqual([]);
  });

  it('Frontieris reflexivus inherits tool use, reasoning and self-improvement from three families', async () => {
    const { body } = await server.get(`/api/taxa/${await idOf('Frontieris reflexivus')}`);
    const heritage = Object.fromEntries(body.heritage.map((h: { from: { label: string }; trait: { name: string } }) => [h.from.label, h.trait?.name.toLowerCase()]));
    expect(heritage.Instrumentidae).toMatch(/tool/);
    expect(heritage.Deliberatidae).toMatch(/reason/);
    expect(heritage.Recursidae).toMatch(/self-improv/);
  });

  it.each(['Frontieris reflexivus', 'Claude Opus 4.6', 'Recursidae', 'Transformata'])(
    'the details of %s list no entry without an id (no "1 •" for an empty list)',
    async (name) => {
      const { body } = await server.get(`/api/taxa/${await idOf(name)}`);
      const lists = ['heritage', 'heirs', 'children', 'absorbedBy', 'papers', 'carriers', 'parents', 'traits', 'absorbed', 'converges', 'describes', 'labs'];
      for (const list of lists) {
        const entries = (body[list] ?? []) as { id?: unknown; from?: { id?: unknown }; heir?: { id?: unknown } }[];
        expect(entries.filter((e) => (e.id ?? e.from?.id ?? e.heir?.id) == null), list).toEqual([]);
      }
    },
  );

  it('a heritage edge with no recorded trait answers trait null, not an empty trait', async () => {
    const { body } = await server.get(`/api/taxa/${await idOf('Frontieriidae')}`);
    expect(body.heritage.some((h: { trait: unknown }) => h.trait === null)).toBe(true);
    expect(body.heritage.filter((h: { trait: { id?: string } | null }) => h.trait !== null && !h.trait.id)).toEqual([]);
  });

  it('Recursidae holds R. prompticus, R. geneticus, R. syntheticus and R. evaluator', async () => {
    const { body } = await server.get(`/api/lineage/${await idOf('Recursidae')}`);
    const species = body.elements.nodes.filter((n: { data: { rank: string } }) => n.data.rank === 'species').map((n: { data: { label: string } }) => n.data.label.split(' ')[1]);
    expect(species).toEqual(expect.arrayContaining(['prompticus', 'geneticus', 'syntheticus', 'evaluator']));
  });

  it.each(['TTT-Discover', 'SOAR', 'OPSD'])('the paper %s was reported on 2026-01-28 as describing Recursidae, and the edge says that date is the report', async (name) => {
    const recursidae = await idOf('Recursidae');
    const { body } = await server.get(`/api/taxa/${await idOf(name)}/neighbours`);
    const describes = body.elements.edges.find((e: { data: { type: string; target: string } }) => e.data.type === 'DESCRIBES' && e.data.target === recursidae);
    expect(describes.data.date).toBe('2026-01-28');
    expect(describes.data.note).toMatch(/date the taxonomy reported/);
    expect(describes.data).toMatchObject({ confidence: 'high', sourceUrl: SEED_PAGE });
  });

  it('Claude Opus 4.6 was first seen 2026-02-05 and carries agent teams', async () => {
    const { body } = await server.get(`/api/taxa/${await idOf('Claude Opus 4.6')}`);
    expect(body.node.firstSeen).toBe('2026-02-05');
    expect(body.traits.map((t: { name: string }) => t.name.toLowerCase()).join(' ')).toMatch(/agent team|parallel/);
  });

  it('the crown clade Frontieriidae absorbs Orchestridae and Recursidae, undated, as the article leaves them', async () => {
    const { body } = await server.get(`/api/taxa/${await idOf('Frontieriidae')}`);
    expect(labels(body.absorbed).sort()).toEqual(['Orchestridae', 'Recursidae']);
    // No source dates either absorption (2026-01 was borrowed from Kimi K2.5): no date is shown.
    expect(body.absorbed.map((a: { date: unknown }) => a.date ?? null)).toEqual([null, null]);
  });

  it('the Recursidae trait is recorded converging across the OpenAI and Anthropic lineages', async () => {
    const { body } = await server.post('/api/queries/convergence/recorded', { params: {} });
    const row = body.rows.find((r: { trait: { name: string } }) => /self-improv/i.test(r.trait.name));
    const taxa = row.taxa.map((t: { name: string }) => t.name);
    expect(taxa).toContain('Frontieris reflexivus');
    expect(taxa).toContain('Claude Opus 4.6');
  });
});

describe('convergence', () => {
  it('derives recursive self-improvement as converging in Frontieriidae and Recursidae, and says why', async () => {
    const { body } = await server.get('/api/convergence');
    const trait = body.traits.find((t: { trait: { name: string } }) => /self-improv/i.test(t.trait.name));
    expect(trait).toMatchObject({ recorded: true, derived: true });
    expect(labels(trait.families)).toEqual(['Frontieriidae', 'Recursidae']);
    expect(trait.familyCount).toBe(2);
    expect(trait.why).toMatch(/arose at least 2 times/i);
  });

  it('does not call a trait convergent when one family only inherited it from the other', async () => {
    const { body } = await server.get('/api/convergence');
    const toolUse = body.traits.find((t: { trait: { name: string } }) => /tool use/i.test(t.trait.name));
    expect(toolUse?.derived ?? false).toBe(false);
  });

  it('fills the trait-by-family matrix with the families that carry each trait', async () => {
    const { body } = await server.get('/api/convergence');
    const row = body.matrix.traits.find((t: { name: string }) => /self-improv/i.test(t.name));
    const named = (columns: number[]) => columns.map((i) => body.matrix.families[i].name);
    expect(named(row.carried)).toEqual(['Frontieriidae', 'Recursidae']);
    expect(named(row.recorded)).toEqual(['Frontieriidae']); // Frontieris reflexivus CONVERGES on it
  });
});

describe('lineage', () => {
  it('the path to the root of Frontieris reflexivus passes Frontieriidae and ends at the domain', async () => {
    const id = await idOf('Frontieris reflexivus');
    const { body } = await server.get(`/api/lineage/${id}`);
    expect(body.path[0]).toBe(id);
    expect(body.path).toContain(await idOf('Frontieriidae'));
    const root = body.elements.nodes.find((n: { data: { id: string } }) => n.data.id === body.path.at(-1));
    expect(root.data.rank).toBe('domain');
  });

  it('the path from a species to a family runs from one to the other, with their common ancestor', async () => {
    const from = await idOf('Frontieris reflexivus');
    const to = await idOf('Recursidae');
    const { body } = await server.get(`/api/path?from=${from}&to=${to}`);
    expect(body.path[0]).toBe(from);
    expect(body.path.at(-1)).toBe(to);
    expect(body.mrca).not.toBeNull();
    const drawn = body.elements.nodes.map((n: { data: { id: string } }) => n.data.id);
    expect(drawn).toEqual(expect.arrayContaining([...body.path, body.mrca.id]));
    expect(body.elements.edges.length).toBeGreaterThanOrEqual(body.path.length - 1);
  });

  /** Each step of the path is a classification edge (MEMBER_OF), either way. */
  const steps = (body: { path: string[]; elements: { edges: { data: { source: string; target: string; type: string } }[] } }) =>
    body.path.slice(1).map((id, i) => {
      const prev = body.path[i];
      return body.elements.edges.find((e) => (e.data.source === prev && e.data.target === id) || (e.data.source === id && e.data.target === prev))?.data.type;
    });

  it('the path from GPT-5.3-Codex to Claude Opus 4.6 follows the classification, through their common ancestor Frontieriidae', async () => {
    const [from, to] = [await idOf('GPT-5.3-Codex'), await idOf('Claude Opus 4.6')];
    const { body } = await server.get(`/api/path?from=${from}&to=${to}`);
    expect(body.mrca.label).toBe('Frontieriidae');
    expect(body.path).toContain(body.mrca.id);
    expect(body.path).not.toContain(await idOf('Instrumentidae'));
    expect(steps(body).every((t: string | undefined) => t === 'MEMBER_OF')).toBe(true);
    expect([body.path[0], body.path.at(-1)]).toEqual([from, to]);
  });

  it('beside the path, the heritage both share is offered and labelled for what it is', async () => {
    const { body } = await server.get(`/api/path?from=${await idOf('GPT-5.3-Codex')}&to=${await idOf('Claude Opus 4.6')}`);
    const heritage = body.connections.find((c: { kind: string; via: { label: string } | null }) => c.kind === 'shared-heritage' && c.via?.label === 'Instrumentidae');
    expect(heritage.label).toMatch(/^Both inherit .*tool use.* from Instrumentidae$/i);
    expect(body.connections.some((c: { kind: string }) => c.kind === 'shared-trait')).toBe(true);
  });

  it('the path from R. prompticus to Deliberator profundus runs through no trait, up to their ancestor and down', async () => {
    const { body } = await server.get(`/api/path?from=${await idOf('R. prompticus')}&to=${await idOf('Deliberator profundus')}`);
    const kinds = body.elements.nodes.filter((n: { data: { id: string } }) => body.path.includes(n.data.id)).map((n: { data: { kind: string } }) => n.data.kind);
    expect(kinds.every((k: string) => k === 'taxon')).toBe(true);
    expect(steps(body).every((t: string | undefined) => t === 'MEMBER_OF')).toBe(true);
    expect(body.path).toContain(body.mrca.id);
  });

  it('answers 404 not_found when one end of the path does not exist', async () => {
    const { status, body } = await server.get(`/api/path?from=species-nonexistent&to=${await idOf('Recursidae')}`);
    expect(status).toBe(404);
    expect(body.code).toBe('not_found');
  });

  it('the descendants of a family come as drawn nodes joined by their classification edges', async () => {
    const { body } = await server.get(`/api/lineage/${await idOf('Recursidae')}`);
    const genus = body.elements.nodes.find((n: { data: { rank: string } }) => n.data.rank === 'genus');
    expect(body.elements.edges.some((e: { data: { source: string; type: string } }) => e.data.source === genus.data.id && e.data.type === 'MEMBER_OF')).toBe(true);
  });

  it('answers 404 not_found for a taxon that does not exist', async () => {
    const { status, type, body } = await server.get('/api/lineage/species-nonexistent');
    expect(status).toBe(404);
    expect(type).toContain('application/problem+json');
    expect(body.code).toBe('not_found');
  });
});

describe('the taxonomy at a date', () => {
  it('has no GPT-5.3-Codex before 2026-02-05 and has it after', async () => {
    const id = await idOf('Frontieris reflexivus');
    const ids = async (at: string) => (await server.get(`/api/graph?at=${at}`)).body.elements.nodes.map((n: { data: { id: string } }) => n.data.id);
    expect(await ids('2026-02-01')).not.toContain(id);
    expect(await ids('2026-02-06')).toContain(id);
  });

  it('at 2017-06-01 holds none of what came later: no Frontieriidae, Recursidae, ChatGPT 5.2 or Grok 4', async () => {
    const { body } = await server.get('/api/graph?at=2017-06-01');
    const drawn = body.elements.nodes.map((n: { data: { label: string; commonNames?: string[] } }) => [n.data.label, ...(n.data.commonNames ?? [])]).flat();
    for (const later of ['Frontieriidae', 'Recursidae', 'ChatGPT 5.2', 'Grok 4', 'GPT-5.3-Codex']) expect(drawn).not.toContain(later);
    expect(drawn).toContain('Attentio vaswanii');
  });

  it('every node drawn at a date counts from a date on or before it, and says why', async () => {
    const { body } = await server.get('/api/graph?at=2025-12-31');
    const late = body.elements.nodes.filter((n: { data: { datedAt?: string } }) => !(typeof n.data.datedAt === 'string' && n.data.datedAt <= '2025-12-31'));
    expect(late).toEqual([]);
    const why = new Set(body.elements.nodes.map((n: { data: { datedBy: string } }) => n.data.datedBy));
    expect([...why].every((w) => ['own', 'contents', 'carriers', 'reported'].includes(w as string))).toBe(true);
  });

  it('a family with no date of its own stands from the earliest date of what it contains', async () => {
    const familyId = await idOf('Frontieriidae');
    const { elements } = (await server.get(`/api/lineage/${familyId}`)).body;
    const inside = new Set([familyId]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const e of elements.edges) if (e.data.type === 'MEMBER_OF' && inside.has(e.data.target) && !inside.has(e.data.source)) grew = Boolean(inside.add(e.data.source));
    }
    inside.delete(familyId);
    const memberDates = elements.nodes.filter((n: { data: { id: string } }) => inside.has(n.data.id)).map((n: { data: { firstSeen?: string } }) => n.data.firstSeen).filter(Boolean).sort();
    const { body } = await server.get('/api/graph?at=2026-12-31');
    const family = body.elements.nodes.find((n: { data: { label: string } }) => n.data.label === 'Frontieriidae');
    expect(family.data).toMatchObject({ datedAt: memberDates[0], datedBy: 'contents' });
  });

  it('what has no date at all is listed apart as undated, and not drawn', async () => {
    const { body } = await server.get('/api/graph?at=2026-12-31');
    const undated = labels(body.undated);
    expect(undated.length).toBeGreaterThan(0);
    const grok = await idOf('Grok 4');
    expect(body.undated.map((u: { id: string }) => u.id)).toContain(grok);
    expect(body.elements.nodes.map((n: { data: { id: string } }) => n.data.id)).not.toContain(grok);
  });

  it('lists the dates at which something happens, in order, each once', async () => {
    const { body } = await server.get('/api/graph?at=2017-06-01');
    expect(body.dates).toEqual([...new Set(body.dates)].sort());
    expect(body.dates).toEqual(expect.arrayContaining(['2017', '2026-02-05']));
  });

  it('rejects a date that is not YYYY-MM-DD', async () => {
    const { status, body } = await server.get('/api/graph?at=yesterday');
    expect(status).toBe(400);
    expect(body.errors[0].path).toBe('query.at');
  });
});

describe('the whole graph', () => {
  it('carries a source URL on every node and edge', async () => {
    const { body } = await server.get('/api/graph');
    const { nodes, edges } = body.elements;
    expect(nodes.length).toBeGreaterThan(50);
    expect(nodes.filter((n: { data: { sourceUrl?: string } }) => !n.data.sourceUrl?.startsWith('http'))).toEqual([]);
    expect(edges.filter((e: { data: { sourceUrl?: string } }) => !e.data.sourceUrl?.startsWith('http'))).toEqual([]);
  });

  it('every edge joins two nodes of the answer', async () => {
    const { body } = await server.get('/api/graph');
    const ids = new Set(body.elements.nodes.map((n: { data: { id: string } }) => n.data.id));
    expect(body.elements.edges.filter((e: { data: { source: string; target: string } }) => !ids.has(e.data.source) || !ids.has(e.data.target))).toEqual([]);
  });
});

describe('the named-query library', () => {
  it('lists each query with its parameters and their types', async () => {
    const { body } = await server.get('/api/queries');
    const ancestors = body.queries.find((q: { name: string }) => q.name === 'lineage/ancestors');
    expect(ancestors.params).toContainEqual(expect.objectContaining({ name: 'id', type: 'string' }));
  });

  it('describes each query for its reader, with no notes on engines or query planning', async () => {
    const { body } = await server.get('/api/queries');
    const technical = body.queries.filter((q: { description: string }) => /Grafeo|Neo4j|subquer|\bWITH\b|OPTIONAL MATCH|pattern comprehension/.test(q.description));
    expect(technical.map((q: { name: string }) => q.name)).toEqual([]);
    expect(body.queries.find((q: { name: string }) => q.name === 'lineage/descendants').description).toMatch(/^Every taxon below one/);
  });

  it('runs a query with validated parameters and answers columns, rows and elements', async () => {
    const { status, body } = await server.post('/api/queries/lineage/ancestors', { params: { id: await idOf('Frontieris reflexivus') } });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['taxon', 'ancestors', 'relationships']);
    expect(body.elements.nodes.length).toBeGreaterThan(2);
  });

  it('lists each ancestor once, though several routes lead up to it (Transformata by classification and by descent)', async () => {
    const { body } = await server.post('/api/queries/lineage/ancestors', { params: { id: await idOf('Frontieris reflexivus') } });
    const ids = (body.rows[0].ancestors as { id: string }[]).map((a) => a.id);
    expect(ids).toContain('phylum-transformata');
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('answers 400 naming the missing parameter', async () => {
    const { status, body } = await server.post('/api/queries/lineage/ancestors', { params: {} });
    expect(status).toBe(400);
    expect(body.errors[0].path).toBe('params.id');
  });

  it('answers 404 for a query that does not exist', async () => {
    expect((await server.post('/api/queries/lineage/nothing', {})).status).toBe(404);
  });

  it('answers 400 problem+json for a body that is not JSON', async () => {
    const res = await fetch(`${server.url}/api/queries/lineage/ancestors`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"params": ' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('seeding', () => {
  it('a restart on the same store loads nothing twice', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cladescope-restart-'));
    const counts = async () => {
      const running = await startTestServer({ engine, DATA_DIR: dataDir });
      const { elements } = await (await fetch(`${running.url}/api/graph`)).json();
      await running.close();
      return { nodes: elements.nodes.length, edges: elements.edges.length };
    };
    const first = await counts();
    const second = await counts();
    rmSync(dataDir, { recursive: true, force: true });
    expect(first.nodes).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });
});

describe('the more-facts gathering', () => {
  it('Simulacridae, the ninth family, holds the three world-model approaches and leaves their rank open', async () => {
    const { body } = await server.get(`/api/taxa/${await idOf('Simulacridae')}`);
    expect(body.node).toMatchObject({ rank: 'family', confidence: 'high' });
    expect(body.node.quote).toMatch(/different species within Family Simulacridae/);
    expect(body.children).toHaveLength(3);
  });

  it.each(['K-EXAONE', 'Llama 4', 'DeepSeek V3.2', 'Grok 5'])('%s is framed in Mixtidae, as an inference with its reason', async (name) => {
    const { body } = await server.get(`/api/taxa/${await idOf(name)}`);
    expect(body.node.familyName).toBe('Mixtidae');
  });

  it('DeepSeek V4, the seed article\'s "what to watch", has its release date from a third party, and says so', async () => {
    const { body } = await server.get(`/api/taxa/${await idOf('DeepSeek V4')}`);
    expect(body.node).toMatchObject({ firstSeen: '2026-04-24', confidence: 'medium', sourceUrl: SEED_PAGE });
    expect(body.node.reason).toMatch(/third party/);
  });

  it('GLM-5 shows each reading of its size where the sources disagree, each with its source', async () => {
    const { body } = await server.get(`/api/taxa/${await idOf('Zhipu GLM-5')}`);
    const sizes = body.node.readings.filter((r: { topic: string }) => r.topic.startsWith('parameters'));
    expect(sizes.map((r: { value: string }) => r.value)).toEqual(['745B / 44B', '744B / 44B', expect.stringMatching(/^744B \/ 40B/)]);
    expect(sizes[0].source).toBe('https://synthetictaxonomy.com/blog/2026-02-great-convergence');
  });

  it('Falcon H1R-7B is a hybrid with a path to the root through each phylum', async () => {
    const { body } = await server.get(`/api/lineage/${await idOf('Falcon H1R-7B')}`);
    expect(body.paths.map((p: string[]) => p[1])).toEqual(['phylum-compressata', 'phylum-transformata']);
    expect(body.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'specimen-falcon-h1r-7b').data.hybrid).toBe(true);
  });
});
});
