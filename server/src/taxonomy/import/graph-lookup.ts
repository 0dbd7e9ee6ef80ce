// What an import needs to know of the graph before it writes, read through cypher/import in
// batches of ids so memory follows the batch, not the graph.
import type { CypherLibrary } from '../../cypher/library.ts';
import type { GraphStore, Row } from '../../store/graph-store.ts';
import { KIND_LABELS, NODE_KINDS, type NodeKind } from '../model.ts';

export const LOOKUP_BATCH = 2_000;

export interface ExistingNode {
  id: string;
  kind: NodeKind | undefined;
  rank: string | undefined;
  props: Record<string, unknown>;
}

export interface ExistingEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface NamedTaxon {
  id: string;
  name: string;
  rank: string;
}

export function kindOfLabels(labels: unknown): NodeKind | undefined {
  const list = Array.isArray(labels) ? labels : [];
  return NODE_KINDS.find((k) => list.includes(KIND_LABELS[k]));
}

export class GraphLookup {
  constructor(
    private readonly store: GraphStore,
    private readonly library: CypherLibrary,
    /** Called after each batch read, for a progress bar. */
    private readonly onBatch: () => void = () => undefined,
  ) {}

  /** How many reads a lookup of n values will take. */
  static batches(n: number): number {
    return Math.ceil(n / LOOKUP_BATCH);
  }

  private async batched(name: string, param: string, values: string[], each: (rows: Row[]) => void): Promise<void> {
    const text = this.library.get(name).text;
    for (let i = 0; i < values.length; i += LOOKUP_BATCH) {
      const { rows } = await this.store.read({ text, params: { [param]: values.slice(i, i + LOOKUP_BATCH) } });
      each(rows);
      this.onBatch();
    }
  }

  nodes(ids: string[], each: (nodes: ExistingNode[]) => void): Promise<void> {
    return this.batched('import/nodes-by-id', 'ids', ids, (rows) =>
      each(rows.map((r) => {
        const props = (r.props ?? {}) as Record<string, unknown>;
        return { id: String(r.id), kind: kindOfLabels(r.labels), rank: typeof props.rank === 'string' ? props.rank : undefined, props };
      })),
    );
  }

  edgesFrom(ids: string[], each: (edges: ExistingEdge[]) => void): Promise<void> {
    return this.batched('import/edges-from', 'ids', ids, (rows) =>
      each(rows.map((r) => ({ id: String(r.id), type: String(r.type), from: String(r.from), to: String(r.to), props: (r.props ?? {}) as Record<string, unknown> }))),
    );
  }

  async parents(type: 'MEMBER_OF' | 'DESCENDS_FROM', ids: string[]): Promise<{ child: string; parent: string }[]> {
    const out: { child: string; parent: string }[] = [];
    const name = type === 'MEMBER_OF' ? 'import/member-of-parents' : 'import/descends-from-parents';
    await this.batched(name, 'ids', ids, (rows) => out.push(...rows.map((r) => ({ child: String(r.child), parent: String(r.parent) }))));
    return out;
  }

  async taxaByName(names: string[]): Promise<NamedTaxon[]> {
    const out: NamedTaxon[] = [];
    await this.batched('import/taxa-by-name', 'names', [...new Set(names.map((n) => n.toLowerCase()))], (rows) =>
      out.push(...rows.map((r) => ({ id: String(r.id), name: String(r.name), rank: String(r.rank) }))),
    );
    return out;
  }

  async traits(): Promise<{ id: string; name: string }[]> {
    const { rows } = await this.store.read({ text: this.library.get('import/traits').text });
    return rows.map((r) => ({ id: String(r.id), name: String(r.name) }));
  }
}
