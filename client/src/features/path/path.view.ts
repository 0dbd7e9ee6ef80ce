// The path between two taxa and their most recent common ancestor.
import { api } from '../../api/taxonomy.ts';
import type { ViewDefinition } from '../view.ts';

export const pathView: ViewDefinition = {
  id: 'path',
  label: 'Path',
  hint: 'Pick two taxa: the path between them through the classification, up to their most recent common ancestor and down; other connections beside it.',
  defaultLayout: 'dagre',
  key: (s) => (s.from && s.to ? `path:${s.from}:${s.to}` : undefined),
  load: async (s, _catalog, signal) => {
    const { elements, path, mrca, connections } = await api.path(s.from as string, s.to as string, signal);
    return { elements, marked: [...path, ...(mrca ? [mrca.id] : [])], reveal: path, mrca, connections };
  },
};
