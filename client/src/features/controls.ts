// What every view's rail controls receive.
import type { Catalog } from '../state/catalog.ts';
import type { Update } from '../state/useViewState.ts';
import type { ViewState } from '../state/view-state.ts';
import type { ViewAnswer } from './view.ts';

export interface ControlsProps {
  state: ViewState;
  update: Update;
  catalog: Catalog;
  answer?: ViewAnswer;
  /** The view wrote to the graph (a revert): everything derived from it is asked again. */
  onChanged?: () => void;
}
