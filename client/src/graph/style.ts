// The stylesheet: nodes shaped by rank and coloured by family, edge types told apart by colour and
// arrow, confidence by line style and opacity; lighter rules once a drawing is large.
import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import { FONT_FAMILY, LINE_HEIGHT, labelBox, type LabelFont } from './measure.ts';
import { CONFIDENCE_INFO, EDGE_TYPES } from './model.ts';

export interface StyleOptions {
  /** Classification edges drawn as a cladogram's right angles (hierarchical layout). */
  cladogram: boolean;
  /** Many elements: cheaper edges, labels only when they can be read. */
  large: boolean;
}

const INK = '#0f172a';
const MAX_LABEL_WIDTH = 200;

/** Each kind of node's type, shared by the stylesheet and the measuring of its label. */
const FONTS: Record<string, LabelFont> = {
  domain: { size: 16, weight: 700, italic: false },
  phylum: { size: 15, weight: 600, italic: false },
  family: { size: 15, weight: 700, italic: false },
  genus: { size: 14, weight: 600, italic: true },
  species: { size: 14, weight: 400, italic: true },
  specimen: { size: 12, weight: 400, italic: false },
  other: { size: 12, weight: 400, italic: false },
};
const fontKey = (rank: string | undefined): string => {
  if (rank === 'class' || rank === 'order') return 'phylum';
  return rank && rank in FONTS ? rank : 'other';
};
/** The type a node's label is set in, from its data alone (so a worker can measure it too). */
export const labelFont = (data: { rank?: string }): LabelFont => FONTS[fontKey(data.rank)] as LabelFont;
const box = (n: NodeSingular) => labelBox(String(n.data('display') ?? ''), labelFont(n.data() as { rank?: string }), MAX_LABEL_WIDTH);

/** What a node's label measures, as the stylesheet sizes the node: its text, type and wrap width. */
export const nodeLabel = (data: { display?: unknown; rank?: string }) => ({ text: String(data.display ?? ''), font: labelFont(data), maxWidth: MAX_LABEL_WIDTH });

/** Each rank's and kind's padding and widest border, as the rules below give them. */
const PADDING: Record<string, number> = { domain: 12, phylum: 10, class: 10, order: 10, family: 10, specimen: 6, lab: 7 };
const BORDER = 5;

/**
 * The room a node takes on the canvas (label, padding and the widest border any state gives it),
 * from its data alone: for layouts that place nodes before Cytoscape has drawn them.
 */
export function nodeSize(data: { display?: unknown; rank?: string; kind?: string }): { width: number; height: number } {
  const { text, font, maxWidth } = nodeLabel(data);
  const label = labelBox(text, font, maxWidth);
  const pad = PADDING[data.rank ?? ''] ?? PADDING[data.kind ?? ''] ?? 8;
  return { width: label.width + 2 * (pad + BORDER), height: label.height + 2 * (pad + BORDER) };
}

/** An arc as wide as its ends are far apart: relationships along a column read as an arc diagram. */
const arcDistance = (e: EdgeSingular): number => Math.max(40, 0.45 * Math.hypot(e.source().position('x') - e.target().position('x'), e.source().position('y') - e.target().position('y')));

const fontRule = (f: LabelFont) => ({ 'font-size': f.size, 'font-weight': f.weight, 'font-style': f.italic ? 'italic' : 'normal' }) as const;

export function stylesheet({ cladogram, large }: StyleOptions): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        label: 'data(display)',
        'font-family': FONT_FAMILY,
        ...fontRule(FONTS.other as LabelFont),
        color: INK,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': `${MAX_LABEL_WIDTH}px`,
        'line-height': LINE_HEIGHT,
        width: (n: NodeSingular) => box(n).width,
        height: (n: NodeSingular) => box(n).height,
        padding: '8px',
        'background-color': '#ffffff',
        'border-width': 1.5,
        'border-color': 'data(color)',
        'min-zoomed-font-size': large ? 9 : 5,
      },
    },
    { selector: 'node.rank-domain', style: { ...fontRule(FONTS.domain as LabelFont), 'background-color': '#0f172a', 'border-color': '#0f172a', color: '#f8fafc', padding: '12px' } },
    { selector: 'node.rank-phylum, node.rank-class, node.rank-order', style: { ...fontRule(FONTS.phylum as LabelFont), 'background-color': '#334155', 'border-color': '#334155', color: '#f8fafc', padding: '10px' } },
    { selector: 'node.rank-family', style: { ...fontRule(FONTS.family as LabelFont), 'background-color': 'data(color)', color: '#ffffff', padding: '10px' } },
    { selector: 'node.rank-genus', style: { ...fontRule(FONTS.genus as LabelFont), 'border-width': 2.5, color: 'data(color)' } },
    { selector: 'node.rank-species', style: { ...fontRule(FONTS.species as LabelFont), 'background-color': 'data(color)', 'background-opacity': 0.12 } },
    { selector: 'node.rank-specimen', style: { ...fontRule(FONTS.specimen as LabelFont), color: '#334155', padding: '6px', 'border-width': 1 } },
    { selector: 'node.kind-trait', style: { 'background-color': '#f0fdfa', 'border-color': '#0d9488', color: '#115e59', 'corner-radius': '14' } },
    { selector: 'node.kind-paper', style: { shape: 'rectangle', 'background-color': '#fafaf9', 'border-color': '#a8a29e', color: '#57534e' } },
    { selector: 'node.kind-lab', style: { shape: 'round-tag', 'background-color': '#faf5ff', 'border-color': '#a78bfa', color: '#5b21b6', padding: '7px' } },
    { selector: 'node.folded', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#cbd5e1' } },
    { selector: 'node.rank-family.folded', style: { 'border-color': '#ffffff' } },
    // A hybrid: the × in its label, and a double border, one line for each parent lineage.
    { selector: 'node.hybrid', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#334155' } },
    { selector: 'node.conf-medium', style: { 'border-style': 'dashed' } },
    { selector: 'node.conf-low', style: { 'border-style': 'dotted', 'border-width': 2 } },

    {
      selector: 'edge',
      style: {
        width: large ? 1 : 1.6,
        'curve-style': large ? 'haystack' : 'bezier',
        'line-color': '#94a3b8',
        'target-arrow-color': '#94a3b8',
        'arrow-scale': 0.9,
        'font-family': FONT_FAMILY,
        'font-size': 11,
        color: '#334155',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 8,
      },
    },
    ...EDGE_TYPES.map((t) => ({
      selector: `edge.type-${t.type}`,
      style: { 'line-color': t.color, 'target-arrow-color': t.color, 'target-arrow-shape': large ? 'none' : t.arrow },
    })),
    {
      selector: 'edge.type-MEMBER_OF',
      style: cladogram && !large ? { 'curve-style': 'taxi', 'taxi-direction': 'horizontal', 'taxi-turn': '28px', width: 1.4 } : { width: 1.2 },
    },
    { selector: 'edge.type-HERITAGE, edge.type-CONVERGES, edge.type-DESCENDS_FROM', style: { width: large ? 1.5 : 2.2 } },
    // A hybrid's second parent: straight and darker, so it does not read as one more branch of
    // the tree's right angles.
    { selector: 'edge.second-parent', style: { 'curve-style': 'straight', 'line-color': '#334155', width: 2, label: '×', 'font-size': 14, 'font-weight': 700, color: '#334155' } },
    // Over a cladogram, relationships between taxa of one column arc out to the side instead of
    // running hidden along the column.
    ...(cladogram && !large
      ? [{ selector: 'edge.type-HERITAGE, edge.type-ABSORBS, edge.type-DESCENDS_FROM', style: { 'curve-style': 'unbundled-bezier' as const, 'control-point-distances': arcDistance, 'control-point-weights': 0.5 } }]
      : []),
    { selector: 'edge.type-ABSORBS', style: { width: large ? 2 : 3.2 } },
    { selector: 'edge.bundle', style: { width: 'mapData(count, 1, 12, 2, 7)', label: 'data(count)' } },
    { selector: 'edge.conf-medium', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4], opacity: CONFIDENCE_INFO.medium.opacity } },
    { selector: 'edge.conf-low', style: { 'line-style': 'dotted', opacity: CONFIDENCE_INFO.low.opacity } },
    { selector: 'edge:selected, edge.hover', style: { label: 'data(caption)', 'z-index': 20, opacity: 1 } },
    // The heritage of the chosen taxon: full strength, the trait written on each arc.
    { selector: 'edge.heritage-focus', style: { label: 'data(caption)', opacity: 1, width: 3.2, 'z-index': 18, 'font-size': 12, 'font-weight': 600, 'text-background-opacity': 1 } },

    // A trait's history on the cladogram (convergence view): carriers filled, reconstructed
    // ancestral carriers shaded, ambiguous ancestors half filled, inherited ones ringed, the rest
    // greyed; each origin's branch red and labelled, each loss's dashed.
    { selector: 'node[history = "carrier"]', style: { 'background-color': '#0f766e', 'background-opacity': 1, 'border-color': '#0f766e', color: '#ffffff' } },
    { selector: 'node[history = "ancestor"]', style: { 'background-color': '#99f6e4', 'background-opacity': 1, 'border-color': '#0f766e', color: INK } },
    {
      selector: 'node[history = "ambiguous"]',
      style: { 'background-fill': 'linear-gradient', 'background-gradient-direction': 'to-right', 'background-gradient-stop-colors': ['#5eead4', '#5eead4', '#ffffff', '#ffffff'], 'background-gradient-stop-positions': ['0%', '50%', '50%', '100%'], 'border-color': '#0f766e', 'border-style': 'dashed', color: INK },
    },
    { selector: 'node[history = "heritage"]', style: { 'background-color': '#ffffff', 'background-opacity': 1, 'border-color': '#0f766e', 'border-style': 'double', 'border-width': 5, color: '#0f766e' } },
    { selector: 'node[history = "absent"]', style: { 'background-color': '#f8fafc', 'background-opacity': 1, 'border-color': '#cbd5e1', color: '#64748b' } },
    { selector: 'node[?origin]', style: { 'border-color': '#dc2626', 'border-width': 3.5, 'border-style': 'solid' } },
    { selector: 'edge[change = "gain"]', style: { 'line-color': '#dc2626', width: 4, label: '+ origin', color: '#b91c1c', 'font-weight': 700, 'z-index': 15, opacity: 1 } },
    { selector: 'edge[change = "loss"]', style: { 'line-color': '#64748b', 'line-style': 'dashed', width: 3, label: '− loss', 'z-index': 15 } },
    { selector: 'edge[?secondaryParent]', style: { 'line-style': 'dotted' } },

    { selector: 'node.kind-trait.marked', style: { ...fontRule({ size: 14, weight: 700, italic: false }), 'border-width': 2.5 } },
    { selector: 'node.marked', style: { 'underlay-color': '#0ea5e9', 'underlay-opacity': 0.25, 'underlay-padding': 9, 'underlay-shape': 'round-rectangle' } },
    { selector: 'edge.marked', style: { width: 4, 'line-color': '#0ea5e9', 'target-arrow-color': '#0ea5e9', opacity: 1, 'z-index': 10 } },
    // A diff of two revisions (History view): added green, removed red, changed amber, the rest faded.
    { selector: 'node[diff = "same"], edge[diff = "same"]', style: { opacity: 0.4 } },
    { selector: 'node[diff = "added"]', style: { 'border-color': '#16a34a', 'border-width': 4, 'underlay-color': '#22c55e', 'underlay-opacity': 0.3, 'underlay-padding': 7, 'underlay-shape': 'round-rectangle' } },
    { selector: 'node[diff = "removed"]', style: { 'border-color': '#dc2626', 'border-width': 3, 'border-style': 'dashed', color: '#b91c1c', 'background-color': '#fef2f2', 'background-opacity': 1, 'underlay-color': '#ef4444', 'underlay-opacity': 0.2, 'underlay-padding': 7, 'underlay-shape': 'round-rectangle' } },
    { selector: 'node[diff = "changed"]', style: { 'border-color': '#d97706', 'border-width': 4, 'underlay-color': '#f59e0b', 'underlay-opacity': 0.3, 'underlay-padding': 7, 'underlay-shape': 'round-rectangle' } },
    { selector: 'edge[diff = "added"]', style: { 'line-color': '#16a34a', 'target-arrow-color': '#16a34a', width: 3.5, opacity: 1 } },
    { selector: 'edge[diff = "removed"]', style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', 'line-style': 'dashed', width: 3, opacity: 1 } },
    { selector: 'edge[diff = "changed"]', style: { 'line-color': '#d97706', 'target-arrow-color': '#d97706', width: 3.5, opacity: 1 } },
    { selector: 'edge[diff = "moved"]', style: { 'line-color': '#d97706', 'target-arrow-color': '#d97706', 'target-arrow-shape': 'triangle', 'line-style': 'dashed', 'curve-style': 'bezier', width: 3, label: 'moved', color: '#b45309' } },
    { selector: 'node:selected', style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.5, 'underlay-padding': 10, 'underlay-shape': 'round-rectangle', 'z-index': 30 } },
    { selector: 'edge:selected', style: { width: 4, 'underlay-color': '#f59e0b', 'underlay-opacity': 0.35, 'underlay-padding': 4 } },
  ];
}
