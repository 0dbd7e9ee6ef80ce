// One trait's history as the cladogram draws it: every taxon of the answer with the catalog's
// data and a `history` mark for the stylesheet (carrier, reconstructed ancestor, ambiguous,
// inherited by heritage, absent), the branch of each origin and loss marked, and the heritage
// edges of that trait so a sideways inheritance is seen where it comes from. Pure.
import type { EdgeData, Elements, HistoryNodeData, TraitHistoryAnswer } from '../../api/types.ts';
import type { Catalog } from '../../state/catalog.ts';

/** What the stylesheet reads (`node[history = "…"]`). */
export type HistoryMark = 'carrier' | 'ancestor' | 'ambiguous' | 'heritage' | 'absent';

export function historyMark(n: Pick<HistoryNodeData, 'state' | 'carrier'>): HistoryMark {
  if (n.carrier === 'heritage') return 'heritage';
  if (n.carrier === 'recorded' || n.carrier === 'member') return 'carrier';
  if (n.state === 'ambiguous') return 'ambiguous';
  return n.state === 'present' ? 'ancestor' : 'absent';
}

export function historyDrawing(history: TraitHistoryAnswer, catalog: Catalog): { elements: Elements; marked: string[]; reveal: string[] } {
  const ids = new Set(history.elements.nodes.map((n) => n.data.id));
  const nodes = history.elements.nodes.map(({ data }) => ({
    data: { ...(catalog.nodes.get(data.id) ?? data), history: historyMark(data), ...(data.origin && { origin: true }), ...(data.loss && { loss: true }) },
  }));
  const edges: { data: EdgeData }[] = history.elements.edges.map(({ data }) => ({ data: { ...data } }));
  const heritage = catalog.elements.edges.filter((e) => e.data.type === 'HERITAGE' && e.data.trait === history.trait.id && ids.has(e.data.source) && ids.has(e.data.target));
  // The models that carry the trait (recorded, or inherited sideways) with the labs that build
  // them: the canvas frames these (`frame`), the rest of the cladogram a pan away.
  const model = (id: string) => ['species', 'specimen'].includes(catalog.nodes.get(id)?.rank ?? '');
  const carriers = new Set(history.elements.nodes.filter(({ data }) => (data.carrier === 'recorded' || data.carrier === 'heritage') && model(data.id)).map(({ data }) => data.id));
  const built = catalog.elements.edges.filter((e) => e.data.type === 'DEVELOPED_BY' && carriers.has(e.data.source));
  const labs = [...new Set(built.map((e) => e.data.target))].map((id) => catalog.nodes.get(id)).filter((n) => n !== undefined);
  const framed = new Set([...carriers, ...labs.map((n) => n.id)]);
  const all = [...nodes, ...labs.map((data) => ({ data: { ...data } }))].map(({ data }) => ({ data: framed.has(data.id) ? { ...data, frame: true } : data }));
  const origins = history.elements.nodes.filter((n) => n.data.origin).map((n) => n.data.id);
  return { elements: { nodes: all, edges: [...edges, ...heritage, ...built] }, marked: origins, reveal: [...ids, ...labs.map((n) => n.id)] };
}
