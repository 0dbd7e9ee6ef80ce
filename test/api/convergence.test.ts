// Convergence by parsimony over HTTP on the real embedded engine, seeded from
// data/taxonomy.json: origins, consistency index, recorded beside computed, one trait's history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

interface Entry {
  trait: { id: string; name: string };
  origins: number;
  derived: boolean;
  consistencyIndex: number | null;
  originTaxa: { name: string }[];
  agreement: { taxon: { name: string }; agrees: boolean; verdict: string; from?: { name: string }[] }[];
  why: string;
}
const entry = async (id: string): Promise<Entry | undefined> => (await server.get('/api/convergence')).body.traits.find((t: Entry) => t.trait.id === id);
const names = (refs: { name: string }[]) => refs.map((r) => r.name).sort();

describe('GET /api/convergence', () => {
  it('counts recursive self-improvement arising at least twice: in Recursidae and in Claude Opus 4.6', async () => {
    const rsi = await entry('trait-recursive-self-improvement');
    expect(rsi).toMatchObject({ origins: 2, derived: true, consistencyIndex: 0.5 });
    expect(names(rsi!.originTaxa)).toEqual(['Claude Opus 4.6', 'Recursidae']);
    expect(rsi!.why).toMatch(/^Arose at least 2 times: in Claude Opus 4\.6 \(Frontieriidae\) and in Recursidae\. One origin, in Transformata, would need \d+ losses/);
  });

  it('says where the recorded convergence agrees with the computed one and where not', async () => {
    const rsi = await entry('trait-recursive-self-improvement');
    const verdict = (name: string) => rsi!.agreement.find((a) => a.taxon.name === name);
    expect(verdict('Claude Opus 4.6')).toMatchObject({ agrees: true, verdict: 'independent' });
    // Frontieris reflexivus records CONVERGES, but also HERITAGE of the trait from Recursidae.
    expect(verdict('Frontieris reflexivus')).toMatchObject({ agrees: false, verdict: 'inherited', from: [{ name: 'Recursidae' }] });
  });

  it('keeps a recorded convergence one origin explains, saying it disagrees', async () => {
    const embodiment = await entry('trait-embodiment');
    expect(embodiment).toMatchObject({ origins: 1, derived: false });
    expect(embodiment!.agreement.every((a) => !a.agrees)).toBe(true);
    expect(embodiment!.why).toMatch(/one origin, in Incarnatus, explains every carrier/);
  });

  it('does not list tool use, which Frontieriidae inherited from Instrumentidae: one origin', async () => {
    expect(await entry('trait-tool-use-extended-phenotype')).toBeUndefined();
  });

  it('orders the matrix traits by origins, most first', async () => {
    const { body } = await server.get('/api/convergence');
    const origins = body.matrix.traits.map((t: { origins: number }) => t.origins);
    expect(origins[0]).toBeGreaterThanOrEqual(2);
    expect(origins).toEqual([...origins].sort((a: number, b: number) => b - a));
  });
});

describe('GET /api/traits/:id/history', () => {
  it('answers the reconstruction with the cladogram to draw: carriers, origins on their branches', async () => {
    const { status, body } = await server.get('/api/traits/trait-recursive-self-improvement/history');
    expect(status).toBe(200);
    expect(body).toMatchObject({ origins: 2, losses: 0, changes: 2, convergent: true, truncated: false });
    const node = (id: string) => body.elements.nodes.find((n: { data: { id: string } }) => n.data.id === id)?.data;
    expect(node('family-recursidae')).toMatchObject({ state: 'present', carrier: 'recorded', origin: true });
    expect(node('species-r-evaluator')).toMatchObject({ state: 'present', carrier: 'recorded' });
    expect(node('species-r-evaluator').origin).toBeUndefined();
    expect(node('phylum-transformata')).toMatchObject({ state: 'absent', carrier: 'none' });
    expect(node('species-frontieris-reflexivus')).toMatchObject({ carrier: 'heritage' });
    const gains = body.elements.edges.filter((e: { data: { change?: string } }) => e.data.change === 'gain').map((e: { data: { source: string } }) => e.data.source);
    expect(gains.sort()).toEqual(['family-recursidae', 'specimen-claude-opus-4-6']);
  });

  it('answers 404 not_found as problem+json for a trait that does not exist', async () => {
    const { status, type, body } = await server.get('/api/traits/trait-no-such-thing/history');
    expect(status).toBe(404);
    expect(type).toContain('application/problem+json');
    expect(body.code).toBe('not_found');
  });
});

describe('after an import', () => {
  it('counts a second origin the import records in another family', async () => {
    expect((await entry('trait-native-computer-use'))?.derived ?? false).toBe(false);
    const imported = await server.post('/api/import', {
      version: 1,
      edges: { HAS_TRAIT: [{ from: 'family-orchestridae', to: 'trait-native-computer-use', source: 'https://example.org/observation', confidence: 'low' }] },
    });
    expect(imported.status).toBe(200);
    expect(await entry('trait-native-computer-use')).toMatchObject({ origins: 2, derived: true });
  });
});
