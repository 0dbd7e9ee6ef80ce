// The year ticks over the canvas in the time-axis layout, following pan and zoom.
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { TimePlacement } from '../graph/layouts.ts';

interface TimeAxisProps {
  cy: Core;
  time: TimePlacement;
}

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
  const first = new Date(time.start).getUTCFullYear();
  const last = new Date(time.end).getUTCFullYear() + 1;
  const ticks: { label: string; left: number; major: boolean }[] = [];
  const yearWidth = toScreen(time.x(Date.UTC(first + 1, 0, 1))) - toScreen(time.x(Date.UTC(first, 0, 1)));
  for (let year = first; year <= last; year++) {
    ticks.push({ label: String(year), left: toScreen(time.x(Date.UTC(year, 0, 1))), major: true });
    // Quarters once a year is wide enough to hold them.
    if (yearWidth > 320) for (const m of [3, 6, 9]) ticks.push({ label: `${String(year).slice(2)}·Q${m / 3 + 1}`, left: toScreen(time.x(Date.UTC(year, m, 1))), major: false });
  }
  return (
    <div className="time-axis" aria-hidden="true">
      <span className="time-axis__tick time-axis__tick--undated" style={{ left: toScreen(time.undatedX) }}>
        undated
      </span>
      {ticks.map((t) => (
        <span key={t.label} className={`time-axis__tick ${t.major ? 'time-axis__tick--major' : ''}`} style={{ left: t.left }}>
          {t.label}
        </span>
      ))}
    </div>
  );
}
