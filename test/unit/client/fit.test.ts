import { describe, expect, it } from 'vitest';
import { legiblePan, legibleZoom, MIN_LABEL_PX } from '../../../client/src/graph/fit.ts';

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
});
