// Layout options for each layout the reader can pick, and the time axis's own placement:
// a node's x is its first-seen date, families in lanes.
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { NodeData } from '../api/types.ts';
import type { LayoutName, Positions } from '../state/view-state.ts';
import { rankIndex } from './model.ts';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  dagre: 'Hierarchy',
  fcose: 'Force',
  concentric: 'Concentric',
  circle: 'Circle',
  time: 'Time axis',
};

/** Above this many nodes, animation and the slower layouts give way to their fast settings. */
export const LARGE = 1200;

export function layoutOptions(name: LayoutName, nodeCount: number, pinned: Positions, time: TimePlacement): LayoutOptions {
  const animate = nodeCount < 250;
  // The canvas fits the drawing itself once the layout stops (and satellites are placed).
  const common = { fit: false, animate, animationDuration: 350 };
  switch (name) {
    case 'dagre':
      // Classification edges run child → parent: right-to-left ranks put the root on the left.
      return { ...common, name: 'dagre', rankDir: 'RL', nodeSep: 20, rankSep: 70, edgeSep: 10, ranker: 'network-simplex' } as LayoutOptions;
    case 'fcose': {
      const fixed = Object.entries(pinned).map(([nodeId, position]) => ({ nodeId, position }));
      return {
        ...common,
        name: 'fcose',
        quality: nodeCount > LARGE ? 'draft' : 'default',
        randomize: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        nodeSeparation: 60,
        packComponents: true,
        ...(fixed.length ? { fixedNodeConstraint: fixed } : {}),
      } as LayoutOptions;
    }
    case 'concentric':
      return { ...common, name: 'concentric', concentric: (n: NodeSingular) => 20 - rankIndex(n.data('rank')), levelWidth: () => 1, minNodeSpacing: 24, avoidOverlap: true } as LayoutOptions;
    case 'circle':
      return { ...common, name: 'circle', avoidOverlap: true, sort: (a: NodeSingular, b: NodeSingular) => String(a.data('family') ?? '').localeCompare(String(b.data('family') ?? '')) } as LayoutOptions;
    case 'time':
      return { ...common, name: 'preset', positions: (n: NodeSingular) => time.positions.get(n.id()) ?? { x: 0, y: 0 } } as LayoutOptions;
  }
}

export interface TimePlacement {
  positions: Map<string, { x: number; y: number }>;
  /** Maps a date (ms since epoch) to x, for the axis drawn over the canvas. */
  x: (ms: number) => number;
  start: number;
  end: number;
  /** Where the nodes with no date stand. */
  undatedX: number;
}

const DAY = 86_400_000;
const WIDTH = 2400;
const ROW = 46;
const MIN_GAP = 150;

/** '2017' → 1 Jan 2017, '2026-02' → 1 Feb 2026; undefined when absent or unreadable. */
export function parseDate(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const iso = text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

export function timePlacement(nodes: Pick<NodeData, 'id' | 'firstSeen' | 'date' | 'family' | 'kind'>[]): TimePlacement {
  const dated = nodes.map((n) => ({ n, ms: parseDate(n.firstSeen ?? n.date) }));
  const times = dated.map((d) => d.ms).filter((ms): ms is number => ms !== undefined);
  const start = times.length ? Math.min(...times) : Date.UTC(2017, 0, 1);
  const end = Math.max(times.length ? Math.max(...times) : start, start + 365 * DAY);
  const x = (ms: number) => ((ms - start) / (end - start)) * WIDTH;
  const undatedX = -MIN_GAP * 1.5;

  // One lane per family, earliest family first; nodes of no family share the top lane.
  const laneOf = (n: (typeof dated)[number]['n']) => (n.kind === 'taxon' ? (n.family ?? '') : `~${n.kind}`);
  const lanes = new Map<string, typeof dated>();
  for (const d of [...dated].sort((a, b) => (a.ms ?? -Infinity) - (b.ms ?? -Infinity))) {
    const key = laneOf(d.n);
    lanes.set(key, [...(lanes.get(key) ?? []), d]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  let y = 0;
  for (const members of lanes.values()) {
    // Within a lane, a node too close to the previous one in its row drops to the next row.
    const rowEnds: number[] = [];
    for (const { n, ms } of members) {
      const nx = ms === undefined ? undatedX : x(ms);
      let row = rowEnds.findIndex((end) => nx - end >= MIN_GAP);
      if (row === -1) row = rowEnds.push(-Infinity) - 1;
      rowEnds[row] = nx;
      positions.set(n.id, { x: nx, y: y + row * ROW });
    }
    y += Math.max(rowEnds.length, 1) * ROW + ROW;
  }
  return { positions, x, start, end, undatedX };
}

export interface Satellite {
  id: string;
  /** The y of every drawn node it is linked to. */
  anchors: number[];
  height: number;
}

/**
 * Traits, papers and labs beside a hierarchy: one column right of it, each as close as it can be
 * to the mean height of what it is linked to, none overlapping.
 */
export function placeSatellites(satellites: Satellite[], x: number, gap = 10): Map<string, { x: number; y: number }> {
  const mean = (ys: number[]) => (ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : Infinity);
  const wanted = satellites.map((s) => ({ ...s, y: mean(s.anchors) })).sort((a, b) => a.y - b.y);
  const placed = new Map<string, { x: number; y: number }>();
  let floor = -Infinity;
  let lastY = 0;
  for (const s of wanted) {
    const y = Math.max(Number.isFinite(s.y) ? s.y : lastY + s.height + gap, floor + s.height / 2);
    placed.set(s.id, { x, y });
    floor = y + s.height / 2 + gap;
    lastY = y;
  }
  return placed;
}
