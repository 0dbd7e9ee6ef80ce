// What the canvas draws for the current state: the view's answer joined with expanded neighbours,
// through filters, level of detail and the cap.
import { useMemo } from 'react';
import type { EdgeType } from '../api/types.ts';
import type { ViewAnswer, ViewDefinition } from '../features/view.ts';
import { DEFAULT_LIMIT, draw, READABLE_BUDGET, type Drawing } from '../graph/draw.ts';
import { mergeElements } from '../graph/merge.ts';
import { EDGE_TYPES } from '../graph/model.ts';
import type { Catalog } from './catalog.ts';
import { useNeighbours, type Neighbours } from './useNeighbours.ts';
import type { ViewState } from './view-state.ts';

const ALL_EDGES = EDGE_TYPES.map((t) => t.type);
const EMPTY = { nodes: [], edges: [] };

export function useDrawing(state: ViewState, view: ViewDefinition, catalog: Catalog, answer: ViewAnswer | undefined): { drawing: Drawing; edgeTypes: readonly EdgeType[]; neighbours: Neighbours } {
  const neighbours = useNeighbours(state.expand);
  const defaultEdges = view.defaultEdges ?? ALL_EDGES;
  const edgeTypes = state.filters.edges ?? defaultEdges;
  const reveal = useMemo(
    () => [...(answer?.reveal ?? []), ...(state.select ? [state.select] : []), ...state.expand, ...neighbours.ids].filter((id) => !id.includes('~')),
    [answer, state.select, state.expand, neighbours],
  );
  const drawing = useMemo(
    () =>
      draw({
        elements: mergeElements(answer?.elements ?? EMPTY, ...neighbours.answers),
        filters: state.filters,
        defaultEdges,
        hide: state.hide,
        depth: state.depth === 'auto' ? (view.defaultDepth ?? 'auto') : state.depth,
        open: state.open,
        reveal,
        forcedEdges: neighbours.ids,
        carriers: catalog.carriers,
        colors: catalog.colors,
        names: catalog.names,
        limit: state.limit ?? DEFAULT_LIMIT,
        readableBudget: READABLE_BUDGET,
      }),
    [answer, neighbours, state.filters, defaultEdges, state.hide, state.depth, view.defaultDepth, state.open, reveal, catalog, state.limit],
  );
  return { drawing, edgeTypes, neighbours };
}
