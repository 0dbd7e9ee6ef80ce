// Path view controls: two taxa, the path between them, and their most recent common ancestor.
import { NodeLink } from '../../components/NodeLink.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import type { Connection } from '../../api/types.ts';
import type { ControlsProps } from '../controls.ts';

const CONNECTION_KIND: Record<Connection['kind'], string> = {
  heritage: 'Heritage',
  descent: 'Descent',
  absorption: 'Absorption',
  'shared-heritage': 'Heritage',
  'shared-descent': 'Descent',
  'shared-trait': 'Shared trait',
  'shared-paper': 'Paper',
  'shared-lab': 'Lab',
  linked: 'Linked',
};

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
      {answer?.mrca === null && state.from && state.to && <p className="muted">These two share no ancestor in the classification, so no path runs through it.</p>}
      {answer?.connections && (
        <section className="connections" aria-label="Other connections">
          <h3 className="rail__subtitle">Other connections</h3>
          {answer.connections.length === 0 ? (
            <p className="muted">None besides the classification: no heritage, descent, shared trait, paper or lab joins them.</p>
          ) : (
            <ul className="connections__list">
              {answer.connections.map((c) => (
                <li key={`${c.kind}:${c.via?.id ?? c.edges.join()}`}>
                  <span className={`connection-kind connection-kind--${c.kind.replace('shared-', '')}`}>{CONNECTION_KIND[c.kind]}</span>{' '}
                  {c.via ? <NodeLink id={c.via.id} label={c.label} onSelect={select} /> : <span>{c.label}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
