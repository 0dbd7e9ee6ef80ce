// Grafeo's values as the port's plain values: nodes {_id,_labels,...} and relationships
// {_id,_source,_target,_type,...} become GraphNode and GraphRelationship; bigints become numbers.
// Shared by the store and the console process, so both answer the same shapes.
import type { GraphNode, GraphRelationship } from '../graph-store.ts';

export type Row = Record<string, unknown>;

export function mapValues(row: Row, f: (v: unknown) => unknown): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, f(v)]));
}

/** A row of values by column; only graph values, lists and maps need converting. */
const plainRow = (columns: string[]) => (values: unknown[]): Row => {
  const row: Row = {};
  for (let j = 0; j < columns.length; j++) {
    const v = values[j];
    row[columns[j]!] = v !== null && (typeof v === 'object' || typeof v === 'bigint') ? toPlain(v) : v;
  }
  return row;
};

export function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (isGrafeoPath(value)) return pathOf(value);
  const { _id, _labels, _source, _target, _type, ...rest } = value as Row;
  const properties = sortedKeys(mapValues(rest, toPlain));
  if (_id !== undefined && Array.isArray(_labels)) {
    return { kind: 'node', elementId: `n${String(_id)}`, labels: [..._labels].sort(), properties } satisfies GraphNode;
  }
  if (_id !== undefined && typeof _type === 'string') {
    return {
      kind: 'relationship',
      elementId: `r${String(_id)}`,
      type: _type,
      startElementId: `n${String(_source)}`,
      endElementId: `n${String(_target)}`,
      properties,
    } satisfies GraphRelationship;
  }
  return sortedKeys(mapValues(value as Row, toPlain));
}

/** Maps in key order, as the Neo4j adapter answers them: exports written from either engine read the same. */
function sortedKeys(map: Row): Row {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

interface GrafeoPath {
  nodes: Row[];
  edges: Row[];
}

/** Grafeo answers a path as {nodes, edges}; Neo4j's adapter as {nodes, relationships}. */
function isGrafeoPath(value: object): value is GrafeoPath {
  const { nodes, edges, ...rest } = value as Partial<GrafeoPath>;
  return Object.keys(rest).length === 0 && Array.isArray(nodes) && Array.isArray(edges) && nodes.every((n) => Array.isArray(n?._labels)) && edges.every((e) => typeof e?._type === 'string');
}

/**
 * The port's path: its nodes in order, and its relationships in the same order, from the first
 * node to the last. Grafeo lists a variable-length path's edges in no such order, so each step
 * takes the unused edge that joins the two nodes it walks between.
 */
function pathOf({ nodes, edges }: GrafeoPath): { nodes: unknown[]; relationships: unknown[] } {
  const unused = [...edges];
  const relationships = nodes.slice(1).map((to, i) => {
    const from = nodes[i] as Row;
    const at = unused.findIndex((e) => (e._source === from._id && e._target === to._id) || (e._source === to._id && e._target === from._id));
    return at < 0 ? undefined : unused.splice(at, 1)[0];
  });
  const ordered = relationships.every((r) => r !== undefined) ? relationships : edges;
  return { nodes: nodes.map(toPlain), relationships: ordered.map(toPlain) };
}

/**
 * The rows of a result, up to maxRows and about maxBytes of JSON. A whole, uncapped answer
 * crosses from the engine in one rows() call (half the cost of a 100k-row read); a capped one
 * is converted row by row, so only the rows kept are paid for.
 */
export function takeRows(result: { columns: string[]; length: number; get(index: number): Row; rows?(): unknown[][] }, maxRows = Infinity, maxBytes = Infinity): { rows: Row[]; truncated: boolean } {
  const count = Math.min(result.length, maxRows);
  if (count === result.length && maxBytes === Infinity && result.rows) return { rows: result.rows().map(plainRow(result.columns)), truncated: false };
  const rows: Row[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const row = mapValues(result.get(i), toPlain);
    if (maxBytes !== Infinity) {
      bytes += JSON.stringify(row).length;
      if (bytes > maxBytes) return { rows, truncated: true };
    }
    rows.push(row);
  }
  return { rows, truncated: result.length > count };
}
