// The month columns over the canvas in the time-axis layout, following pan and zoom.
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { TimePlacement } from '../graph/layouts.ts';

interface TimeAxisProps {
  cy: Core;
  time: TimePlacement;
}

const MIN_TICK_GAP = 70;

export function TimeAxis({ cy, time }: TimeAxisProps) {
  const [viewport, setViewport] = useState(() => ({ zoom: cy.zoom(), pan: cy.pan() }));
  useEffect(() => {
    let frame = 0;
    const onViewport = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setViewport({ zoom: cy.zoom(), pan: { ...cy.pan() } }));
    };
    cy.on('viewport', onViewport);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('viewport', onViewport);
    };
  }, [cy]);

  const toScreen = (x: number) => x * viewport.zoom + viewport.pan.x;
  // Zoomed out, months crowd: keep the years and as many months as fit between them.
  let last = -Infinity;
  const shown = time.ticks.filter((t) => {
    const left = toScreen(t.x);
    if (!t.major && left - last < MIN_TICK_GAP) return false;
    last = left;
    return true;
  });
  // An answer as of a date lists what has no date apart; only a graph that draws some marks the column.
  const undated = [...time.positions.values()].some((p) => p.x === time.undatedX);
  return (
    <div className="time-axis" aria-hidden="true">
      {undated && (
        <span className="time-axis__tick time-axis__tick--undated" style={{ left: toScreen(time.undatedX) }}>
          undated
        </span>
      )}
      {shown.map((t) => (
        <span key={t.label} className={`time-axis__tick ${t.major ? 'time-axis__tick--major' : ''}`} style={{ left: toScreen(t.x) }}>
          {t.label}
        </span>
      ))}
    </div>
  );
}
