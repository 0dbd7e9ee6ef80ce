// The history of the taxonomy: two revisions compared on the cladogram, added green, removed red
// and struck, changed amber, a moved taxon at both places joined by an arrow.
import type { EdgeType } from '../../api/types.ts';
import { DEFAULT_EDGE_TYPES } from '../../graph/model.ts';
import type { ViewDefinition } from '../view.ts';
import { diffDrawing, MOVED, touched } from './diff-drawing.ts';
import { historyApi, historyVersion, type Revision } from './history-api.ts';

/** `A..B` from the link, else the newest revision against the one before it. */
export function chosenPair(diff: string | undefined, revisions: Revision[]): [number, number] | undefined {
  const match = /^(\d+)\.\.(\d+)$/.exec(diff ?? '');
  if (match) return [Number(match[1]), Number(match[2])];
  const [newest, before] = revisions;
  return newest ? [before?.id ?? newest.id, newest.id] : undefined;
}

export const historyView: ViewDefinition = {
  id: 'history',
  label: 'History',
  hint: 'Every change to the taxonomy: compare two revisions on the cladogram, or go back to one.',
  defaultLayout: 'dagre',
  defaultEdges: [...DEFAULT_EDGE_TYPES, MOVED] as EdgeType[],
  key: (s) => `history:${s.diff ?? 'latest'}:${historyVersion()}`,
  load: async (s, _catalog, signal) => {
    const { revisions } = await historyApi.revisions(signal);
    const pair = chosenPair(s.diff, revisions);
    if (!pair) return { elements: { nodes: [], edges: [] }, revisions: { revisions } };
    const diff = await historyApi.diff(pair[0], pair[1], signal);
    const elements = diffDrawing(diff.elements);
    return { elements, reveal: touched(elements), revisions: { revisions, diff } };
  },
};
