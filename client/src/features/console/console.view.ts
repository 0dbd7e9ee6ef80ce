// The read-only Cypher console: the answer as a graph and as a table.
import { api } from '../../api/taxonomy.ts';
import type { ViewDefinition } from '../view.ts';

export const consoleView: ViewDefinition = {
  id: 'console',
  label: 'Cypher console',
  hint: 'Read-only Cypher against the taxonomy; writes are refused.',
  defaultLayout: 'fcose',
  key: (s) => (s.cypher ? `cypher:${s.cypher}` : undefined),
  load: async (s, _catalog, signal) => {
    const table = await api.cypher(s.cypher as string, signal);
    return { elements: table.elements, table };
  },
};
