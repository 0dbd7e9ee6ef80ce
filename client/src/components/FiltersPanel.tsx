// The rail's filters: how deep the classification is drawn, ranks, families, traits, edge types,
// and the nodes the reader hid.
import type { EdgeType, Rank } from '../api/types.ts';
import { EDGE_TYPES, RANKS } from '../graph/model.ts';
import type { Catalog } from '../state/catalog.ts';
import type { Update } from '../state/useViewState.ts';
import type { Depth, ViewState } from '../state/view-state.ts';

interface FiltersPanelProps {
  state: ViewState;
  update: Update;
  catalog: Catalog;
  /** The depth `auto` resolved to, to say so. */
  resolvedDepth: Exclude<Depth, 'auto'>;
  edgeTypes: readonly EdgeType[];
}

const DEPTHS: { depth: Depth; label: string }[] = [
  { depth: 'auto', label: 'Auto' },
  { depth: 'family', label: 'Families' },
  { depth: 'genus', label: 'Genera' },
  { depth: 'species', label: 'Species' },
  { depth: 'all', label: 'All' },
];

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export function FiltersPanel({ state, update, catalog, resolvedDepth, edgeTypes }: FiltersPanelProps) {
  const { filters } = state;
  const setFilters = (change: Partial<ViewState['filters']>) => update((s) => ({ filters: { ...s.filters, ...change } }));
  const depthName = DEPTHS.find((d) => d.depth === resolvedDepth)?.label ?? resolvedDepth;
  return (
    <div className="filters">
      <fieldset className="field">
        <legend>
          Draw down to <span className="muted">{state.depth === 'auto' ? `(auto: ${depthName.toLowerCase()})` : ''}</span>
        </legend>
        <div className="segmented" role="radiogroup" aria-label="Draw down to">
          {DEPTHS.map(({ depth, label }) => (
            <button key={depth} type="button" role="radio" aria-checked={state.depth === depth} onClick={() => update({ depth, open: [], limit: undefined })}>
              {label}
            </button>
          ))}
        </div>
        <p className="hint">Folded clades show how many taxa they hold; double-click one to open it in place.</p>
      </fieldset>

      <fieldset className="field">
        <legend>Ranks</legend>
        <div className="chips">
          {RANKS.map((rank: Rank) => (
            <label key={rank} className="check-chip">
              <input type="checkbox" checked={!filters.ranks.length || filters.ranks.includes(rank)} onChange={() => setFilters({ ranks: toggleAll(filters.ranks, rank, RANKS) })} />
              {rank}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="field">
        <legend>Families</legend>
        <div className="chips chips--scroll">
          {catalog.families.map((f) => (
            <label key={f.id} className="check-chip" style={{ '--swatch': catalog.colors.get(f.id) } as React.CSSProperties}>
              <input type="checkbox" checked={!filters.families.length || filters.families.includes(f.id)} onChange={() => setFilters({ families: toggleAll(filters.families, f.id, catalog.families.map((x) => x.id)) })} />
              <span className="swatch" aria-hidden="true" />
              {f.label}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="field">
        <legend>Edge types</legend>
        <div className="chips">
          {EDGE_TYPES.map((t) => (
            <label key={t.type} className="check-chip" style={{ '--swatch': t.color } as React.CSSProperties}>
              <input type="checkbox" checked={edgeTypes.includes(t.type)} onChange={() => setFilters({ edges: toggle(edgeTypes, t.type) })} />
              <span className="swatch swatch--line" aria-hidden="true" />
              {t.label}
            </label>
          ))}
        </div>
      </fieldset>

      <label className="field">
        <span className="field__label">Taxa carrying a trait</span>
        <select
          multiple
          size={Math.min(6, catalog.traits.length)}
          value={filters.traits}
          onChange={(e) => setFilters({ traits: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {catalog.traits.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </label>

      {(filters.ranks.length > 0 || filters.families.length > 0 || filters.traits.length > 0 || filters.edges) && (
        <button type="button" className="quiet" onClick={() => update({ filters: { ranks: [], families: [], traits: [] } })}>
          Clear filters
        </button>
      )}
      {state.hide.length > 0 && (
        <button type="button" className="quiet" onClick={() => update({ hide: [] })}>
          Show {state.hide.length} hidden {state.hide.length === 1 ? 'node' : 'nodes'}
        </button>
      )}
    </div>
  );
}

/** An empty list means "all": unticking one of all lists the others; ticking the last one empties it again. */
function toggleAll<T>(list: readonly T[], item: T, all: readonly T[]): T[] {
  const next = toggle(list.length ? list : all, item);
  return next.length === all.length ? [] : next;
}
