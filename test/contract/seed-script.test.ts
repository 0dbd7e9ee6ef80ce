// cypher/seed/taxonomy.cypher, the script a Neo4j user loads with cypher-shell, run into the test
// run's real Neo4j statement by statement as cypher-shell runs it, gives the same graph (every
// node with its labels and properties, every relationship with its ends and properties) as the
// app's own seed from data/taxonomy.json into the same Neo4j.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CypherLibrary } from '../../server/src/cypher/library.ts';
import { Neo4jStore } from '../../server/src/store/neo4j/neo4j-store.ts';
import { prepareStore, readDatasetFile } from '../../server/src/taxonomy/seed.ts';
import { reachableNeo4j, wipeNeo4j } from '../support/neo4j.ts';
import { normalise } from '../support/normalise.ts';
import { onNeo4j } from '../support/server.ts';
import { splitStatements } from '../support/statements.ts';

const SEED_SCRIPT = fileURLToPath(new URL('../../cypher/seed/taxonomy.cypher', import.meta.url));
const SEED_FILE = fileURLToPath(new URL('../../data/taxonomy.json', import.meta.url));
const library = new CypherLibrary();

/** The whole graph as plain data: nodes by id with labels and properties, relationships by ends and type. */
async function graphIn(store: Neo4jStore) {
  const nodes = await store.read({ text: library.get('export/nodes').text });
  const edges = await store.read({ text: library.get('export/edges').text });
  return normalise({ nodes: nodes.rows, edges: edges.rows.map(({ id: _id, ...edge }) => edge) });
}

describe('splitStatements', () => {
  it('splits at semicolons outside strings, names and comments, as cypher-shell does', () => {
    const script = "// a comment; not a statement\nCREATE (:A {s: 'x;y', t: \"it\\'s; fine\"});\nMATCH (`a;b`) RETURN 1 ;\n\n  RETURN 'last'";
    expect(splitStatements(script)).toEqual(["CREATE (:A {s: 'x;y', t: \"it\\'s; fine\"})", 'MATCH (`a;b`) RETURN 1', "RETURN 'last'"]);
  });
});

onNeo4j(() => {
  it('loads into Neo4j and gives the graph the app seeds, node for node and property for property', async () => {
    const target = reachableNeo4j();
    const store = Neo4jStore.connect(target);
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
    try {
      await wipeNeo4j(target);
      const statements = splitStatements(readFileSync(SEED_SCRIPT, 'utf8'));
      const session = driver.session();
      try {
        // Each statement in its own auto-commit transaction, as cypher-shell -f runs a file.
        for (const statement of statements) await session.run(statement);
      } finally {
        await session.close();
      }
      const fromScript = await graphIn(store);

      await wipeNeo4j(target);
      expect((await prepareStore(store, library, SEED_FILE)).seeded).toBe(true);
      const fromApp = await graphIn(store);

      expect(fromScript).toEqual(fromApp);
      // Every node and edge of the dataset, not an empty graph on both sides.
      const dataset = readDatasetFile(SEED_FILE);
      const loaded = fromScript as { nodes: unknown[]; edges: unknown[] };
      expect({ nodes: loaded.nodes.length, edges: loaded.edges.length }).toEqual({
        nodes: Object.values(dataset.nodes).flat().length,
        edges: Object.values(dataset.edges).flat().length,
      });
    } finally {
      await driver.close();
      await store.close();
    }
  });
});
