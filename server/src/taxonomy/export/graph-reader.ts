// Reads what an export writes, as a dataset (model.ts): the whole graph, the nodes with some
// ids and the edges between them, or the graph a named query answers. Sorted by id, so the same
// graph always exports to the same bytes.
import type { CypherLibrary } from '../../cypher/library.ts';
import type { GraphStore, Row } from '../../store/graph-store.ts';
import { collectGraph } from '../elements.ts';
import { datasetProps, EDGE_TYPES, KIND_LABELS, NODE_KINDS, type Dataset, type Edge, type NodeKind } from '../model.ts';
import type { QueryService } from '../query.service.ts';

export interface RawNode {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface RawEdge {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const kindOf = (labels: string[]): NodeKind | undefined => NODE_KINDS.find((k) => labels.includes(KIND_LABELS[k]));

/** Nodes and edges as the graph holds them → the dataset format; anything outside the model is left out. */
export function toDataset(nodes: RawNode[], edges: RawEdge[]): Dataset {
  const dataset: Dataset = { version: 1, nodes: { taxon: [], trait: [], paper: [], lab: [] }, edges: {} };
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const node of [...nodes].sort(byId)) {
    const kind = kindOf(node.labels);
    if (!kind) continue;
    const { id: _id, ...props } = datasetProps(node.props);
    (dataset.nodes[kind] as unknown[]).push({ id: node.id, ...props });
  }
  const key = (e: RawEdge) => `${e.from}\u0000${e.to}\u0000${String(e.props.trait ?? '')}`;
  for (const type of EDGE_TYPES) {
    const list = edges
      .filter((e) => e.type === type)
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
      .map((e) => {
        const { id: _id, ...props } = datasetProps(e.props);
        return { from: e.from, to: e.to, ...props } as Edge;
      });
    if (list.length) dataset.edges[type] = list;
  }
  return dataset;
}

const nodeRow = (r: Row): RawNode => ({ id: String(r.id), labels: (r.labels as string[]) ?? [], props: (r.props ?? {}) as Record<string, unknown> });
const edgeRow = (r: Row): RawEdge => ({ type: String(r.type), from: String(r.from), to: String(r.to), props: (r.props ?? {}) as Record<string, unknown> });

export class GraphReader {
  constructor(
    private readonly store: GraphStore,
    private readonly library: CypherLibrary,
    private readonly queries: QueryService,
  ) {}

  async all(): Promise<Dataset> {
    const nodes = await this.store.read({ text: this.library.get('export/nodes').text });
    const edges = await this.store.read({ text: this.library.get('export/edges').text });
    return toDataset(nodes.rows.map(nodeRow), edges.rows.map(edgeRow));
  }

  async byIds(ids: string[]): Promise<Dataset> {
    const nodes = await this.store.read({ text: this.library.get('export/nodes-by-id').text, params: { ids } });
    const edges = await this.store.read({ text: this.library.get('export/edges-between').text, params: { ids } });
    return toDataset(nodes.rows.map(nodeRow), edges.rows.map(edgeRow));
  }

  /** The nodes and relationships a named query answers (edges only where both ends are there). */
  async byQuery(name: string, params: unknown): Promise<Dataset> {
    const { rows } = await this.queries.rows(name, params);
    const { nodes, relationships } = collectGraph(rows);
    const idOf = new Map(nodes.map((n) => [n.elementId, String(n.properties.id ?? n.elementId)]));
    const edges = relationships.flatMap((r) => {
      const from = idOf.get(r.startElementId);
      const to = idOf.get(r.endElementId);
      return from && to ? [{ type: r.type, from, to, props: r.properties }] : [];
    });
    return toDataset(
      nodes.map((n) => ({ id: String(n.properties.id ?? n.elementId), labels: n.labels, props: n.properties })),
      edges,
    );
  }
}
