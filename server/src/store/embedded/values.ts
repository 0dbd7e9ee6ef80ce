// Grafeo's values as the port's plain values: nodes {_id,_labels,...} and relationships
// {_id,_source,_target,_type,...} become GraphNode and GraphRelationship; bigints become numbers.
// Shared by the store and the console process, so both answer the same shapes.
import type { GraphNode, GraphRelationship } from '../graph-store.ts';

export type Row = Record<string, unknown>;

export function mapValues(row: Row, f: (v: unknown) => unknown): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, f(v)]));
}

export function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  const { _id, _labels, _source, _target, _type, ...rest } = value as Row;
  const properties = mapValues(rest, toPlain);
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
  return mapValues(value as Row, toPlain);
}

/** The rows of a result, converted one at a time, up to maxRows and about maxBytes of JSON. */
export function takeRows(result: { length: number; get(index: number): Row }, maxRows = Infinity, maxBytes = Infinity): { rows: Row[]; truncated: boolean } {
  const count = Math.min(result.length, maxRows);
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
