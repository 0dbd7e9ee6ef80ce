// A diff's elements as the cladogram draws them: a taxon moved to another parent is drawn at
// both places, its old place a struck "was here" copy joined to the new one by an arrow; removed
// nodes keep their place with their names struck through. Pure.
import type { EdgeData, EdgeType, Elements, NodeData } from '../../api/types.ts';

export type DiffMark = 'added' | 'removed' | 'changed' | 'same' | 'moved';
type Marked<T> = T & { diff?: DiffMark; changedFields?: string[]; movedFrom?: string };

/** The edge type of the arrow from a moved taxon's old place to its new one (not a relationship of the model). */
export const MOVED = 'MOVED' as EdgeType;
export const ghostId = (id: string) => `was--${id}`;

/** Text struck through with a combining long stroke, which the canvas draws as it draws any text. */
export const strike = (text: string) => [...text].map((c) => `${c}\u0336`).join('');

export function diffDrawing(elements: Elements): Elements {
  const nodes = elements.nodes.map((n) => n.data as Marked<NodeData>);
  const edges = elements.edges.map((e) => ({ ...(e.data as Marked<EdgeData>) }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const memberOf = (mark: DiffMark) => new Map(edges.filter((e) => e.type === 'MEMBER_OF' && e.diff === mark).map((e) => [e.source, e]));
  const gone = memberOf('removed');
  const came = memberOf('added');

  const out: Marked<NodeData>[] = [];
  const extraEdges: Marked<EdgeData>[] = [];
  for (const n of nodes) {
    if (n.diff === 'removed') {
      out.push({ ...n, label: strike(n.label), commonNames: n.commonNames?.map(strike) });
      continue;
    }
    const old = gone.get(n.id);
    const now = came.get(n.id);
    if (old && now && n.diff !== 'added') {
      const ghost = ghostId(n.id);
      out.push({ ...n, id: ghost, label: strike(n.label), commonNames: [`was in ${byId.get(old.target)?.label ?? old.target}`], diff: 'removed', movedFrom: undefined });
      old.source = ghost;
      old.id = `${ghost}~MEMBER_OF~${old.target}`;
      extraEdges.push({ id: `${ghost}~MOVED~${n.id}`, source: ghost, target: n.id, type: MOVED, diff: 'moved', confidence: 'high' });
      out.push({ ...n, diff: 'changed', movedFrom: old.target, changedFields: [...(n.changedFields ?? []), 'placement'] });
      continue;
    }
    out.push(n);
  }
  return { nodes: out.map((data) => ({ data })), edges: [...edges, ...extraEdges].map((data) => ({ data })) };
}

/** Nodes to draw even inside a folded clade: everything the diff touched. */
export function touched(elements: Elements): string[] {
  return elements.nodes.filter((n) => (n.data as Marked<NodeData>).diff && (n.data as Marked<NodeData>).diff !== 'same').map((n) => n.data.id);
}
