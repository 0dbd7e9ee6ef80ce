// Lineage view controls: the taxon to trace, and its path to the root as a list.
import { NodeLink } from '../../components/NodeLink.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import type { ControlsProps } from '../controls.ts';

export function LineageControls({ state, update, catalog, answer }: ControlsProps) {
  const path = answer?.marked ?? [];
  return (
    <div className="view-controls">
      <SearchBox label="Taxon to trace" placeholder="Trace a taxon…" chosen={state.taxon && catalog.names.get(state.taxon)} onChoose={(r) => update({ taxon: r.id, select: r.id, pos: {} })} />
      {path.length > 0 && (
        <ol className="trail" aria-label="Path to the root">
          {path.map((id) => (
            <li key={id}>
              <NodeLink id={id} label={catalog.names.get(id)} onSelect={(select) => update({ select })} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
