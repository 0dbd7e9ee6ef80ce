// Writes a dataset into the store through cypher/import: nodes then edges, MERGE on id, in
// batches inside one transaction, so a load either lands whole or not at all.
import type { CypherLibrary } from '../cypher/library.ts';
import type { GraphStore, Statement } from '../store/graph-store.ts';
import { EDGE_TYPES, edgeId, storedProps, type Dataset, type NodeKind } from './model.ts';

const BATCH = 2_000;

const withoutUndefined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function nodeRows(dataset: Dataset) {
  return (Object.entries(dataset.nodes) as [NodeKind, { id: string; rank?: string }[]][]).flatMap(([kind, nodes]) =>
    nodes.map(({ id, ...props }) => ({ id, kind, rank: props.rank ?? null, props: storedProps(withoutUndefined(props)) })),
  );
}

export function edgeRows(dataset: Dataset) {
  return EDGE_TYPES.flatMap((type) =>
    (dataset.edges[type] ?? []).map(({ from, to, ...props }) => ({ id: edgeId(type, { from, to, trait: props.trait }), type, from, to, props: storedProps(withoutUndefined(props)) })),
  );
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

type NodeRow = ReturnType<typeof nodeRows>[number];

/**
 * import/upsert-nodes (or import/create-nodes/<rank or kind>, for nodes known not to exist yet)
 * in batches whose rows share a kind and rank, which give every row's labels.
 */
export function nodeStatements(library: CypherLibrary, rows: NodeRow[], write: 'upsert' | 'create' = 'upsert'): Statement[] {
  const groups = new Map<string, NodeRow[]>();
  for (const row of rows) {
    const key = `${row.kind}:${row.rank ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].flatMap((group) => {
    const { kind, rank } = group[0] as NodeRow;
    if (write === 'create') {
      const text = library.get(`import/create-nodes/${kind === 'taxon' ? rank : kind}`).text;
      return batches(group).map((batch) => ({ text, params: { rows: batch } }));
    }
    const text = library.get('import/upsert-nodes').text;
    return batches(group).map((batch) => ({ text, params: { rows: batch, kind, rank } }));
  });
}

type EdgeRow = ReturnType<typeof edgeRows>[number];

/**
 * import/create-edges/<type> in batches of one type, for edges known not to exist yet (an import
 * has read every edge from their start nodes): CREATE, where the upsert would MERGE.
 */
export function newEdgeStatements(library: CypherLibrary, rows: EdgeRow[]): Statement[] {
  return EDGE_TYPES.flatMap((type) => {
    const text = library.get(`import/create-edges/${type.toLowerCase().replaceAll('_', '-')}`).text;
    return batches(rows.filter((r) => r.type === type)).map((batch) => ({ text, params: { rows: batch } }));
  });
}

export function datasetStatements(library: CypherLibrary, dataset: Dataset): Statement[] {
  const edges = library.get('import/upsert-edges').text;
  return [
    ...nodeStatements(library, nodeRows(dataset)),
    ...batches(edgeRows(dataset)).map((rows) => ({ text: edges, params: { rows } })),
    { text: library.get('import/search-text').text },
  ];
}

/** Schema statements for an engine: the shared ones plus its own folder (`schema/embedded/`). */
export function schemaStatements(library: CypherLibrary, engine: GraphStore['engine']): Statement[] {
  const otherEngines = ['embedded', 'neo4j'].filter((e) => e !== engine).map((e) => `schema/${e}/`);
  return library
    .list('schema')
    .filter((s) => !otherEngines.some((prefix) => s.name.startsWith(prefix)))
    .map((s) => ({ text: s.text }));
}

export async function applySchema(store: GraphStore, library: CypherLibrary): Promise<void> {
  await store.write(schemaStatements(library, store.engine));
}

export async function writeDataset(store: GraphStore, library: CypherLibrary, dataset: Dataset): Promise<void> {
  await store.write(datasetStatements(library, dataset));
}
