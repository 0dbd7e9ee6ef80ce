// The whole taxonomy, from the root to the species, as the page opens.
import { DEFAULT_EDGE_TYPES } from '../../graph/model.ts';
import type { ViewDefinition } from '../view.ts';

export const taxonomyView: ViewDefinition = {
  id: 'taxonomy',
  label: 'Taxonomy',
  hint: 'Every taxon from the root down, with heritage, absorption and convergence.',
  defaultLayout: 'dagre',
  defaultEdges: DEFAULT_EDGE_TYPES,
  key: () => 'taxonomy',
  load: async (_state, catalog) => ({ elements: catalog.elements }),
};
