// The web of HERITAGE and ABSORBS around a taxon or family: who inherits what from whom.
import { api } from '../../api/taxonomy.ts';
import type { ViewDefinition } from '../view.ts';

export const heritageView: ViewDefinition = {
  id: 'heritage',
  label: 'Heritage',
  hint: 'Which lineages a taxon inherits from, for which trait, and what it absorbed.',
  defaultLayout: 'fcose',
  key: (s) => (s.taxon ? `heritage:${s.taxon}` : undefined),
  load: async (s, _catalog, signal) => {
    const { elements } = await api.heritage(s.taxon as string, signal);
    return { elements, reveal: [s.taxon as string], marked: [s.taxon as string] };
  },
};
