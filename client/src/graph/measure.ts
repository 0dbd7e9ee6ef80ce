// Measures a node's label so the node fits its text (Cytoscape's `width: label` is deprecated).
export interface LabelFont {
  size: number;
  weight: number;
  italic: boolean;
}

export const FONT_FAMILY = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';
export const LINE_HEIGHT = 1.25;

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();
const boxes = new Map<string, { width: number; height: number }>();

/** A canvas to measure with: the page's, or in a web worker (the layout worker) an offscreen one. */
function measuringContext(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  if (typeof document !== 'undefined') return document.createElement('canvas').getContext('2d');
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1).getContext('2d');
  return null;
}

function textWidth(text: string, font: LabelFont): number {
  const key = `${font.size}|${font.weight}|${font.italic}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  context ??= measuringContext();
  let width: number;
  if (context) {
    context.font = `${font.italic ? 'italic ' : ''}${font.weight} ${font.size}px ${FONT_FAMILY}`;
    width = context.measureText(text).width;
  } else {
    width = text.length * font.size * 0.58; // outside a browser (tests): a fair average glyph width
  }
  cache.set(key, width);
  return width;
}

/** Width and height of the label as Cytoscape wraps it: on newlines, then on spaces at `maxWidth`. */
export function labelBox(text: string, font: LabelFont, maxWidth: number): { width: number; height: number } {
  const key = boxKey(text, font, maxWidth);
  const known = boxes.get(key);
  if (known) return known;
  const measured = measureBox(text, font, maxWidth);
  boxes.set(key, measured);
  return measured;
}

const boxKey = (text: string, font: LabelFont, maxWidth: number) => `${font.size}|${font.weight}|${font.italic}|${maxWidth}|${text}`;

/**
 * Boxes measured elsewhere (the layout worker measures every label of a large drawing while it
 * lays it out): the stylesheet then finds them instead of measuring each label again here.
 */
export function rememberLabelBoxes(measured: Iterable<{ text: string; font: LabelFont; maxWidth: number; width: number; height: number }>): void {
  for (const m of measured) boxes.set(boxKey(m.text, m.font, m.maxWidth), { width: m.width, height: m.height });
}

function measureBox(text: string, font: LabelFont, maxWidth: number): { width: number; height: number } {
  let widest = 0;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && textWidth(candidate, font) > maxWidth) {
        widest = Math.max(widest, textWidth(line, font));
        lines += 1;
        line = word;
      } else {
        line = candidate;
      }
    }
    widest = Math.max(widest, textWidth(line, font));
    lines += 1;
  }
  return { width: Math.ceil(Math.min(widest, maxWidth)) + 2, height: Math.ceil(lines * font.size * LINE_HEIGHT) };
}
