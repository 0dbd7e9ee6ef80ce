// GraphML (graphml.graphdrawing.org): a typed <key> for every attribute nodes and edges carry,
// lists written as JSON strings (GraphML has no list type), directed edges with their ids.
import { EDGE_TYPES, edgeId, KIND_LABELS, NODE_KINDS, RANK_LABELS, type Dataset, type Rank } from '../model.ts';

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

// XML 1.0 cannot carry most control characters, even escaped.
const INVALID_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The narrowest GraphML type that holds every value seen so far. */
function widen(type: GraphmlType | undefined, value: unknown): GraphmlType {
  const own: GraphmlType = typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double') : 'string';
  if (type === undefined || type === own) return own;
  if ((type === 'long' && own === 'double') || (type === 'double' && own === 'long')) return 'double';
  return 'string';
}

const asText = (value: unknown, type: GraphmlType) => (type === 'string' && typeof value !== 'string' ? JSON.stringify(value) : String(value));

interface Element {
  id: string;
  attrs: Record<string, unknown>;
}

/** The keys for one kind of element: name → {key id, type}, in name order. */
function keysFor(elements: Element[], prefix: string): Map<string, { key: string; type: GraphmlType }> {
  const types = new Map<string, GraphmlType>();
  for (const e of elements) for (const [k, v] of Object.entries(e.attrs)) if (v !== undefined && v !== null) types.set(k, widen(types.get(k), v));
  const names = [...types.keys()].sort();
  return new Map(names.map((name, i) => [name, { key: `${prefix}${i}`, type: types.get(name) as GraphmlType }]));
}

export function toGraphml(dataset: Dataset): string {
  const nodes: Element[] = NODE_KINDS.flatMap((kind) =>
    (dataset.nodes[kind] as Record<string, unknown>[]).map(({ id, ...props }) => {
      const labels = ['Entity', KIND_LABELS[kind], ...(kind === 'taxon' ? [RANK_LABELS[props.rank as Rank]] : [])];
      return { id: String(id), attrs: { kind, labels, ...props } };
    }),
  );
  const edges: (Element & { from: string; to: string })[] = EDGE_TYPES.flatMap((type) =>
    (dataset.edges[type] ?? []).map(({ from, to, ...props }) => ({ id: edgeId(type, { from, to, trait: props.trait }), from, to, attrs: { type, ...props } })),
  );
  const nodeKeys = keysFor(nodes, 'n');
  const edgeKeys = keysFor(edges, 'e');
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, { key, type }] of nodeKeys) out.push(`  <key id="${key}" for="node" attr.name="${xmlText(name)}" attr.type="${type}"/>`);
  for (const [name, { key, type }] of edgeKeys) out.push(`  <key id="${key}" for="edge" attr.name="${xmlText(name)}" attr.type="${type}"/>`);
  out.push('  <graph id="cladescope" edgedefault="directed">');
  const data = (attrs: Record<string, unknown>, keys: Map<string, { key: string; type: GraphmlType }>) =>
    Object.entries(attrs)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => {
        const { key, type } = keys.get(k) as { key: string; type: GraphmlType };
        return `<data key="${key}">${xmlText(asText(v, type))}</data>`;
      })
      .join('');
  for (const n of nodes) out.push(`    <node id="${xmlText(n.id)}">${data(n.attrs, nodeKeys)}</node>`);
  for (const e of edges) out.push(`    <edge id="${xmlText(e.id)}" source="${xmlText(e.from)}" target="${xmlText(e.to)}">${data(e.attrs, edgeKeys)}</edge>`);
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}
