// GraphCanvas owns the one Cytoscape instance: elements, layout and highlights in; selection,
// double-clicks and drags out. Exposes fit, zoom, centring and export through its handle.
import type { Core, ElementDefinition, EventObject, NodeCollection, NodeSingular } from 'cytoscape';
import 'cytoscape-navigator/cytoscape.js-navigator.css';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { cytoscape } from '../graph/extensions.ts';
import type { MeasuredLabel } from '../graph/large-layout.ts';
import { layoutOffThread } from '../graph/layout-client.ts';
import { LARGE, layoutOptions, placeSatellites, type TimePlacement } from '../graph/layouts.ts';
import { rememberLabelBoxes } from '../graph/measure.ts';
import { legiblePan, legibleZoom, openingFocus } from '../graph/fit.ts';
import { labelFont, nodeSize, stylesheet } from '../graph/style.ts';
import type { LayoutName, Positions } from '../state/view-state.ts';
import { TimeAxis } from './TimeAxis.tsx';

const FIT_PADDING = 36;
const OVERVIEW_ID = 'graph-overview';

export interface GraphHandle {
  fit(): void;
  /** Puts the keyboard on the canvas. */
  focus(): void;
  zoomBy(factor: number): void;
  png(): Promise<Blob>;
  svg(): string;
  json(): object;
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  /** Dragged positions: kept through every layout. */
  positions: Positions;
  time: TimePlacement;
  selected?: string;
  marked: ReadonlySet<string>;
  /** Centre on this node; the counter asks again for the same node. */
  focus?: { id: string; n: number };
  overview: boolean;
  onSelect(id: string | undefined): void;
  onOpen(id: string): void;
  onMove(positions: Positions): void;
  ref?: Ref<GraphHandle>;
}

declare global {
  interface Window {
    /** The page's Cytoscape instance, for the browser tests and for curious readers' consoles. */
    __cy?: Core;
  }
}

/** Cytoscape reads these viewport shortcuts from its renderer at each frame; they only pay off on large drawings. */
interface ViewportRenderer {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const overviewBox = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [cyState, setCy] = useState<Core>();
  // Handlers change every render; the instance's listeners read the latest through this ref.
  const latest = useRef(props);
  latest.current = props;
  const layoutRun = useRef<{ stop(): void } | null>(null);

  // A layout effect, so the instance exists when the elements' layout effect below first runs.
  useLayoutEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: stylesheet({ cladogram: true, large: false }),
      minZoom: 0.02,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;
    setCy(cy);
    window.__cy = cy;
    cy.on('tap', (e: EventObject) => {
      const target = e.target as Core | NodeSingular;
      latest.current.onSelect(target === cy ? undefined : (target as NodeSingular).id());
    });
    cy.on('dbltap', 'node', (e: EventObject) => latest.current.onOpen((e.target as NodeSingular).id()));
    cy.on('mouseover', 'edge', (e: EventObject) => (e.target as NodeSingular).addClass('hover'));
    cy.on('mouseout', 'edge', (e: EventObject) => (e.target as NodeSingular).removeClass('hover'));
    cy.on('mouseover', 'node', () => container.current?.classList.add('pointing'));
    cy.on('mouseout', 'node', () => container.current?.classList.remove('pointing'));
    cy.on('dragfree', 'node', (e: EventObject) => {
      const node = e.target as NodeSingular;
      latest.current.onMove({ ...latest.current.positions, [node.id()]: { ...node.position() } });
    });
    // The details panel and the matrix change the canvas's size: keep the selection in sight.
    const resize = new ResizeObserver(() => {
      cy.resize();
      const selected = cy.$('node:selected');
      if (selected.nonempty() && !within(cy, selected.renderedBoundingBox({}))) cy.animate({ center: { eles: selected } }, { duration: 250 });
    });
    if (container.current) resize.observe(container.current);
    return () => {
      resize.disconnect();
      layoutRun.current?.stop();
      cy.destroy();
      cyRef.current = null;
      if (window.__cy === cy) delete window.__cy;
    };
  }, []);

  const { elements, layout, positions, time } = props;
  const large = elements.length > LARGE;

  // Elements: update in place, and lay out again when the set of nodes or the layout changes.
  // A large drawing is laid out in the layout worker and added in slices, one task each, so the
  // page keeps answering; a small one as before, at once and animated.
  const lastLayout = useRef({ nodes: '', layout: '' });
  const sheet = useRef('');
  const run = useRef(0);
  // Before the page paints: a drawing on its way says so (aria-busy) from its first frame.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const token = ++run.current;
    const renderer = (cy as unknown as { renderer(): ViewportRenderer }).renderer();
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = elements.length > LARGE * 4;
    // A new stylesheet restyles every element: only when it changes, and after a large removal
    // (restyling a drawing of 40,000 elements on its way out froze the page for seconds).
    const sheetKey = `${layout === 'dagre'}|${large}`;
    const restyle = () => {
      if (sheetKey === sheet.current) return;
      sheet.current = sheetKey;
      cy.style(stylesheet({ cladogram: layout === 'dagre', large }));
    };

    const next = new Set(elements.map((e) => e.data.id as string));
    const added: ElementDefinition[] = [];
    // Removing tens of thousands of elements at once freezes the page too: in slices, then.
    const gone = cy.elements().filter((el) => !next.has(el.id()));
    const removeLater = gone.length > SLICE * 4;
    if (!removeLater) restyle();
    cy.batch(() => {
      if (!removeLater) cy.remove(gone);
      for (const def of elements) {
        const el = cy.getElementById(def.data.id as string);
        if (el.empty()) added.push(def);
        else {
          // Restyling costs: only what changed.
          if (!sameData(el.data() as Record<string, unknown>, def.data)) el.data(def.data);
          if (el.classes().join(' ') !== (def.classes ?? '')) el.classes(def.classes ?? '');
        }
      }
    });
    // Nodes before the edges that join them.
    added.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
    const sliced = large || added.length > SLICE || removeLater;
    const current = () => token === run.current;
    const replace = async (at: Positions) => (await removeInSlices(cy, gone, current)) && (restyle(), await addInSlices(cy, added, at, current));
    if (!sliced) cy.add(added);

    const nodeKey = elements
      .filter((e) => e.group === 'nodes')
      .map((e) => e.data.id as string)
      .sort()
      .join('|');
    const relayout = nodeKey !== lastLayout.current.nodes || layout !== lastLayout.current.layout;
    if (relayout) {
      lastLayout.current = { nodes: nodeKey, layout };
      layoutRun.current?.stop();
      layoutRun.current = null;
    }
    if (!relayout || !elements.some((e) => e.group === 'nodes')) {
      if (sliced) void replace({});
      return;
    }
    container.current?.setAttribute('aria-busy', 'true');
    const hierarchical = () => layout === 'dagre' && cy.edges('.type-MEMBER_OF').nonempty();
    const finish = () => {
      const satellites = hierarchical() ? cy.nodes().not('.kind-taxon') : cy.collection();
      if (satellites.nonempty()) placeBeside(cy, satellites);
      pin(cy, latest.current.positions);
      // Arcs are shaped by where their ends now stand (a large drawing draws none).
      if (!large) cy.style().update();
      fitReadable(cy);
      const chosen = latest.current.selected ? cy.getElementById(latest.current.selected) : undefined;
      if (chosen?.nonempty() && chosen.isNode() && framedFor.current !== chosen.id()) {
        framedFor.current = chosen.id();
        frameHeritage(cy, chosen);
      }
      container.current?.setAttribute('aria-busy', 'false');
    };

    if (!sliced) {
      // The hierarchy follows the classification; traits, papers and labs stand in a column beside it.
      const tree = cy.edges('.type-MEMBER_OF');
      const hierarchy = hierarchical();
      const taxa = cy.nodes('.kind-taxon');
      const options = layoutOptions(layout, cy.nodes().length, positions, time);
      const laying = (hierarchy ? taxa.union(tree) : cy.elements()).layout(options);
      laying.one('layoutstop', () => {
        if (token === run.current) finish();
      });
      layoutRun.current = laying;
      laying.run();
      return;
    }

    void (async () => {
      const placing = largeLayout(elements, layout, positions, time);
      if (!(await removeInSlices(cy, gone, current))) return;
      restyle();
      const placed = await placing;
      if (!current()) return;
      rememberLabelBoxes(placed.labels);
      // The viewport first: each slice is then drawn where it will stay, and only what is in view is painted.
      const chosen = latest.current.selected ? placed.positions[latest.current.selected] : undefined;
      fitBox(
        cy,
        elements.flatMap((e) => {
          const at = e.group === 'nodes' ? placed.positions[e.data.id as string] : undefined;
          return at ? [{ data: e.data as NodeLook, at }] : [];
        }),
        chosen,
      );
      // Nodes already drawn move to their new places; new ones are added there.
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const p = placed.positions[n.id()];
          if (p) n.position(p);
        });
      });
      const done = await addInSlices(cy, added, placed.positions, current);
      if (done) finish();
    })();
    // `positions` and `time` are read when a layout runs; a drag alone must not lay out again.
  }, [elements, layout, large]);

  // Positions changed from outside (Back, a pasted link): put the nodes where the state says.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) pin(cy, positions);
  }, [positions]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements('.marked').removeClass('marked');
      const nodes = cy.nodes().filter((n) => props.marked.has(n.id()));
      nodes.addClass('marked');
      nodes.edgesWith(nodes).addClass('marked');
    });
  }, [props.marked, elements]);

  const framedFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    cy.edges('.heritage-focus').removeClass('heritage-focus');
    if (!props.selected) return;
    const chosen = cy.getElementById(props.selected);
    chosen.select();
    if (chosen.empty() || !chosen.isNode()) return;
    // A chosen taxon's heritage: its arcs stand out with their trait written on them; a new
    // choice frames the taxon with the lineages it inherits from (after the layout, if one runs).
    chosen.connectedEdges('.type-HERITAGE').addClass('heritage-focus');
    if (framedFor.current !== props.selected && container.current?.getAttribute('aria-busy') !== 'true') {
      framedFor.current = props.selected;
      frameHeritage(cy, chosen);
    }
  }, [props.selected, elements]);

  const focus = props.focus;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !focus) return;
    // Wait for a layout that the same change may have started.
    const timer = setTimeout(() => {
      const node = cy.getElementById(focus.id);
      if (node.empty()) return;
      // A taxon with heritage is framed with the lineages it inherits from; any other is centred.
      if (node.isNode() && node.connectedEdges('.type-HERITAGE').nonempty()) frameHeritage(cy, node, true);
      else cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 400 });
    }, 420);
    return () => clearTimeout(timer);
  }, [focus]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !props.overview || !overviewBox.current) return;
    // The navigator takes its container only as a selector string; given an element, it opens a
    // fixed 400 px panel of its own over the page's corner.
    const nav = cy.navigator({ container: `#${OVERVIEW_ID}`, rerenderDelay: large ? 1500 : 250, removeCustomContainer: false });
    // It draws its thumbnail on the next render: ask for one now rather than at the next pan.
    const first = requestAnimationFrame(() => cy.forceRender());
    return () => {
      cancelAnimationFrame(first);
      nav.destroy();
    };
  }, [props.overview, large]);

  useImperativeHandle(props.ref, () => ({
    fit: () => cyRef.current && fitReadable(cyRef.current),
    focus: () => container.current?.focus(),
    zoomBy: (factor) => {
      const cy = cyRef.current;
      if (!cy) return;
      cy.animate({ zoom: { level: cy.zoom() * factor, position: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
    },
    png: async () => (cyRef.current as Core).png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
    svg: () => (cyRef.current as Core).svg({ full: true, bg: '#ffffff' }),
    json: () => ({ elements: (cyRef.current as Core).elements().jsons() }),
  }));

  const onKeyDown = (e: React.KeyboardEvent) => {
    const cy = cyRef.current;
    if (!cy) return;
    const step = 80;
    const pans: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const pan = pans[e.key];
    if (pan && e.shiftKey) cy.panBy({ x: pan[0], y: pan[1] });
    else if (pan) {
      // Arrows move the selection to the neighbour that way; with nothing selected, to the node nearest the centre.
      const next = stepFrom(cy, props.selected, e.key as keyof typeof DIRECTIONS);
      if (next) {
        latest.current.onSelect(next.id());
        if (!within(cy, next.renderedBoundingBox({}))) cy.animate({ center: { eles: next } }, { duration: 200 });
      }
    } else if (e.key === 'Enter' && props.selected && !props.selected.includes('~')) latest.current.onOpen(props.selected);
    else if (e.key === '+' || e.key === '=') cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (e.key === '-') cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else return;
    e.preventDefault();
  };

  return (
    <div className="graph-canvas">
      <div
        ref={container}
        className="graph-canvas__cy"
        tabIndex={0}
        role="application"
        aria-label="Taxonomy graph. Arrow keys move to the neighbouring node that way, Enter opens it, Escape clears the selection; Shift and arrows pan, plus and minus zoom."
        onKeyDown={onKeyDown}
      />
      {layout === 'time' && cyState && <TimeAxis cy={cyState} time={time} />}
      {props.overview && <div ref={overviewBox} id={OVERVIEW_ID} className="graph-canvas__overview" aria-hidden="true" />}
    </div>
  );
}

const DIRECTIONS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] } as const;

/**
 * The node an arrow key moves to: among the selected node's neighbours, the nearest one lying
 * that way (off-axis distance counts double); with no selection, the node nearest the centre.
 */
function stepFrom(cy: Core, selected: string | undefined, key: keyof typeof DIRECTIONS): NodeSingular | undefined {
  const from = selected ? cy.getElementById(selected) : undefined;
  if (!from || from.empty() || !from.isNode()) {
    const centre = { x: (cy.width() / 2 - cy.pan().x) / cy.zoom(), y: (cy.height() / 2 - cy.pan().y) / cy.zoom() };
    const dist = (n: NodeSingular) => Math.hypot(n.position('x') - centre.x, n.position('y') - centre.y);
    let nearest: NodeSingular | undefined;
    cy.nodes(':visible').forEach((n) => {
      if (nearest === undefined || dist(n) < dist(nearest)) nearest = n;
    });
    return nearest;
  }
  const [dx, dy] = DIRECTIONS[key];
  const origin = from.position();
  let best: NodeSingular | undefined;
  let bestScore = Infinity;
  from.neighborhood('node:visible').forEach((n) => {
    const along = (n.position('x') - origin.x) * dx + (n.position('y') - origin.y) * dy;
    const across = Math.abs((n.position('x') - origin.x) * dy) + Math.abs((n.position('y') - origin.y) * dx);
    if (along <= 0) return;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [n, score];
  });
  return best;
}

const within = (cy: Core, box: { x1: number; y1: number; x2: number; y2: number }) => box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();

/**
 * Fits the drawing so its labels can be read: the whole of it when they stay at least
 * MIN_LABEL_PX on screen, else at that size from its start, or around the selected node, or
 * around the nodes the answer asks to keep in view (`frame` in their data).
 */
function fitReadable(cy: Core): void {
  if (cy.elements().length > LARGE) return fitLarge(cy);
  const visible = cy.elements(':visible');
  if (visible.empty()) return;
  cy.fit(visible, FIT_PADDING);
  const fonts = cy.nodes(':visible').map((n) => parseFloat(n.style('font-size') as string)).filter((f) => Number.isFinite(f) && f > 0);
  const zoom = legibleZoom(cy.zoom(), fonts.length ? Math.min(...fonts) : NaN);
  if (zoom === cy.zoom()) return;
  const selected = cy.$('node:selected');
  const framed = cy.nodes('[?frame]:visible');
  const centre = (b: { x1: number; y1: number; x2: number; y2: number }) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
  const box = visible.boundingBox({});
  const viewport = { width: cy.width(), height: cy.height() };
  const focus = selected.nonempty() ? selected.position() : framed.nonempty() ? centre(framed.boundingBox({})) : openingFocus(box, zoom, viewport, FIT_PADDING, cy.nodes(':visible').map((n) => n.position()));
  cy.zoom(zoom);
  cy.pan(legiblePan(box, zoom, viewport, FIT_PADDING, focus));
}

/**
 * The same fit for a large drawing, from each node's place and the size its data gives it:
 * Cytoscape's own bounding boxes and computed styles cost seconds on tens of thousands of nodes.
 */
function fitLarge(cy: Core): void {
  const selected = cy.$('node:selected');
  fitBox(cy, cy.nodes().map((n) => ({ data: n.data() as NodeLook, at: n.position() })), selected.nonempty() ? selected.position() : undefined);
}

type NodeLook = { display?: string; rank?: string; kind?: string };

/** Fits nodes given by their data and places at a legible zoom (the rule of fitReadable). */
function fitBox(cy: Core, nodes: { data: NodeLook; at: { x: number; y: number } }[], focus?: { x: number; y: number }): void {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  let smallestFont = Infinity;
  for (const { data, at } of nodes) {
    const { width, height } = nodeSize(data);
    box.x1 = Math.min(box.x1, at.x - width / 2);
    box.x2 = Math.max(box.x2, at.x + width / 2);
    box.y1 = Math.min(box.y1, at.y - height / 2);
    box.y2 = Math.max(box.y2, at.y + height / 2);
    smallestFont = Math.min(smallestFont, labelFont(data).size);
  }
  if (!Number.isFinite(box.x1)) return;
  const viewport = { width: cy.width(), height: cy.height() };
  const fit = Math.min((viewport.width - 2 * FIT_PADDING) / (box.x2 - box.x1 || 1), (viewport.height - 2 * FIT_PADDING) / (box.y2 - box.y1 || 1));
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), legibleZoom(fit, smallestFont)));
  cy.viewport({ zoom, pan: legiblePan(box, zoom, viewport, FIT_PADDING, focus ?? openingFocus(box, zoom, viewport, FIT_PADDING, nodes.map((n) => n.at))) });
}

/** Brings a taxon's heritage into view with it, at a legible zoom, when any of it is off screen (or `always`). */
function frameHeritage(cy: Core, chosen: NodeSingular, always = false): void {
  const heritage = chosen.connectedEdges('.type-HERITAGE');
  if (heritage.empty()) return;
  const framed = chosen.union(heritage.connectedNodes());
  if (!always && framed.every((n) => within(cy, n.renderedBoundingBox({})))) return;
  const box = framed.boundingBox({});
  const fitZoom = Math.min((cy.width() - 2 * FIT_PADDING) / (box.x2 - box.x1 || 1), (cy.height() - 2 * FIT_PADDING) / (box.y2 - box.y1 || 1));
  const fonts = framed.map((n) => parseFloat(n.style('font-size') as string)).filter((f) => Number.isFinite(f) && f > 0);
  const zoom = legibleZoom(fitZoom, fonts.length ? Math.min(...fonts) : NaN);
  cy.stop();
  cy.animate({ zoom, pan: legiblePan(box, zoom, { width: cy.width(), height: cy.height() }, FIT_PADDING, chosen.position()) }, { duration: 350 });
}

function placeBeside(cy: Core, satellites: NodeCollection): void {
  const taxa = cy.nodes('.kind-taxon');
  // Many taxa: their right edge from their places and data-given sizes, not Cytoscape's bounding box.
  const right = taxa.empty() ? 0 : taxa.length > LARGE ? Math.max(...taxa.map((n) => n.position('x') + nodeSize(n.data() as { rank?: string }).width / 2)) : taxa.boundingBox({}).x2;
  const widest = Math.max(...satellites.map((n) => n.outerWidth()));
  const placed = placeSatellites(
    satellites.map((n) => ({ id: n.id(), height: n.outerHeight(), anchors: n.neighborhood('node.kind-taxon').nodes().map((m) => m.position('y')) })),
    right + 90 + widest / 2,
  );
  cy.batch(() => satellites.forEach((n) => void n.position(placed.get(n.id()) ?? n.position())));
}

function pin(cy: Core, positions: Positions): void {
  cy.batch(() => {
    for (const [id, p] of Object.entries(positions)) {
      const node = cy.getElementById(id);
      if (node.nonempty()) node.position(p);
    }
  });
}

/** Elements added a task at most: their styling, done at the next frame, stays well under 100 ms. */
const SLICE = 600;

/** Whether an element's data already holds every value of `next` (values compared as JSON where they are lists or maps). */
function sameData(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(next)) {
    const now = current[key];
    if (now === value) continue;
    if (typeof value !== 'object' || value === null || typeof now !== 'object' || now === null) return false;
    if (JSON.stringify(now) !== JSON.stringify(value)) return false;
  }
  return true;
}

/**
 * Adds elements a slice a task, nodes at their places; answers false when a newer drawing took
 * over. Between slices the canvas holds a batch open, so Cytoscape does not paint half a drawing
 * (and sort every element again) at each frame; each slice's style and label sizes are worked out
 * as it is added, so the first paint of the whole has only painting left to do.
 */
async function addInSlices(cy: Core, added: ElementDefinition[], at: Positions, current: () => boolean): Promise<boolean> {
  cy.startBatch();
  try {
    for (let i = 0; i < added.length; i += SLICE) {
      if (!current()) return false;
      const slice = added.slice(i, i + SLICE).map((def) => (def.group === 'nodes' && at[def.data.id as string] ? { ...def, position: at[def.data.id as string] } : def));
      cy.endBatch();
      cy.add(slice).boundingBox({});
      cy.startBatch();
      if (i + SLICE < added.length) await nextTask();
    }
    return current();
  } finally {
    cy.endBatch();
  }
}

/**
 * Removes elements a slice a task (when there are many); answers false when a newer drawing took
 * over. The batch stays open across the slices: closing it after each one had Cytoscape draw what
 * was left at the next frame, measuring every element again for its layers (1.3 of the 2 s after
 * choosing Convergence over 44,000 drawn elements), while the new view waited.
 */
async function removeInSlices(cy: Core, gone: ReturnType<Core['elements']>, current: () => boolean): Promise<boolean> {
  if (gone.length <= SLICE * 4) return current();
  // Edges first: removing a node removes its edges as well, all in one task.
  const ordered = gone.edges().union(gone.nodes());
  cy.startBatch();
  try {
    for (let i = 0; i < ordered.length; i += SLICE * 2) {
      if (!current()) return false;
      cy.remove(ordered.slice(i, i + SLICE * 2));
      await nextTask();
    }
    return current();
  } finally {
    cy.endBatch();
  }
}

/** Yields to the page (input, painting) before the next slice of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Where every node of a large drawing goes: the time axis from its own placement; the hierarchy
 * as a one-pass cladogram of the taxa; any other layout run headless; all three in the worker.
 */
async function largeLayout(elements: ElementDefinition[], layout: LayoutName, pinned: Positions, time: TimePlacement): Promise<{ positions: Positions; labels: MeasuredLabel[] }> {
  const nodes = elements.filter((e) => e.group === 'nodes').map((e) => e.data as { id: string; display?: string; rank?: string; kind?: string; family?: string });
  const edges = elements.filter((e) => e.group === 'edges').map((e) => ({ id: e.data.id as string, source: e.data.source as string, target: e.data.target as string, type: e.data.type as string }));
  if (layout === 'time') {
    return { positions: Object.fromEntries([...time.positions].map(([id, p]) => [id, p])), labels: [] };
  }
  const tree = edges.filter((e) => e.type === 'MEMBER_OF');
  if (layout === 'dagre' && tree.length) {
    // Dagre takes minutes on tens of thousands of nodes; a one-pass cladogram takes milliseconds.
    const taxa = nodes.filter((n) => n.kind === 'taxon');
    return layoutOffThread({ layout: taxa.length > LARGE ? 'cladogram' : 'dagre', nodes: taxa, edges: tree, pinned });
  }
  return layoutOffThread({ layout, nodes, edges, pinned });
}
