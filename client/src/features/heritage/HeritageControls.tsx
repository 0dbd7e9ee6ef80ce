// Heritage view controls: the taxon or family whose web of heritage and absorption to draw.
import { SearchBox } from '../../components/SearchBox.tsx';
import type { ControlsProps } from '../controls.ts';

export function HeritageControls({ state, update, catalog }: ControlsProps) {
  return (
    <div className="view-controls">
      <SearchBox label="Taxon or family" placeholder="Heritage of…" chosen={state.taxon && catalog.names.get(state.taxon)} onChoose={(r) => update({ taxon: r.id, select: r.id, pos: {} })} />
      <div className="chips" aria-label="Families">
        {catalog.families.map((f) => (
          <button key={f.id} type="button" className="chip chip--button" aria-pressed={state.taxon === f.id} style={{ '--swatch': catalog.colors.get(f.id) } as React.CSSProperties} onClick={() => update({ taxon: f.id, select: f.id, pos: {} })}>
            <span className="swatch" aria-hidden="true" />
            {f.label}
          </button>
        ))}
      </div>
      <p className="hint">Arrows point from the heir to the lineage it inherits from; the trait shows on hover.</p>
    </div>
  );
}
