// A named query from the library, run with the reader's parameters.
import { api } from '../../api/taxonomy.ts';
import type { ViewDefinition } from '../view.ts';

export const queriesView: ViewDefinition = {
  id: 'queries',
  label: 'Queries',
  hint: 'The library of named lineage queries, with their parameters.',
  defaultLayout: 'dagre',
  key: (s) => (s.query ? `query:${s.query}:${JSON.stringify(s.params)}` : undefined),
  load: async (s, _catalog, signal) => {
    const table = await api.runQuery(s.query as string, s.params, signal);
    return { elements: table.elements, table };
  },
};
