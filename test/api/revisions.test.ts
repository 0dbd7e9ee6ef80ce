// Revisions over HTTP on both engines: the seed is revision 1, an import of a
// species card is the next with exactly what it added, the graph as of the seed lacks it, a
// revert brings the graph back node for node as a third revision; unknown ids are 404 problems.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine, startTestServer, type Engine, type TestServer } from '../support/server.ts';


const CARD = [
  '## New Species: Frontieris novissimus',
  '',
  '| Attribute | Description |',
  '|---|---|',
  '| Common Name | Test-1 |',
  '| Family | Frontieriidae |',
  '| Diagnostic Trait | Self-development |',
  '| Heritage | Recursidae (self-improvement) |',
  '',
].join('\n');
const SPECIES = 'species-frontieris-novissimus';

async function importCard(server: TestServer, query = '') {
  const res = await fetch(`${server.url}/api/import${query}`, { method: 'POST', headers: { 'content-type': 'text/markdown' }, body: CARD });
  return { status: res.status, body: await res.json() };
}

const sortedById = <T extends { data: { id: string } }>(list: T[]) => [...list].sort((a, b) => a.data.id.localeCompare(b.data.id));
const graphOf = (body: { elements: { nodes: { data: { id: string } }[]; edges: { data: { id: string } }[] } }) => ({ nodes: sortedById(body.elements.nodes), edges: sortedById(body.elements.edges) });

forEachEngine((engine) => suite(engine));

function suite(engine: Engine) {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ engine });
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('revisions: seed, import, diff, graph as of, revert', () => {
    let seedGraph: ReturnType<typeof graphOf>;
    let cardEdges: string[];

    it('records the seed load as revision 1, with everything it added', async () => {
      seedGraph = graphOf((await server.get('/api/graph')).body);
      const { status, body } = await server.get('/api/revisions');
      expect(status).toBe(200);
      expect(body.revisions).toHaveLength(1);
      expect(body.revisions[0]).toMatchObject({ id: 1, source: { kind: 'seed', files: ['taxonomy.json'] }, summary: { added: seedGraph.nodes.length + seedGraph.edges.length, changed: 0, removed: 0 } });
    });

    it('records an import as the next revision, with its message, files and counts', async () => {
      expect((await importCard(server, '?message=Add%20F.%20novissimus')).status).toBe(200);
      const { body } = await server.get('/api/revisions');
      expect(body.revisions.map((r: { id: number }) => r.id)).toEqual([2, 1]);
      expect(body.revisions[0]).toMatchObject({ message: 'Add F. novissimus', source: { kind: 'import', files: ['body.md'], formats: ['markdown'], counts: { created: { nodes: 1, edges: 3 } } }, summary: { added: 4, changed: 0, removed: 0 } });
    });

    it('a diff of the seed and the import names the card species and its edges as added, nothing else', async () => {
      const { status, body } = await server.get('/api/revisions/diff?from=1&to=2');
      expect(status).toBe(200);
      expect(body.added.nodes).toEqual([SPECIES]);
      expect(body.added.edges).toHaveLength(3);
      expect(body.added.edges.every((id: string) => id.startsWith(`${SPECIES}~`))).toBe(true);
      expect(body.removed).toEqual({ nodes: [], edges: [] });
      expect(body.changed).toEqual({ nodes: [], edges: [] });
      cardEdges = body.added.edges;
      const marks = Object.fromEntries([...body.elements.nodes, ...body.elements.edges].map((e: { data: { id: string; diff: string } }) => [e.data.id, e.data.diff]));
      expect(marks[SPECIES]).toBe('added');
      expect(marks['family-frontieriidae']).toBe('same');
      expect(body.elements.nodes).toHaveLength(seedGraph.nodes.length + 1);
    });

    it('the diff the other way round names them as removed', async () => {
      const { body } = await server.get('/api/revisions/diff?from=2&to=1');
      expect(body.removed).toEqual({ nodes: [SPECIES], edges: cardEdges });
      expect(body.added).toEqual({ nodes: [], edges: [] });
    });

    it('a diff of a revision with itself is empty', async () => {
      const { body } = await server.get('/api/revisions/diff?from=2&to=2');
      expect(body).toMatchObject({ added: { nodes: [], edges: [] }, removed: { nodes: [], edges: [] }, changed: { nodes: [], edges: [] } });
      expect(body.elements.nodes.every((n: { data: { diff: string } }) => n.data.diff === 'same')).toBe(true);
    });

    it('the graph as of the seed revision lacks the card, and equals the seed graph', async () => {
      const { status, body } = await server.get('/api/graph?revision=1');
      expect(status).toBe(200);
      const ids = body.elements.nodes.map((n: { data: { id: string } }) => n.data.id);
      expect(ids).not.toContain(SPECIES);
      expect(graphOf(body)).toEqual(seedGraph);
      expect((await server.get('/api/graph?revision=2')).body.elements.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain(SPECIES);
    });

    it('a revert to the seed is a third revision that brings the graph back node for node', async () => {
      const { status, body } = await server.post('/api/revisions/1/revert', {});
      expect(status).toBe(200);
      expect(body).toMatchObject({ revision: { id: 3, message: 'Revert to revision 1', source: { kind: 'revert', revertedTo: 1 }, summary: { added: 0, changed: 0, removed: 4 } } });
      expect(graphOf((await server.get('/api/graph')).body)).toEqual(seedGraph);
      const list = (await server.get('/api/revisions')).body.revisions;
      expect(list.map((r: { id: number }) => r.id)).toEqual([3, 2, 1]);
      // History is kept: the graph as of the import still has the card.
      expect((await server.get('/api/graph?revision=2')).body.elements.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain(SPECIES);
    });

    it('a revert to the newest revision changes nothing and records nothing', async () => {
      const { body } = await server.post('/api/revisions/3/revert', {});
      expect(body).toEqual({ revision: null, summary: { added: 0, changed: 0, removed: 0 } });
      expect((await server.get('/api/revisions')).body.revisions).toHaveLength(3);
    });

    it('an import that changes a property records its old and new value, and a revert puts the old one back', async () => {
      const before = (await server.get('/api/taxa/family-recursidae')).body.node;
      const dataset = { version: 1, nodes: { taxon: [{ id: 'family-recursidae', rank: 'family', name: before.name, description: 'Rewritten by a test' }] } };
      expect((await server.post('/api/import?message=Reword', dataset)).status).toBe(200);
      const diff = (await server.get('/api/revisions/diff?from=3&to=4')).body;
      expect(diff.changed.nodes).toEqual([{ id: 'family-recursidae', fields: expect.objectContaining({ description: [before.description ?? null, 'Rewritten by a test'] }) }]);
      await server.post('/api/revisions/3/revert', {});
      expect((await server.get('/api/taxa/family-recursidae')).body.node).toEqual(before);
    });

    it('a revert while an import runs waits its turn and undoes it', async () => {
      const last = (await server.get('/api/revisions')).body.revisions[0].id;
      const [imported, reverted] = await Promise.all([importCard(server), server.post(`/api/revisions/${last}/revert`, {})]);
      expect(imported.status).toBe(200);
      expect(reverted.body.summary).toEqual({ added: 0, changed: 0, removed: 4 });
      expect((await server.get('/api/graph')).body.elements.nodes.map((n: { data: { id: string } }) => n.data.id)).not.toContain(SPECIES);
    });
  });

  describe('revisions: bad input', () => {
    it.each([
      ['/api/revisions/99'],
      ['/api/graph?revision=99'],
      ['/api/revisions/diff?from=1&to=99'],
    ])('GET %s answers 404 not_found for an unknown revision', async (path) => {
      const { status, type, body } = await server.get(path);
      expect(status).toBe(404);
      expect(type).toContain('application/problem+json');
      expect(body).toMatchObject({ code: 'not_found', detail: 'Revision 99 was not found' });
    });

    it('a revert to an unknown revision answers 404 and writes nothing', async () => {
      const count = (await server.get('/api/revisions')).body.revisions.length;
      expect((await server.post('/api/revisions/99/revert', {})).status).toBe(404);
      expect((await server.get('/api/revisions')).body.revisions).toHaveLength(count);
    });

    it('a revision id that is not a number answers 400 naming the field', async () => {
      const { status, body } = await server.get('/api/revisions/diff?from=one&to=2');
      expect(status).toBe(400);
      expect(body.errors[0].path).toBe('query.from');
    });
  });

  describe('revisions: an export carries its revision, and its import is checked against what changed since', () => {
    let other: TestServer;
    let atSeed: { revision: number; nodes: { taxon: { id: string; description?: string }[] } };
    beforeAll(async () => {
      // On Neo4j the file's servers share one database: this one starts it bare, seeded afresh.
      other = await startTestServer({ engine, wipe: true });
      atSeed = (await other.get('/api/export?format=json')).body;
    });
    afterAll(async () => {
      await other?.close();
    });

    const exportJson = async () => (await other.get('/api/export?format=json')).body;
    const describeFamily = (id: string, description: string) => ({ version: 1, nodes: { taxon: [{ id, rank: 'family', name: id === 'family-recursidae' ? 'Recursidae' : 'Attendidae', description }] } });
    const taxonIn = (dataset: { nodes: { taxon: { id: string; description?: string }[] } }, id: string) => dataset.nodes.taxon.find((t) => t.id === id) as { id: string; description?: string };

    it('an export names the revision it was taken at', async () => {
      expect(atSeed.revision).toBe(1);
    });

    it('importing an export taken before the graph changed the same property reports the conflict and writes nothing', async () => {
      const exported = structuredClone(atSeed);
      expect((await other.post('/api/import?message=Graph%20wording', describeFamily('family-recursidae', 'Graph wording'))).status).toBe(200);
      taxonIn(exported, 'family-recursidae').description = 'File wording';
      const { status, body } = await other.post('/api/import', exported);
      expect(status).toBe(422);
      const conflict = body.errors.find((e: { message: string }) => e.message.startsWith('conflict'));
      expect(conflict.path).toMatch(/^nodes\.taxon\[\d+\]\.description$/);
      expect(conflict.message).toContain('revision 2 made it "Graph wording" and the file makes it "File wording"');
      expect(taxonIn(await exportJson(), 'family-recursidae').description).toBe('Graph wording');
      expect((await other.get('/api/revisions')).body.revisions).toHaveLength(2);
    });

    it('a property only the graph changed since the export keeps the graph value; what the file changed is written', async () => {
      // The export taken at revision 1, before the graph reworded Recursidae; the file rewords Attendidae.
      const exported = structuredClone(atSeed);
      taxonIn(exported, 'family-attendidae').description = 'Reworded in the file';
      const { status, body } = await other.post('/api/import', exported);
      expect(status).toBe(200);
      expect(body.updated.nodes).toBe(1);
      const now = await exportJson();
      expect(taxonIn(now, 'family-recursidae').description).toBe('Graph wording');
      expect(taxonIn(now, 'family-attendidae').description).toBe('Reworded in the file');
    });
  });
}
