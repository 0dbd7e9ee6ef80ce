// Revisions on both engines, as the "done when" reads: seed → import a species card →
// the diff names the card's species and edges as added → the graph at the seed revision lacks
// them → revert → the graph equals the seed, node for node, and three revisions are listed.
// The embedded engine always; the test run's Neo4j where there is one (test/support/neo4j.ts).
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherLibrary } from '../../server/src/cypher/library.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../server/src/store/graph-store.ts';
import { Neo4jStore } from '../../server/src/store/neo4j/neo4j-store.ts';
import type { Elements } from '../../server/src/taxonomy/elements.ts';
import { FamilyIndex } from '../../server/src/taxonomy/family-index.ts';
import { ImportService } from '../../server/src/taxonomy/import/import.service.ts';
import { QueryService } from '../../server/src/taxonomy/query.service.ts';
import { RevisionService } from '../../server/src/taxonomy/revisions/revision.service.ts';
import { prepareStore } from '../../server/src/taxonomy/seed.ts';
import { reachableNeo4j } from '../support/neo4j.ts';
import { onNeo4j } from '../support/server.ts';

const SEED_FILE = fileURLToPath(new URL('../../data/taxonomy.json', import.meta.url));
const library = new CypherLibrary();
const CARD = '## New Species: Frontieris novissimus\n\n| Attribute | Description |\n|---|---|\n| Common Name | Test-1 |\n| Family | Frontieriidae |\n| Diagnostic Trait | Self-development |\n| Heritage | Recursidae (self-improvement) |\n';
const SPECIES = 'species-frontieris-novissimus';

const byId = <T extends { data: { id: string } }>(list: T[]) => [...list].sort((a, b) => a.data.id.localeCompare(b.data.id));
const nodeForNode = (e: Elements) => ({ nodes: byId(e.nodes), edges: byId(e.edges) });

function contract(open: () => Promise<GraphStore>) {
  let store: GraphStore;
  let queries: QueryService;
  let importer: ImportService;
  let revisions: RevisionService;
  let seed: ReturnType<typeof nodeForNode>;

  beforeAll(async () => {
    store = await open();
    const families = new FamilyIndex(store, library);
    queries = new QueryService(store, library, families);
    importer = new ImportService(store, library, { limitBytes: 10_000_000, onWritten: () => families.invalidate() });
    revisions = new RevisionService(store, library, { exclusive: (task) => importer.exclusive(task), onWritten: () => families.invalidate() });
    await prepareStore(store, library, SEED_FILE);
    seed = nodeForNode(await queries.elements('graph/all'));
  });
  afterAll(async () => {
    await store?.close();
  });

  it('seed → import card → diff → graph at the seed → revert → the seed again, node for node', async () => {
    await importer.run([{ name: 'card.md', text: CARD }], { message: 'Add a card' });

    const diff = await revisions.diff(1, 2);
    expect(diff.added.nodes).toEqual([SPECIES]);
    expect(diff.added.edges).toHaveLength(3);
    expect(diff.added.edges.every((id) => id.startsWith(`${SPECIES}~`))).toBe(true);
    expect(diff.changed).toEqual({ nodes: [], edges: [] });

    const atSeed = await revisions.graphAt(1);
    expect(atSeed.nodes.map((n) => n.data.id)).not.toContain(SPECIES);
    expect(nodeForNode(atSeed)).toEqual(seed);

    const { revision } = await revisions.revert(1);
    expect(revision).toMatchObject({ id: 3, source: { kind: 'revert', revertedTo: 1 }, summary: { added: 0, changed: 0, removed: 4 } });
    expect(nodeForNode(await queries.elements('graph/all'))).toEqual(seed);
    expect((await revisions.list()).map((r) => [r.id, r.source.kind, r.message])).toEqual([
      [3, 'revert', 'Revert to revision 1'],
      [2, 'import', 'Add a card'],
      [1, 'seed', 'Seed'],
    ]);
  });

  it('a changed property is recorded with its old and new value, and a revert restores the old one', async () => {
    const text = JSON.stringify({ version: 1, nodes: { taxon: [{ id: 'family-recursidae', rank: 'family', name: 'Recursidae', description: 'Reworded' }] } });
    const before = nodeForNode(await queries.elements('graph/all'));
    await importer.run([{ name: 'reword.json', text }]);
    const diff = await revisions.diff(3, 4);
    expect(diff.changed.nodes).toHaveLength(1);
    expect(diff.changed.nodes[0]?.fields.description?.[1]).toBe('Reworded');
    await revisions.revert(3);
    expect(nodeForNode(await queries.elements('graph/all'))).toEqual(before);
  });

  it('reads a revision recorded as an older version did, one Change a node or edge', async () => {
    // Revision 2 (the card) rewritten in the old form: entity, kind, op, before and after as JSON, no part.
    const { rows } = await store.read({ text: 'MATCH (c:Change) WHERE c.revision = 2 RETURN c.changes AS changes' });
    const old = rows.flatMap((r) => JSON.parse(String(r.changes)) as { entity: string; kind: string; op: string; before: unknown; after: unknown }[]);
    expect(old).toHaveLength(4);
    await store.write([
      { text: 'MATCH (c:Change) WHERE c.revision = 2 DELETE c' },
      { text: 'UNWIND $rows AS row CREATE (:Change {revision: 2, entity: row.entity, kind: row.kind, op: row.op, before: row.before, after: row.after})', params: { rows: old.map((c) => ({ ...c, before: c.before && JSON.stringify(c.before), after: c.after && JSON.stringify(c.after) })) } },
    ]);
    const diff = await revisions.diff(1, 2);
    expect(diff.added.nodes).toEqual([SPECIES]);
    expect(diff.added.edges).toHaveLength(3);
    expect(nodeForNode(await revisions.graphAt(1))).toEqual(seed);
  });
}

describe('engine: embedded', () => {
  contract(async () => EmbeddedStore.open(':memory:'));
});

// onNeo4j holds this file's turn on the run's one Neo4j, wiped clean when the turn starts.
onNeo4j(() => {
  contract(async () => Neo4jStore.connect(reachableNeo4j()));
});
