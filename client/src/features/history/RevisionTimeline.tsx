// The Timeline's second axis: "as the taxa appeared" (first-seen dates) or "as the taxonomy was
// revised" (one step a revision, the graph as it stood after it).
import { useEffect, useState } from 'react';
import type { ControlsProps } from '../controls.ts';
import { describeSource } from './history-api.ts';

export function TimelineModeSwitch({ state, update }: Pick<ControlsProps, 'state' | 'update'>) {
  const byRevision = state.by === 'revision';
  return (
    <fieldset className="field segmented" aria-label="Timeline by">
      <label>
        <input type="radio" name="timeline-by" checked={!byRevision} onChange={() => update({ by: undefined, revision: undefined })} /> As the taxa appeared
      </label>
      <label>
        <input type="radio" name="timeline-by" checked={byRevision} onChange={() => update({ by: 'revision', at: undefined })} /> As the taxonomy was revised
      </label>
    </fieldset>
  );
}

export function RevisionSlider({ state, update, answer }: Pick<ControlsProps, 'state' | 'update' | 'answer'>) {
  const revisions = [...(answer?.revisions?.revisions ?? [])].reverse();
  const newest = revisions[revisions.length - 1];
  const current = state.revision ?? newest?.id ?? 1;
  const [value, setValue] = useState(current);
  useEffect(() => setValue(current), [current]);
  if (!newest) return <p className="muted">Loading the revisions…</p>;
  const shown = revisions.find((r) => r.id === value);
  const commit = () => update({ revision: value === newest.id ? undefined : value });
  return (
    <label className="field">
      <span className="field__label">
        As it stood after revision <strong className="timeline__date">{value}</strong>
      </span>
      <input type="range" min={revisions[0]?.id ?? 1} max={newest.id} value={value} aria-valuetext={`revision ${value}`} onChange={(e) => setValue(Number(e.target.value))} onPointerUp={commit} onKeyUp={commit} />
      <span className="range-ends">
        <span>#{revisions[0]?.id}</span>
        <span>#{newest.id}</span>
      </span>
      {shown && (
        <span className="hint">
          {shown.at.slice(0, 10)} · {shown.message ?? describeSource(shown)}
        </span>
      )}
    </label>
  );
}
