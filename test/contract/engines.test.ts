// One contract, two engines, at the GraphStore port: the embedded store always, and the test
// run's Neo4j 5 (test/support/neo4j-global-setup.ts; skipped, saying why, where there is none).
// Schema and seed load, loading twice changes nothing, every named query runs with its header's
// example, and the console refuses a write. answers.test.ts compares the two engines' answers.
import { fileURLToPath } from 'node:url';
import neo4jDriver, { type Plan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherLibrary } from '../../server/src/cypher/library.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../server/src/store/graph-store.ts';
import { Neo4jStore } from '../../server/src/store/neo4j/neo4j-store.ts';
import { ConsoleService } from '../../server/src/taxonomy/console.service.ts';
import { ConvergenceService } from '../../server/src/taxonomy/convergence.service.ts';
import { applySchema, writeDataset } from '../../server/src/taxonomy/dataset-writer.ts';
import { FamilyIndex } from '../../server/src/taxonomy/family-index.ts';
import { QueryService } from '../../server/src/taxonomy/query.service.ts';
import { prepareStore, readDatasetFile } from '../../server/src/taxonomy/seed.ts';
import { exampleParams } from '../support/examples.ts';
import { reachableNeo4j } from '../support/neo4j.ts';
import { onNeo4j } from '../support/server.ts';

const SEED_FILE = fileURLToPath(new URL('../../data/taxonomy.json', import.meta.url));
const library = new CypherLibrary();
const dataset = readDatasetFile(SEED_FILE);
const datasetSize = {
  nodes: Object.values(dataset.nodes).flat().length,
  edges: Object.values(dataset.edges).flat().length,
};
const namedQueries = library.list('queries');

interface Engine {
  store: GraphStore;
  queries: QueryService;
  console: ConsoleService;
}

/** The services wired as main.ts wires them. */
function servicesFor(store: GraphStore): Engine {
  const queries = new QueryService(store, library, new FamilyIndex(store, library));
  return { store, queries, console: new ConsoleService(store, queries, { rowLimit: 1000, timeoutMs: 5000 }) };
}

async function counts(engine: Engine) {
  const { nodes, edges } = await engine.queries.elements('graph/all');
  return { nodes: nodes.length, edges: edges.length };
}

/** The behaviours every engine must have. `open` gives a fresh, empty store. */
function contract(open: () => Promise<GraphStore>) {
  let engine: Engine;
  beforeAll(async () => {
    engine = servicesFor(await open());
    await prepareStore(engine.store, library, SEED_FILE);
  });
  afterAll(async () => {
    await engine?.store.close();
  });

  it('loads the schema and every node and edge of data/taxonomy.json', async () => {
    expect(await counts(engine)).toEqual(datasetSize);
  });

  it('loading the schema and the taxonomy again changes nothing', async () => {
    await applySchema(engine.store, library);
    await writeDataset(engine.store, library, dataset);
    expect(await counts(engine)).toEqual(datasetSize);
  });

  it.each(namedQueries.map((s) => [s.name.replace(/^queries\//, ''), s] as const))('%s runs with the example parameters from its header', async (name, statement) => {
    const answer = await engine.queries.run(name, exampleParams(statement));
    expect(answer.rows.length).toBeGreaterThan(0);
  });

  it('counts recursive self-improvement arising twice by parsimony, from the one tree-and-states read', async () => {
    const { traits } = await new ConvergenceService(engine.queries).analyse();
    const rsi = traits.find((t) => t.trait.id === 'trait-recursive-self-improvement');
    expect(rsi).toMatchObject({ origins: 2, derived: true, recorded: true, consistencyIndex: 0.5 });
    expect(rsi?.originTaxa.map((t) => t.id).sort()).toEqual(['family-recursidae', 'specimen-claude-opus-4-6']);
  });

  it('the console refuses a write and the graph is unchanged', async () => {
    await expect(engine.console.run('CREATE (n:Entity:Taxon {id: "intruder", name: "Intruder"}) RETURN n', {})).rejects.toMatchObject({
      code: 'query_refused',
      message: 'The console is read-only: CREATE writes to the graph',
    });
    expect(await counts(engine)).toEqual(datasetSize);
  });

  return () => engine;
}

describe('engine: embedded', () => {
  contract(() => Promise.resolve(EmbeddedStore.open(':memory:')));
});

onNeo4j(() => {
  const neo4j = contract(async () => Neo4jStore.connect(reachableNeo4j()));

  it('refuses a write that reaches the store directly, since console reads run in READ access mode', async () => {
    await expect(neo4j().store.read({ text: 'CREATE (n:Entity {id: "intruder"}) RETURN n' })).rejects.toMatchObject({ code: 'query_refused' });
    expect(await counts(neo4j())).toEqual(datasetSize);
  });

  // A label scan costs nothing on the seed and everything at scale (a lineage read 832 ms at a
  // million species), so the plan, not the clock, is what this holds.
  it('starts every query that names a node by id from an index, never a scan of a label', async () => {
    const target = reachableNeo4j();
    const driver = neo4jDriver.driver(target.uri, neo4jDriver.auth.basic(target.user, target.password));
    const operators = (plan: Plan): string[] => [plan.operatorType.replace(/@.*/, ''), ...plan.children.flatMap(operators)];
    const byId = namedQueries.filter((s) => s.params.some((p) => p.type === 'string' && /\bid\b/.test(p.description)));
    try {
      const scans = await Promise.all(
        byId.map(async (statement) => {
          const params = { ...Object.fromEntries(statement.params.map((p) => [p.name, typeof p.default === 'number' ? neo4jDriver.int(p.default) : p.default])), ...exampleParams(statement) };
          const { summary } = await driver.executeQuery(`EXPLAIN ${statement.text}`, params, { routing: 'READ' });
          return [statement.name, operators(summary.plan as Plan).filter((op) => op === 'NodeByLabelScan' || op === 'AllNodesScan')] as const;
        }),
      );
      expect(byId.length).toBeGreaterThanOrEqual(10);
      expect(Object.fromEntries(scans.filter(([, found]) => found.length))).toEqual({});
    } finally {
      await driver.close();
    }
  });
});

describe('neo4j adapter without a server', () => {
  // The adapter's connection timeouts are short so that a wrong NEO4J_URI fails the start in
  // seconds; this test's own timeout is that promise.
  it('rejects with store_unavailable when nothing listens at the URI', { timeout: 15_000 }, async () => {
    const store = Neo4jStore.connect({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused' });
    try {
      await expect(store.ping()).rejects.toMatchObject({ code: 'store_unavailable' });
      await expect(store.read({ text: library.get('queries/taxa/count').text })).rejects.toMatchObject({ code: 'store_unavailable' });
    } finally {
      await store.close();
    }
  });
});
