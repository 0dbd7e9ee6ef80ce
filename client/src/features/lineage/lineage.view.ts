// A taxon's ancestors and descendants, its path to the root highlighted.
import { api } from '../../api/taxonomy.ts';
import type { ViewDefinition } from '../view.ts';

export const lineageView: ViewDefinition = {
  id: 'lineage',
  label: 'Lineage',
  hint: 'Ancestors and descendants of one taxon, its path to the root marked.',
  defaultLayout: 'dagre',
  key: (s) => (s.taxon ? `lineage:${s.taxon}` : undefined),
  load: async (s, _catalog, signal) => {
    const { elements, path } = await api.lineage(s.taxon as string, signal);
    return { elements, marked: path, reveal: path };
  },
};
