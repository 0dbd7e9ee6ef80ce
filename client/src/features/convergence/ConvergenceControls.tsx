// Convergence view controls: each trait that converged, the families that carry it, recorded or derived.
import type { ControlsProps } from '../controls.ts';
import { ConvergenceBadges } from './ConvergenceBadges.tsx';

export function ConvergenceControls({ state, update, catalog, answer }: ControlsProps) {
  const traits = [...(answer?.convergence?.traits ?? [])].sort((a, b) => b.families.length - a.families.length);
  return (
    <ul className="trait-list" aria-label="Converging traits">
      {traits.map((t) => (
        <li key={t.trait.id} className={t.families.length >= 2 ? 'trait-list__item trait-list__item--across' : 'trait-list__item'}>
          <button type="button" className="link trait-list__name" aria-pressed={state.select === t.trait.id} onClick={() => update({ select: t.trait.id })}>
            {t.trait.name}
          </button>
          <ConvergenceBadges recorded={t.recorded} derived={t.derived} />
          <p className="trait-list__families">
            {t.families.length ? (
              t.families.map((f) => (
                <span key={f.id} className="family-name" style={{ color: catalog.colors.get(f.id) }}>
                  {f.name}
                </span>
              ))
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
