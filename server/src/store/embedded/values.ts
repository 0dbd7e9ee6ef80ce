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
    row[columns[j]!] = plainValue(v);
  }
  return row;
};

const plainValue = (v: unknown): unknown => (v !== null && (typeof v === 'object' || typeof v === 'bigint') ? toPlain(v) : v);

const GRAFEO_KEYS = new Set(['_id', '_labels', '_source', '_target', '_type']);

export function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  const { _id, _labels, _source, _target, _type } = value as Row;
  if (_id !== undefined && Array.isArray(_labels)) {
    return { kind: 'node', elementId: `n${String(_id)}`, labels: [..._labels].sort(), properties: sortedPlain(value as Row, GRAFEO_KEYS) } satisfies GraphNode;
  }
  if (_id !== undefined && typeof _type === 'string') {
    return {
      kind: 'relationship',
      elementId: `r${String(_id)}`,
      type: _type,
      startElementId: `n${String(_source)}`,
      endElementId: `n${String(_target)}`,
      properties: sortedPlain(value as Row, GRAFEO_KEYS),
    } satisfies GraphRelationship;
  }
  if (isGrafeoPath(value)) return pathOf(value);
  return sortedPlain(value as Row);
}

/**
 * A map's values made plain, in key order, as the Neo4j adapter answers them: exports written
 * from either engine read the same. One pass (a large answer is mostly such maps: two passes
 * and their garbage were a fifth of a family's lineage at 100,000 species).
 */
function sortedPlain(map: Row, skip?: Set<string>): Row {
  const out: Row = {};
  for (const key of Object.keys(map).sort()) if (!skip?.has(key)) out[key] = plainValue(map[key]);
  return out;
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
