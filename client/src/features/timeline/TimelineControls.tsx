// Timeline view controls: a date slider by month, and a play button that walks through time.
import { useEffect, useState } from 'react';
import type { ControlsProps } from '../controls.ts';
import { RevisionSlider, TimelineModeSwitch } from '../history/RevisionTimeline.tsx';

/** Months between two YYYY-MM-DD dates, as a slider's steps. */
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const monthDate = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-28`;

export function TimelineControls({ state, update, catalog, answer }: ControlsProps) {
  const first = monthIndex(catalog.dates.first);
  const last = monthIndex(catalog.dates.last);
  const at = state.at ?? catalog.dates.last;
  const [value, setValue] = useState(monthIndex(at));
  const [playing, setPlaying] = useState(false);
  useEffect(() => setValue(monthIndex(at)), [at]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setValue((v) => {
        const next = v >= last ? first : v + 1;
        update({ at: next === last ? catalog.dates.last : monthDate(next) }, 'replace');
        return next;
      });
    }, 900);
    return () => clearInterval(timer);
  }, [playing, first, last, update, catalog.dates.last]);

  if (state.by === 'revision') {
    return (
      <div className="view-controls">
        <TimelineModeSwitch state={state} update={update} />
        <RevisionSlider state={state} update={update} answer={answer} />
      </div>
    );
  }
  const commit = () => update({ at: value === last ? catalog.dates.last : monthDate(value) });
  const shown = value === last ? catalog.dates.last : monthDate(value).slice(0, 7);
  return (
    <div className="view-controls">
      <TimelineModeSwitch state={state} update={update} />
      <label className="field">
        <span className="field__label">
          As it stood on <strong className="timeline__date">{shown}</strong>
        </span>
        <input
          type="range"
          min={first}
          max={last}
          value={value}
          aria-valuetext={shown}
          onChange={(e) => setValue(Number(e.target.value))}
          onPointerUp={commit}
          onKeyUp={commit}
        />
        <span className="range-ends">
          <span>{catalog.dates.first.slice(0, 4)}</span>
          <span>{catalog.dates.last.slice(0, 7)}</span>
        </span>
      </label>
      <button type="button" aria-pressed={playing} onClick={() => setPlaying((p) => !p)}>
        {playing ? 'Pause' : 'Play through time'}
      </button>
      <p className="hint">Species appear on their first-seen date; a clade absorbs another on the date of the absorption.</p>
    </div>
  );
}
