import { describe, expect, it } from 'vitest';
import { legiblePan, legibleZoom, MIN_LABEL_PX, openingFocus } from '../../../client/src/graph/fit.ts';

describe('fitting a drawing so it can be read', () => {
  it('keeps the whole-drawing zoom when its smallest label stays legible', () => {
    expect(legibleZoom(0.9, 11)).toBe(0.9);
  });

  it('never fits so far out that the smallest label is under the minimum on screen', () => {
    const zoom = legibleZoom(0.02, 12);
    expect(zoom * 12).toBeCloseTo(MIN_LABEL_PX);
  });

  it('never blows a small drawing up past the reading size', () => {
    expect(legibleZoom(4, 11)).toBe(1.3);
  });

  it('centres a drawing on an axis where it fits, and starts from its left and top where it does not', () => {
    const pan = legiblePan({ x1: 0, y1: 0, x2: 4000, y2: 100 }, 1, { width: 1000, height: 700 }, 20);
    expect(pan).toEqual({ x: 20, y: 300 });
  });

  it('centres on the selected node when the drawing is larger than the canvas', () => {
    const pan = legiblePan({ x1: 0, y1: 0, x2: 4000, y2: 3000 }, 1, { width: 1000, height: 700 }, 20, { x: 2000, y: 1500 });
    expect(pan).toEqual({ x: 500 - 2000, y: 350 - 1500 });
  });

  it('opens a drawing too large to show whole at its leftmost node, level with it, when its top left corner is empty', () => {
    // A cladogram: the root at the left, halfway down; its leaves in a column far to the right.
    const nodes = [{ x: 0, y: 42_000 }, ...Array.from({ length: 1500 }, (_, i) => ({ x: 3000, y: i * 56 }))];
    const viewport = { width: 1000, height: 700 };
    const box = { x1: 0, y1: 0, x2: 3000, y2: 84_000 };
    const inView = (focus?: { x: number; y: number }) => {
      const pan = legiblePan(box, 1, viewport, 20, focus);
      return nodes.filter((n) => n.x + pan.x >= 0 && n.x + pan.x <= viewport.width && n.y + pan.y >= 0 && n.y + pan.y <= viewport.height);
    };
    expect(inView()).toEqual([]);
    const focus = openingFocus(box, 1, viewport, 20, nodes);
    expect(focus).toEqual({ x: 0, y: 42_000 });
    expect(inView(focus)).toContainEqual({ x: 0, y: 42_000 });
  });

  it('keeps opening from the top left corner when nodes stand there', () => {
    const nodes = [{ x: 10, y: 10 }, { x: 0, y: 42_000 }];
    expect(openingFocus({ x1: 0, y1: 0, x2: 3000, y2: 84_000 }, 1, { width: 1000, height: 700 }, 20, nodes)).toBeUndefined();
  });
});
