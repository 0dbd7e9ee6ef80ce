// Path view controls: two taxa, the path between them, and their most recent common ancestor.
import { NodeLink } from '../../components/NodeLink.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import type { ControlsProps } from '../controls.ts';

export function PathControls({ state, update, catalog, answer }: ControlsProps) {
  const name = (id?: string) => (id ? catalog.names.get(id) : undefined);
  const select = (id: string) => update({ select: id });
  return (
    <div className="view-controls">
      <SearchBox label="From" placeholder="From…" chosen={name(state.from)} onChoose={(r) => update({ from: r.id, pos: {} })} />
      <SearchBox label="To" placeholder="To…" chosen={name(state.to)} onChoose={(r) => update({ to: r.id, pos: {} })} />
      {state.from && state.to && (
        <button type="button" className="quiet" onClick={() => update({ from: state.to, to: state.from })}>
          Swap
        </button>
      )}
      {answer?.mrca !== undefined && (
        <p className="mrca">
          Most recent common ancestor:{' '}
          {answer.mrca ? <NodeLink id={answer.mrca.id} label={answer.mrca.label} onSelect={select} /> : <span className="muted">none in the classification</span>}
        </p>
      )}
      {answer?.reveal && answer.reveal.length > 0 && (
        <ol className="trail" aria-label="Path">
          {answer.reveal.map((id) => (
            <li key={id}>
              <NodeLink id={id} label={name(id)} onSelect={select} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
