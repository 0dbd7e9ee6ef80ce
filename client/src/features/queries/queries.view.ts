// A named query from the library, run with the reader's parameters.
import { api } from '../../api/taxonomy.ts';
import type { Catalog } from '../../state/catalog.ts';
import type { ViewDefinition } from '../view.ts';

/** Why a query answered no rows, as far as the client can tell: an id that names nothing, or the parameters it ran with. */
export function whyEmpty(params: Record<string, string>, catalog: Catalog): string {
  const unknown = Object.entries(params).filter(([name, value]) => /^(id|from|to|a|b|taxon)$/.test(name) && !catalog.nodes.has(value));
  if (unknown.length) return `No rows: no node has the id ${unknown.map(([name, value]) => `“${value}” (${name})`).join(' or ')}. Pick taxa by name with the search boxes.`;
  const named = Object.entries(params).map(([name, value]) => `${name} = ${catalog.names.get(value) ?? value}`);
  return `No rows: nothing in the taxonomy matches this query${named.length ? ` for ${named.join(', ')}` : ''}.`;
}

export const queriesView: ViewDefinition = {
  id: 'queries',
  label: 'Queries',
  hint: 'The library of named lineage queries, with their parameters.',
  defaultLayout: 'dagre',
  key: (s) => (s.query ? `query:${s.query}:${JSON.stringify(s.params)}` : undefined),
  load: async (s, catalog, signal) => {
    const table = await api.runQuery(s.query as string, s.params, signal);
    return { elements: table.elements, table, ...(table.rows.length === 0 && { empty: whyEmpty(s.params, catalog) }) };
  },
};
