// What a view is: how it loads its answer from the API, and how it wants to be drawn.
import type { AsOfAnswer, Connection, ConvergenceAnswer, EdgeType, Elements, TableAnswer, TraitHistoryAnswer } from '../api/types.ts';
import type { Catalog } from '../state/catalog.ts';
import type { HistoryAnswer } from './history/history-api.ts';
import type { Depth, LayoutName, ViewId, ViewState } from '../state/view-state.ts';

export interface ViewAnswer {
  elements: Elements;
  /** Ids to highlight: a path to the root, a path between two taxa, converging traits. */
  marked?: string[];
  /** Ids that must be drawn even inside a folded clade. */
  reveal?: string[];
  table?: TableAnswer;
  /** Why the table has no rows, said to the reader. */
  empty?: string;
  convergence?: ConvergenceAnswer;
  /** One trait's reconstructed history (convergence view, a trait chosen). */
  history?: TraitHistoryAnswer;
  mrca?: { id: string; label: string } | null;
  /** The path view: connections besides the classification. */
  connections?: Connection[];
  /** The timeline: what has no date, and the dates where something happens. */
  undated?: AsOfAnswer['undated'];
  dates?: string[];
  /** The History view and the Timeline by revision: the revisions, and a diff when two are chosen. */
  revisions?: HistoryAnswer;
}

export interface ViewDefinition {
  id: ViewId;
  label: string;
  /** One line under the view's name in the rail. */
  hint: string;
  defaultLayout: LayoutName;
  /** The layout a large drawing (over LARGE elements) opens with, when cheaper to read and to compute than the default. */
  largeLayout?: LayoutName;
  /** How deep the classification is drawn when the reader leaves it on auto. */
  defaultDepth?: Exclude<Depth, 'auto'>;
  /** Edge types drawn by default; undefined draws every type the answer holds. */
  defaultEdges?: readonly EdgeType[];
  /** Identifies the answer for a state; undefined while the view waits for the reader's input. */
  key(state: ViewState): string | undefined;
  load(state: ViewState, catalog: Catalog, signal: AbortSignal): Promise<ViewAnswer>;
}
