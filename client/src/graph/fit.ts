// How a drawing is fitted to the canvas so it can be read: the whole of it when its labels stay
// legible, else as much as fits at a legible size, from its start (the root, the earliest date)
// or around what is selected; the rest is a pan away. Pure, so every view can share the rule.

/** The smallest a label may be on screen, in CSS pixels. */
export const MIN_LABEL_PX = 8;
/** A small drawing is not blown up past this. */
export const MAX_FIT_ZOOM = 1.3;

/** The zoom for a drawing whose whole-fit zoom is `fit` and whose smallest label is `smallestFont` px. */
export function legibleZoom(fit: number, smallestFont: number, max = MAX_FIT_ZOOM): number {
  const legible = Number.isFinite(smallestFont) && smallestFont > 0 ? MIN_LABEL_PX / smallestFont : 0;
  return Math.min(max, Math.max(fit, legible));
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The pan that shows a drawing (`box`, in model coordinates) at `zoom` in a viewport: centred on
 * each axis where it fits, else from its start (left, top), or centred on `focus` when given.
 */
export function legiblePan(box: Box, zoom: number, viewport: { width: number; height: number }, padding: number, focus?: { x: number; y: number }): { x: number; y: number } {
  const axis = (lo: number, hi: number, size: number, at?: number) => {
    const span = (hi - lo) * zoom;
    if (span + 2 * padding <= size) return (size - span) / 2 - lo * zoom;
    if (at !== undefined) return Math.min(padding - lo * zoom, Math.max(size - padding - hi * zoom, size / 2 - at * zoom));
    return padding - lo * zoom;
  };
  return { x: axis(box.x1, box.x2, viewport.width, focus?.x), y: axis(box.y1, box.y2, viewport.height, focus?.y) };
}

/**
 * Where a drawing opens when nothing is chosen: from its start (left, top), unless no node stands
 * there, then level with its leftmost node (a cladogram's root). The top left corner of a tall
 * cladogram can be empty: its root stands halfway down the 85,000 px of 1,500 taxa, and nothing
 * was in view. A corner with nodes stays the opening: the middle of a drawing of 20,000 species
 * crosses thousands of heritage arcs, whose first paint took 5.9 s.
 */
export function openingFocus(box: Box, zoom: number, viewport: { width: number; height: number }, padding: number, points: { x: number; y: number }[]): { x: number; y: number } | undefined {
  const pan = legiblePan(box, zoom, viewport, padding);
  const shown = (p: { x: number; y: number }) => {
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    return x >= 0 && x <= viewport.width && y >= 0 && y <= viewport.height;
  };
  if (points.some(shown)) return undefined;
  let start: { x: number; y: number } | undefined;
  for (const p of points) if (!start || p.x < start.x || (p.x === start.x && p.y < start.y)) start = p;
  return start;
}
