// The taxonomy as it stood at a date: species appear on their first-seen date, absorptions on theirs.
import { api } from '../../api/taxonomy.ts';
import { DEFAULT_EDGE_TYPES } from '../../graph/model.ts';
import { historyApi, historyVersion } from '../history/history-api.ts';
import type { ViewDefinition } from '../view.ts';

export const timelineView: ViewDefinition = {
  id: 'timeline',
  label: 'Timeline',
  hint: 'Slide through time: the taxonomy as it stood on a date.',
  defaultLayout: 'time',
  // Models carry most of the dates: the timeline shows them unless the reader folds it.
  defaultDepth: 'all',
  defaultEdges: DEFAULT_EDGE_TYPES,
  key: (s) => (s.by === 'revision' ? `timeline:revision:${s.revision ?? 'latest'}:${historyVersion()}` : `timeline:${s.at ?? 'latest'}`),
  load: async (s, catalog, signal) => {
    if (s.by === 'revision') {
      const { revisions } = await historyApi.revisions(signal);
      const revision = s.revision ?? revisions[0]?.id;
      return { elements: revision ? (await historyApi.graphAt(revision, signal)).elements : catalog.elements, revisions: { revisions } };
    }
    const { elements, undated, dates } = await api.asOf(s.at ?? catalog.dates.last, signal);
    return { elements, undated, dates };
  },
};
