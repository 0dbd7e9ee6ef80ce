// A large drawing's layout, computed away from the page: the one-pass cladogram or a Cytoscape
// layout run on a headless instance, with every label measured on the way. The layout worker
// (layout.worker.ts) runs it; it runs anywhere (tests, a browser without workers) as it is.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { LayoutName, Positions } from '../state/view-state.ts';
import { cladogramPositions, layoutOptions } from './layouts.ts';
import { labelBox, type LabelFont } from './measure.ts';
import { nodeLabel, nodeSize } from './style.ts';

cytoscape.use(dagre);
cytoscape.use(fcose);

export interface LayoutRequest {
  /** `cladogram`: the classification laid out in one pass; else a layout the reader can pick. */
  layout: 'cladogram' | Exclude<LayoutName, 'time'>;
  nodes: { id: string; display?: string; rank?: string; kind?: string; family?: string }[];
  /** The edges the layout follows (for the cladogram: classification edges, child → parent). */
  edges: { id: string; source: string; target: string }[];
  /** Dragged positions the layout keeps. */
  pinned: Positions;
}

export interface MeasuredLabel {
  text: string;
  font: LabelFont;
  maxWidth: number;
  width: number;
  height: number;
}

export interface LayoutResult {
  positions: Positions;
  /** Every label measured on the way, for the page's stylesheet. */
  labels: MeasuredLabel[];
}

const NO_TIME = { positions: new Map<string, { x: number; y: number }>(), ticks: [], undatedX: 0 };

export function computeLayout(request: LayoutRequest): LayoutResult {
  const labels = request.nodes.map((n) => {
    const label = nodeLabel(n);
    return { ...label, ...labelBox(label.text, label.font, label.maxWidth) };
  });
  const sizes = new Map(request.nodes.map((n) => [n.id, nodeSize(n)]));
  return { positions: positionsOf(request, sizes), labels };
}

function positionsOf({ layout, nodes, edges, pinned }: LayoutRequest, sizes: ReadonlyMap<string, { width: number; height: number }>): Positions {
  if (layout === 'cladogram') {
    const parents = new Map<string, string>();
    for (const e of edges) if (!parents.has(e.source)) parents.set(e.source, e.target);
    const placed = cladogramPositions(
      nodes.map((n) => ({ id: n.id, ...(sizes.get(n.id) as { width: number; height: number }) })),
      parents,
    );
    return Object.fromEntries(placed);
  }
  const ids = new Set(nodes.map((n) => n.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { ...n, w: sizes.get(n.id)?.width, h: sizes.get(n.id)?.height }, position: pinned[n.id] ?? { x: 0, y: 0 } })),
      ...edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ group: 'edges' as const, data: e })),
    ],
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  const options = { ...layoutOptions(layout, nodes.length, pinned, NO_TIME), animate: false } as LayoutOptions;
  cy.layout(options).run();
  const positions: Positions = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = { ...n.position() };
  });
  cy.destroy();
  return positions;
}
