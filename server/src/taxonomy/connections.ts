// The connections between two nodes besides the classification, each said for what it is:
// heritage, descent, absorption, a trait both carry, a family both inherit from, a paper or a lab
// they share. Built from the lineage/connections-between and lineage/shared-neighbours answers.
import { isGraphNode, type GraphNode, type GraphRelationship, type Row } from '../store/graph-store.ts';

export type ConnectionKind = 'heritage' | 'descent' | 'absorption' | 'shared-heritage' | 'shared-descent' | 'shared-trait' | 'shared-paper' | 'shared-lab' | 'linked';

export interface Connection {
  kind: ConnectionKind;
  /** A sentence for the reader, e.g. "Both inherit tool use from Instrumentidae". */
  label: string;
  /** The node both are joined to, for a shared connection. */
  via: { id: string; label: string } | null;
  /** The relationships that make the connection, by id. */
  edges: string[];
}

const nameOf = (n: GraphNode) => String(n.properties.name ?? n.properties.title ?? n.properties.id);
const idOf = (n: GraphNode) => String(n.properties.id ?? n.elementId);
const edgeId = (r: GraphRelationship) => String(r.properties.id ?? r.elementId);
const unique = (rels: GraphRelationship[]) => [...new Map(rels.map((r) => [r.elementId, r])).values()];

/** What a relationship says of the node at `subject`'s end, e.g. "inherits tool use from". */
function phrase(r: GraphRelationship, subject: GraphNode, trait: (id: unknown) => string | undefined): string {
  const out = r.startElementId === subject.elementId;
  const named = trait(r.properties.trait);
  switch (r.type) {
    case 'HERITAGE':
      return out ? `inherits ${named ?? 'a trait'} from` : `passes ${named ?? 'a trait'} on to`;
    case 'DESCENDS_FROM':
      return out ? 'descends from' : 'is an ancestor of';
    case 'ABSORBS':
      return out ? 'absorbed' : 'was absorbed by';
    case 'HAS_TRAIT':
      return out ? 'carries' : 'is carried by';
    case 'CONVERGES':
      return out ? 'acquired independently' : 'was acquired independently by';
    case 'DESCRIBES':
      return out ? 'describes' : 'is described in';
    case 'DEVELOPED_BY':
      return out ? 'is built by' : 'builds';
    default:
      return `is joined (${r.type}) to`;
  }
}

const KIND_OF_DIRECT: Record<string, ConnectionKind> = { HERITAGE: 'heritage', DESCENDS_FROM: 'descent', ABSORBS: 'absorption' };

export function describeConnections(row: Row | undefined, sharedRows: Row[]): Connection[] {
  if (!row || !isGraphNode(row.from) || !isGraphNode(row.to)) return [];
  const a = row.from;
  const b = row.to;
  const traitNames = new Map((row.traits as unknown[]).filter(isGraphNode).map((t) => [idOf(t), nameOf(t)]));
  const trait = (id: unknown) => (typeof id === 'string' ? (traitNames.get(id) ?? id) : undefined);
  const connections: Connection[] = [];

  for (const d of unique(row.direct as GraphRelationship[])) {
    connections.push({ kind: KIND_OF_DIRECT[d.type] ?? 'linked', label: `${nameOf(a)} ${phrase(d, a, trait)} ${nameOf(b)}`, via: null, edges: [edgeId(d)] });
  }

  for (const shared of sharedRows as { via: unknown; fromA: GraphRelationship[]; fromB: GraphRelationship[] }[]) {
    if (!isGraphNode(shared.via)) continue;
    const via = shared.via;
    const fromA = unique(shared.fromA);
    const fromB = unique(shared.fromB);
    const edges = [...fromA, ...fromB].map(edgeId);
    const ref = { id: idOf(via), label: nameOf(via) };
    const all = (rels: GraphRelationship[], type: string, subject: GraphNode) => rels.length > 0 && rels.every((r) => r.type === type && r.startElementId === subject.elementId);
    const both = (type: string) => all(fromA, type, a) && all(fromB, type, b);
    const labels = via.labels;
    let kind: ConnectionKind = 'linked';
    let label: string;
    if (labels.includes('Trait') && [...fromA, ...fromB].every((r) => r.type === 'HAS_TRAIT' || r.type === 'CONVERGES')) {
      kind = 'shared-trait';
      const independent = fromA.some((r) => r.type === 'CONVERGES') && fromB.some((r) => r.type === 'CONVERGES');
      label = `Both carry ${ref.label}${independent ? ', each acquired independently' : ''}`;
    } else if (labels.includes('Paper') && [...fromA, ...fromB].every((r) => r.type === 'DESCRIBES')) {
      kind = 'shared-paper';
      label = `Both are described in ${ref.label}`;
    } else if (labels.includes('Lab') && both('DEVELOPED_BY')) {
      kind = 'shared-lab';
      label = `Both are built by ${ref.label}`;
    } else if (both('HERITAGE')) {
      kind = 'shared-heritage';
      const traits = [...new Set([...fromA, ...fromB].map((r) => trait(r.properties.trait)).filter((t): t is string => t !== undefined))];
      label = `Both inherit ${traits.length ? traits.join(', ') : 'from the same lineage'}${traits.length ? ' from' : ':'} ${ref.label}`;
    } else if (both('DESCENDS_FROM')) {
      kind = 'shared-descent';
      label = `Both descend from ${ref.label}`;
    } else {
      const say = (rels: GraphRelationship[], subject: GraphNode) => rels.map((r) => `${nameOf(subject)} ${phrase(r, subject, trait)} ${ref.label}`).join('; ');
      label = `${say(fromA, a)}; ${say(fromB, b)}`;
    }
    connections.push({ kind, label, via: ref, edges });
  }
  return connections;
}
