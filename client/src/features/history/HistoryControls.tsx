// History view controls: the revisions newest first with a From and a To to compare, the list of
// what changed between them, and "Revert to this revision" after a confirmation that says what
// the revert will change.
import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { ControlsProps } from '../controls.ts';
import { ChangeList } from './ChangeList.tsx';
import { describeSource, historyApi, type Revision } from './history-api.ts';
import { chosenPair } from './history.view.ts';
import './history.css';

type Summary = Revision['summary'];

const when = (at: string) => at.slice(0, 16).replace('T', ' ');
const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** "remove 1 node and 3 edges, change 1 node": what a revert will do, in words. */
export function revertWords(d: { added: { nodes: string[]; edges: string[] }; removed: { nodes: string[]; edges: string[] }; changed: { nodes: unknown[]; edges: unknown[] } }): string {
  const part = (verb: string, n: { nodes: unknown[]; edges: unknown[] }) => {
    const bits = [n.nodes.length && counted(n.nodes.length, 'node'), n.edges.length && counted(n.edges.length, 'edge')].filter(Boolean);
    return bits.length ? `${verb} ${bits.join(' and ')}` : '';
  };
  const parts = [part('add', d.added), part('remove', d.removed), part('change', d.changed)].filter(Boolean);
  return parts.length ? parts.join(', ') : 'change nothing';
}

export function HistoryControls({ state, update, answer, onChanged }: ControlsProps) {
  const revisions = answer?.revisions?.revisions ?? [];
  const diff = answer?.revisions?.diff;
  const pair = chosenPair(state.diff, revisions);
  const newest = revisions[0];
  const [confirm, setConfirm] = useState<{ target: number; words: string } | 'asking'>();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<unknown>();

  if (!answer?.revisions) return <p className="muted">Loading the revisions…</p>;
  if (!newest || !pair) return <p className="muted">No revisions yet: the first import will be one.</p>;
  const [from, to] = pair;
  const choose = (next: [number, number]) => update({ diff: `${next[0]}..${next[1]}`, select: undefined, pos: {} });

  const askRevert = async () => {
    setConfirm('asking');
    setError(undefined);
    try {
      setConfirm({ target: from, words: revertWords(await historyApi.diff(newest.id, from)) });
    } catch (e) {
      setConfirm(undefined);
      setError(e);
    }
  };
  const revert = async (target: number) => {
    setWorking(true);
    try {
      const { revision } = await historyApi.revert(target);
      setConfirm(undefined);
      if (revision) choose([newest.id, revision.id]);
      onChanged?.();
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  };

  return (
    <div className="view-controls history">
      <table className="history__revisions">
        <caption className="field__label">Revisions, newest first</caption>
        <thead>
          <tr>
            <th scope="col" title="Compare from">From</th>
            <th scope="col" title="Compare to">To</th>
            <th scope="col">Revision</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.id} className={r.id === from || r.id === to ? 'history__row--chosen' : undefined}>
              <td>
                <input type="radio" name="history-from" aria-label={`Compare from revision ${r.id}`} checked={r.id === from} onChange={() => choose([r.id, to])} />
              </td>
              <td>
                <input type="radio" name="history-to" aria-label={`Compare to revision ${r.id}`} checked={r.id === to} onChange={() => choose([from, r.id])} />
              </td>
              <td>
                <span className="history__id">#{r.id}</span> {r.message ?? describeSource(r)}
                <span className="history__meta">
                  {when(r.at)} · {describeSource(r)} · <Counts summary={r.summary} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {diff && <ChangeList diff={diff} onSelect={(id) => update({ select: id })} />}

      {from !== newest.id && confirm === undefined && (
        <button type="button" onClick={() => void askRevert()}>
          Revert to revision {from}
        </button>
      )}
      {confirm === 'asking' && <p className="muted">Working out what a revert would change…</p>}
      {confirm && confirm !== 'asking' && (
        <div className="history__confirm" role="alertdialog" aria-label="Confirm the revert">
          <p>
            Reverting to revision {confirm.target} will {confirm.words}. History is kept: the revert becomes revision {newest.id + 1}.
          </p>
          <button type="button" className="primary" disabled={working} onClick={() => void revert(confirm.target)}>
            {working ? 'Reverting…' : `Revert to revision ${confirm.target}`}
          </button>
          <button type="button" className="quiet" disabled={working} onClick={() => setConfirm(undefined)}>
            Cancel
          </button>
        </div>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
    </div>
  );
}

function Counts({ summary }: { summary: Summary }) {
  return (
    <span className="history__counts">
      <span className="diff-added">+{summary.added}</span> <span className="diff-changed">~{summary.changed}</span> <span className="diff-removed">−{summary.removed}</span>
    </span>
  );
}
