// Traits and the families that carry them: convergence across families stands out.
import { api } from '../../api/taxonomy.ts';
import type { ViewDefinition } from '../view.ts';

export const convergenceView: ViewDefinition = {
  id: 'convergence',
  label: 'Convergence',
  hint: 'Traits that arose in two or more families independently.',
  defaultLayout: 'fcose',
  key: () => 'convergence',
  load: async (_s, _catalog, signal) => {
    const convergence = await api.convergence(signal);
    const converging = convergence.traits.filter((t) => t.families.length >= 2).map((t) => t.trait.id);
    return { elements: convergence.elements, convergence, marked: converging };
  },
};
