// Every graph view, in the order the rail lists them (the import page, which draws no graph, follows them).
import type { ViewId } from '../state/view-state.ts';
import { consoleView } from './console/console.view.ts';
import { convergenceView } from './convergence/convergence.view.ts';
import { heritageView } from './heritage/heritage.view.ts';
import { historyView } from './history/history.view.ts';
import { lineageView } from './lineage/lineage.view.ts';
import { pathView } from './path/path.view.ts';
import { queriesView } from './queries/queries.view.ts';
import { taxonomyView } from './taxonomy/taxonomy.view.ts';
import { timelineView } from './timeline/timeline.view.ts';
import type { ViewDefinition } from './view.ts';

export const VIEW_LIST: readonly ViewDefinition[] = [taxonomyView, lineageView, heritageView, convergenceView, timelineView, pathView, queriesView, consoleView, historyView];

export const viewOf = (id: ViewId): ViewDefinition => VIEW_LIST.find((v) => v.id === id) ?? taxonomyView;
