// Traits and the families that carry them, convergence across families standing out; with a
// trait chosen, that trait's history drawn on the cladogram (history.ts).
import { api } from '../../api/taxonomy.ts';
import type { Elements } from '../../api/types.ts';
import { mergeElements } from '../../graph/merge.ts';
import { ancestors, parentMap } from '../../graph/tree.ts';
import type { Catalog } from '../../state/catalog.ts';
import type { ViewDefinition } from '../view.ts';
import { historyDrawing } from './history.ts';

export const convergenceView: ViewDefinition = {
  id: 'convergence',
  label: 'Convergence',
  hint: 'Traits that arose more than once, counted by parsimony on the classification. Choose one to draw its history.',
  defaultLayout: 'fcose',
  // Hundreds of families carrying dozens of traits make thousands of links: a force layout of
  // them takes seconds and reads as a hairball; the classification with the traits beside it does not.
  largeLayout: 'dagre',
  defaultDepth: 'family',
  // The trait the view is about (the `taxon` a view is about, in the link): its history is drawn.
  key: (s) => `convergence:${s.taxon ?? ''}`,
  load: async (s, catalog, signal) => {
    const trait = s.taxon !== undefined && catalog.nodes.get(s.taxon)?.kind === 'trait' ? s.taxon : undefined;
    const [convergence, history] = await Promise.all([api.convergence(signal), trait ? api.traitHistory(trait, signal) : undefined]);
    if (history) return { ...historyDrawing(history, catalog), convergence, history };
    const traits = new Set(convergence.traits.map((t) => t.trait.id));
    const converging = convergence.traits.filter((t) => t.derived).map((t) => t.trait.id);
    return { elements: mergeElements(carriersUpToFamilies(catalog, traits), convergence.elements), convergence, marked: converging };
  },
};

/**
 * Every taxon carrying one of the traits, recorded or not, with its classification up to its
 * family: folded to families, the picture says which families carry each trait and how.
 */
function carriersUpToFamilies(catalog: Catalog, traits: ReadonlySet<string>): Elements {
  const parents = parentMap(catalog.elements);
  const carrying = catalog.elements.edges.filter((e) => (e.data.type === 'HAS_TRAIT' || e.data.type === 'CONVERGES') && traits.has(e.data.target));
  const ids = new Set(carrying.flatMap((e) => [e.data.source, e.data.target]));
  for (const e of carrying) {
    for (const a of ancestors(parents, e.data.source)) {
      ids.add(a);
      if (catalog.nodes.get(a)?.rank === 'family') break;
    }
  }
  const nodes = [...ids].map((id) => catalog.nodes.get(id)).filter((n) => n !== undefined).map((data) => ({ data }));
  const tree = catalog.elements.edges.filter((e) => e.data.type === 'MEMBER_OF' && ids.has(e.data.source) && ids.has(e.data.target));
  return { nodes, edges: [...carrying, ...tree] };
}
