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
  /** One column per month that has something in it, oldest first; the first of each year is major. */
  ticks: { label: string; x: number; major: boolean }[];
  /** Where the nodes with no date stand. */
  undatedX: number;
}

const COLUMN = 170;
const ROW = 46;
/** Room left between two nodes side by side, and between two rows. */
const GAP_X = 24;
const GAP_Y = 10;

/** The room a node takes; without one, the size of an ordinary label. */
export type NodeSize = (id: string) => { width: number; height: number };
const ORDINARY: NodeSize = () => ({ width: COLUMN - GAP_X, height: ROW - GAP_Y });

/** '2017' → 1 Jan 2017, '2026-02' → 1 Feb 2026; undefined when absent or unreadable. */
export function parseDate(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const iso = text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The time axis: a node's column is the month it was first seen, in order; months with nothing
 * in them take no room, so 2017's ancestors and 2026's models both stay readable. A clade with no
 * date of its own stands at its earliest member's. Families run in lanes, earliest first. Each
 * column is as wide as its widest node and each row as tall as its tallest (`size`), so no two
 * nodes overlap.
 */
export function timePlacement(
  nodes: Pick<NodeData, 'id' | 'firstSeen' | 'date' | 'datedAt' | 'family' | 'kind'>[],
  parents: ReadonlyMap<string, string> = new Map(),
  size: NodeSize = ORDINARY,
): TimePlacement {
  // An answer as of a date says when each node counts from (its contents', its report's); else its own date.
  const own = new Map(nodes.map((n) => [n.id, parseDate(n.datedAt ?? n.firstSeen ?? n.date)]));
  const dated = new Map(own);
  for (const [id, ms] of own) {
    if (ms === undefined) continue;
    const seen = new Set([id]);
    for (let p = parents.get(id); p !== undefined && !seen.has(p); p = parents.get(p)) {
      seen.add(p);
      if (own.get(p) !== undefined) break;
      const current = dated.get(p);
      if (current === undefined || ms < current) dated.set(p, ms);
    }
  }
  const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);
  const monthOf = (id: string) => {
    const ms = dated.get(id);
    return ms === undefined ? UNDATED : month(ms);
  };
  const months = [...new Set([...dated.values()].filter((ms): ms is number => ms !== undefined).map(month))].sort();

  // Columns side by side, each as wide as its widest node; the undated column left of them all.
  const widest = new Map<string, number>();
  for (const n of nodes) widest.set(monthOf(n.id), Math.max(widest.get(monthOf(n.id)) ?? 0, size(n.id).width));
  const column = new Map<string, number>();
  months.forEach((m, i) => {
    const before = months[i - 1];
    column.set(m, before === undefined ? 0 : (column.get(before) as number) + spacing(widest.get(before), widest.get(m)));
  });
  const first = months[0];
  const undatedX = first === undefined ? -COLUMN : -spacing(widest.get(UNDATED), widest.get(first));
  const ticks = months.map((m, i) => ({ label: `${MONTHS[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`, x: column.get(m) as number, major: i === 0 || m.slice(0, 4) !== months[i - 1]?.slice(0, 4) }));

  const laneOf = (n: (typeof nodes)[number]) => (n.kind === 'taxon' ? (n.family ?? '') : `~${n.kind}`);
  const ordered = [...nodes].sort((a, b) => (dated.get(a.id) ?? -Infinity) - (dated.get(b.id) ?? -Infinity));
  const lanes = new Map<string, typeof nodes>();
  for (const n of ordered) lanes.set(laneOf(n), [...(lanes.get(laneOf(n)) ?? []), n]);
  const positions = new Map<string, { x: number; y: number }>();
  let top = 0;
  for (const members of lanes.values()) {
    // Within a lane, a node whose column is taken in every row so far opens a new row.
    const rowEnds: number[] = [];
    const rowOf = new Map<string, number>();
    for (const n of members) {
      const x = dated.get(n.id) === undefined ? undatedX : (column.get(monthOf(n.id)) as number);
      let row = rowEnds.findIndex((end) => x > end);
      if (row === -1) row = rowEnds.push(-Infinity) - 1;
      rowEnds[row] = x;
      rowOf.set(n.id, row);
      positions.set(n.id, { x, y: 0 });
    }
    // Each row as tall as its tallest node, stacked from the lane's top.
    const tallest = rowEnds.map(() => 0);
    for (const n of members) tallest[rowOf.get(n.id) as number] = Math.max(tallest[rowOf.get(n.id) as number] as number, size(n.id).height);
    const centres: number[] = [];
    let y = top;
    for (const h of tallest) {
      centres.push(y + h / 2);
      y += h + GAP_Y;
    }
    for (const n of members) (positions.get(n.id) as { x: number; y: number }).y = centres[rowOf.get(n.id) as number] as number;
    top = y + ROW / 2;
  }
  return { positions, ticks, undatedX };
}

const UNDATED = 'undated';

/** How far apart the centres of two neighbouring columns stand: their half widths and a gap, and never closer than a month's width. */
const spacing = (left = 0, right = 0) => Math.max(COLUMN, left / 2 + right / 2 + GAP_X);

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

/**
 * A cladogram laid out in one pass, for hierarchies too large for dagre: the root on the left,
 * one column per level as wide as its widest label, leaves stacked in tree order, each parent
 * centred on its children.
 */
export function cladogramPositions(nodes: { id: string; width: number; height: number }[], parents: ReadonlyMap<string, string>, gap = { column: 70, row: 14 }): Map<string, { x: number; y: number }> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const n of nodes) {
    const parent = parents.get(n.id);
    if (parent !== undefined && byId.has(parent)) children.set(parent, [...(children.get(parent) ?? []), n.id]);
    else roots.push(n.id);
  }
  const depth = new Map<string, number>();
  const order: string[] = [];
  const stack = roots.map((id) => ({ id, d: 0 })).reverse();
  while (stack.length) {
    const { id, d } = stack.pop() as { id: string; d: number };
    if (depth.has(id)) continue;
    depth.set(id, d);
    order.push(id);
    for (const child of [...(children.get(id) ?? [])].reverse()) stack.push({ id: child, d: d + 1 });
  }
  const widest: number[] = [];
  for (const [id, d] of depth) widest[d] = Math.max(widest[d] ?? 0, byId.get(id)?.width ?? 0);
  const columnX: number[] = [];
  widest.forEach((w, d) => (columnX[d] = d === 0 ? 0 : (columnX[d - 1] as number) + ((widest[d - 1] as number) + w) / 2 + gap.column));

  const positions = new Map<string, { x: number; y: number }>();
  let cursor = 0;
  // Leaves take the next row in tree order; then, bottom up, each parent sits between its first and last child.
  for (const id of order) {
    const x = columnX[depth.get(id) as number] as number;
    if (children.get(id)?.length) positions.set(id, { x, y: 0 });
    else {
      const h = byId.get(id)?.height ?? 0;
      positions.set(id, { x, y: cursor + h / 2 });
      cursor += h + gap.row;
    }
  }
  for (const id of [...order].reverse()) {
    const kids = children.get(id);
    if (!kids?.length) continue;
    (positions.get(id) as { y: number }).y = ((positions.get(kids[0] as string)?.y ?? 0) + (positions.get(kids.at(-1) as string)?.y ?? 0)) / 2;
  }
  return positions;
}
