// Convergence view controls: the traits by how often they arose, recorded or computed; with a
// trait chosen, its history (TraitHistoryPanel).
import { useEffect } from 'react';
import type { ControlsProps } from '../controls.ts';
import { ConvergenceBadges } from './ConvergenceBadges.tsx';
import { TraitHistoryPanel } from './TraitHistoryPanel.tsx';

/** A trait's families named in the list; the matrix beside the graph has them all. */
const FAMILIES_NAMED = 8;

export function ConvergenceControls({ state, update, catalog, answer }: ControlsProps) {
  const history = answer?.history;
  // A history reads as a cladogram: the hierarchical layout, unless the reader chose another.
  useEffect(() => {
    if (history && state.layout === undefined) update({ layout: 'dagre' }, 'replace');
  }, [history, state.layout, update]);

  if (history) return <TraitHistoryPanel history={history} onSelect={(id) => update({ select: id })} onBack={() => update({ taxon: undefined, layout: undefined, pos: {} })} />;
  const traits = answer?.convergence?.traits ?? [];
  return (
    <ul className="trait-list" aria-label="Converging traits">
      {traits.map((t) => (
        <li key={t.trait.id} className={t.derived ? 'trait-list__item trait-list__item--across' : 'trait-list__item'}>
          <button type="button" className="link trait-list__name" aria-pressed={state.taxon === t.trait.id} onClick={() => update({ taxon: t.trait.id, layout: 'dagre', pos: {} })}>
            {t.trait.name}
          </button>
          <ConvergenceBadges recorded={t.recorded} origins={t.origins} />
          <p className="trait-list__families">
            {t.families.length ? (
              <>
                {t.families.slice(0, FAMILIES_NAMED).map((f) => (
                  <span key={f.id} className="family-name" style={{ color: catalog.colors.get(f.id) }}>
                    {f.name}
                  </span>
                ))}
                {t.familyCount > FAMILIES_NAMED && <span className="muted">and {(t.familyCount - FAMILIES_NAMED).toLocaleString('en')} more families</span>}
              </>
            ) : (
              <span className="muted">no family recorded</span>
            )}
          </p>
          <p className="small muted">{t.why}</p>
        </li>
      ))}
    </ul>
  );
}
