// Timeline view controls: a slider over the dates where something happens, a play button that
// steps through them, and what has no date at all, listed apart.
import { useEffect, useRef, useState } from 'react';
import { NodeLink } from '../../components/NodeLink.tsx';
import type { ControlsProps } from '../controls.ts';
import { RevisionSlider, TimelineModeSwitch } from '../history/RevisionTimeline.tsx';

/** '2017' → 2017-01-01, '2026-02' → 2026-02-01: the first day on which the event stands. */
export const dayOf = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10));

/** The last event on or before a day (the first event when none is). */
export const eventIndex = (dates: readonly string[], day: string) => {
  let index = 0;
  dates.forEach((d, i) => {
    if (dayOf(d) <= day) index = i;
  });
  return index;
};

export function TimelineControls({ state, update, catalog, answer }: ControlsProps) {
  // Keep the last dates known while the next answer loads, so the slider does not jump.
  const known = useRef<string[]>([]);
  if (answer?.dates?.length) known.current = answer.dates;
  const dates = known.current;
  const at = state.at ?? catalog.dates.last;
  const [value, setValue] = useState(() => eventIndex(dates, at));
  const [playing, setPlaying] = useState(false);
  useEffect(() => setValue(eventIndex(dates, at)), [at, dates]);

  useEffect(() => {
    if (!playing || dates.length === 0) return;
    const timer = setInterval(() => {
      setValue((v) => {
        const next = v >= dates.length - 1 ? 0 : v + 1;
        update({ at: dayOf(dates[next] as string) }, 'replace');
        return next;
      });
    }, 1100);
    return () => clearInterval(timer);
  }, [playing, dates, update]);

  if (state.by === 'revision') {
    return (
      <div className="view-controls">
        <TimelineModeSwitch state={state} update={update} />
        <RevisionSlider state={state} update={update} answer={answer} />
      </div>
    );
  }
  const commit = () => dates[value] !== undefined && update({ at: dayOf(dates[value]) });
  // While sliding, the event under the thumb; once there, the date the graph stands at.
  const event = dates[value];
  const shown = event !== undefined && (value !== eventIndex(dates, at) || dayOf(event) === at) ? event : at;
  const undated = answer?.undated ?? [];
  return (
    <div className="view-controls">
      <TimelineModeSwitch state={state} update={update} />
      <label className="field">
        <span className="field__label">
          As it stood on <strong className="timeline__date">{shown}</strong>
        </span>
        <input
          type="range"
          min={0}
          max={Math.max(dates.length - 1, 0)}
          value={value}
          disabled={dates.length === 0}
          aria-valuetext={dates[value] ?? at}
          onChange={(e) => setValue(Number(e.target.value))}
          onPointerUp={commit}
          onKeyUp={commit}
        />
        <span className="range-ends">
          <span>{dates[0] ?? catalog.dates.first.slice(0, 4)}</span>
          <span>{dates.at(-1) ?? catalog.dates.last.slice(0, 7)}</span>
        </span>
      </label>
      <button type="button" aria-pressed={playing} onClick={() => setPlaying((p) => !p)} disabled={dates.length === 0}>
        {playing ? 'Pause' : 'Play through time'}
      </button>
      <p className="hint">
        {dates.length} dates where something happens. A taxon with no date of its own stands from the earliest of what it contains, or from when the source reported it.
      </p>
      {undated.length > 0 && (
        <details className="undated">
          <summary>
            Undated: {undated.length} not placed in time
          </summary>
          <p className="hint">No date of their own, of what they contain or of their report: not drawn as existing at any date.</p>
          <ul className="undated__list" aria-label="Undated">
            {undated.map((u) => (
              <li key={u.id}>
                <NodeLink id={u.id} label={u.label} onSelect={(id) => update({ select: id })} /> <span className="muted">undated</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
