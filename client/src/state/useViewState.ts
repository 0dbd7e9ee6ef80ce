// The view state lives in the URL: each change pushes a history entry (or replaces it, for
// drags), and Back and Forward bring the matching state back.
import { useCallback, useEffect, useState } from 'react';
import { decodeState, encodeState, type ViewState } from './view-state.ts';

export type Update = (change: Partial<ViewState> | ((state: ViewState) => Partial<ViewState>), mode?: 'push' | 'replace') => void;

export function useViewState(): [ViewState, Update] {
  const [state, setState] = useState(() => decodeState(window.location.search));

  useEffect(() => {
    const onPop = () => setState(decodeState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback<Update>((change, mode = 'push') => {
    setState((current) => {
      const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };
      const url = `${window.location.pathname}${encodeState(next)}`;
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (mode === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);

  return [state, update];
}
