// The whole taxonomy, loaded once and shared by every view: names, family colours, trait
// carriers, the papers describing each node, and the options the filters offer.
import { api } from '../api/taxonomy.ts';
import type { Elements, NodeData } from '../api/types.ts';
import { traitCarriers } from '../graph/filters.ts';
import { parseDate } from '../graph/layouts.ts';
import { familyColors } from '../graph/model.ts';
import { displayName } from '../graph/reader-text.ts';

export interface Catalog {
  elements: Elements;
  nodes: Map<string, NodeData>;
  names: Map<string, string>;
  colors: Map<string, string>;
  carriers: Map<string, Set<string>>;
  /** Node id → papers that describe it. */
  papersOf: Map<string, NodeData[]>;
  families: NodeData[];
  traits: NodeData[];
  /** The first and last dates in the taxonomy, YYYY-MM-DD. */
  dates: { first: string; last: string };
}

let loading: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  loading ??= api.graph().then(({ elements }) => buildCatalog(elements));
  // A failed load is not kept: the next call tries again.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** After an import the taxonomy has changed: the next load asks again. */
export function forgetCatalog(): void {
  loading = undefined;
}

export function buildCatalog(elements: Elements): Catalog {
  const nodes = new Map(elements.nodes.map((n) => [n.data.id, n.data]));
  const byName = (a: NodeData, b: NodeData) => a.label.localeCompare(b.label);
  const papersOf = new Map<string, NodeData[]>();
  for (const { data } of elements.edges) {
    const paper = nodes.get(data.source);
    if (data.type !== 'DESCRIBES' || !paper) continue;
    papersOf.set(data.target, [...(papersOf.get(data.target) ?? []), paper]);
  }
  const times = [...nodes.values()].map((n) => parseDate(n.firstSeen ?? n.date)).filter((t): t is number => t !== undefined);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const families = [...nodes.values()].filter((n) => n.rank === 'family').sort(byName);
  return {
    elements,
    nodes,
    names: new Map([...nodes.values()].map((n) => [n.id, displayName(n)])),
    colors: familyColors(families.map((f) => f.id)),
    carriers: traitCarriers(elements),
    papersOf,
    families,
    traits: [...nodes.values()].filter((n) => n.kind === 'trait').sort(byName),
    dates: times.length ? { first: day(Math.min(...times)), last: day(Math.max(...times)) } : { first: '2017-01-01', last: day(Date.now()) },
  };
}
