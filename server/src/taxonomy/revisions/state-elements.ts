// A graph state (as a revision saw it) as the Cytoscape elements GET /api/graph answers, and two
// states drawn as one: the union, each element marked added, removed, changed or same.
import type { GraphNode, GraphRelationship } from '../../store/graph-store.ts';
import { toCytoscapeElements, type Elements, type FamilyOf } from '../elements.ts';
import { KIND_LABELS, RANK_LABELS, type Rank } from '../model.ts';
import { changedFields, type Change, type GraphState, type NodeState } from './changes.ts';

export type DiffMark = 'added' | 'removed' | 'changed' | 'same';

function labelsOf(state: NodeState): string[] {
  const rank = state.props.rank as Rank | undefined;
  return ['Entity', KIND_LABELS[state.kind], ...(rank && RANK_LABELS[rank] ? [RANK_LABELS[rank]] : [])].sort();
}

/** Each taxon's family, walking MEMBER_OF up as queries/taxa/families does (the family itself for a family). */
function familiesOf(state: GraphState): (id: string) => FamilyOf | undefined {
  const parents = new Map<string, string[]>();
  for (const e of state.edges.values()) if (e.type === 'MEMBER_OF') parents.set(e.from, [...(parents.get(e.from) ?? []), e.to]);
  const found = new Map<string, FamilyOf | undefined>();
  const find = (id: string): FamilyOf | undefined => {
    if (found.has(id)) return found.get(id);
    const seen = new Set<string>();
    let frontier = [id];
    for (let depth = 0; depth <= 12 && frontier.length; depth++) {
      for (const at of frontier) {
        const node = state.nodes.get(at);
        if (node?.props.rank === 'family') {
          const family = { family: at, familyName: String(node.props.name ?? at) };
          found.set(id, family);
          return family;
        }
      }
      frontier.forEach((x) => seen.add(x));
      frontier = frontier.flatMap((x) => parents.get(x) ?? []).filter((x) => !seen.has(x));
    }
    found.set(id, undefined);
    return undefined;
  };
  return (id) => (state.nodes.get(id)?.kind === 'taxon' ? find(id) : undefined);
}

export function stateElements(state: GraphState): Elements {
  const nodes: GraphNode[] = [...state.nodes].map(([id, n]) => ({ kind: 'node', elementId: `n:${id}`, labels: labelsOf(n), properties: { ...n.props, id } }));
  const edges: GraphRelationship[] = [...state.edges].map(([id, e]) => ({ kind: 'relationship', elementId: `r:${id}`, type: e.type, startElementId: `n:${e.from}`, endElementId: `n:${e.to}`, properties: { ...e.props, id } }));
  return toCytoscapeElements([{ nodes, edges }], familiesOf(state));
}

/**
 * The union of two states, drawn from the newer side where an element is on both (the older
 * where it was removed). Each element's data gains `diff` and, when changed, `changedFields`.
 */
export function diffElements(from: GraphState, to: GraphState, changes: Change[]): Elements {
  const union: GraphState = { nodes: new Map([...from.nodes, ...to.nodes]), edges: new Map([...from.edges, ...to.edges]) };
  const byKey = new Map(changes.map((c) => [`${c.kind}:${c.entity}`, c]));
  const mark = (kind: 'node' | 'edge', id: string, inFrom: boolean, inTo: boolean) => {
    if (!inFrom) return { diff: 'added' as DiffMark };
    if (!inTo) return { diff: 'removed' as DiffMark };
    const change = byKey.get(`${kind}:${id}`);
    const fields = change ? changedFields(change) : {};
    return Object.keys(fields).length ? { diff: 'changed' as DiffMark, changedFields: Object.keys(fields) } : { diff: 'same' as DiffMark };
  };
  const elements = stateElements(union);
  return {
    nodes: elements.nodes.map((n) => ({ data: { ...n.data, ...mark('node', n.data.id, from.nodes.has(n.data.id), to.nodes.has(n.data.id)) } })),
    edges: elements.edges.map((e) => ({ data: { ...e.data, ...mark('edge', e.data.id, from.edges.has(e.data.id), to.edges.has(e.data.id)) } })),
  };
}
