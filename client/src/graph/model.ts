// The data model's closed sets as the explorer draws them: ranks in order, edge types with their
// names and colours, the family palette.
import type { Css } from 'cytoscape';
import type { Confidence, EdgeType, Rank } from '../api/types.ts';

export const RANKS: readonly Rank[] = ['domain', 'phylum', 'class', 'order', 'family', 'genus', 'species', 'specimen'];

export const rankIndex = (rank: Rank | undefined): number => (rank ? RANKS.indexOf(rank) : RANKS.length);

export interface EdgeTypeInfo {
  type: EdgeType;
  label: string;
  color: string;
  /** Cytoscape arrow shape at the target end. */
  arrow: Css.ArrowShape;
}

export const EDGE_TYPES: readonly EdgeTypeInfo[] = [
  { type: 'MEMBER_OF', label: 'Classification', color: '#94a3b8', arrow: 'none' },
  { type: 'DESCENDS_FROM', label: 'Descent', color: '#2563eb', arrow: 'triangle' },
  { type: 'HERITAGE', label: 'Heritage', color: '#d97706', arrow: 'triangle' },
  { type: 'ABSORBS', label: 'Absorbs', color: '#9333ea', arrow: 'square' },
  { type: 'CONVERGES', label: 'Converges', color: '#0d9488', arrow: 'diamond' },
  { type: 'HAS_TRAIT', label: 'Has trait', color: '#86a8a3', arrow: 'circle' },
  { type: 'DESCRIBES', label: 'Describes', color: '#a8a29e', arrow: 'vee' },
  { type: 'DEVELOPED_BY', label: 'Developed by', color: '#b6a2c8', arrow: 'vee' },
];

export const edgeTypeInfo = (type: EdgeType): EdgeTypeInfo => EDGE_TYPES.find((e) => e.type === type) ?? EDGE_TYPES[0]!;

/** What the taxonomy view shows until the reader asks for more: the lineage, not the literature. */
export const DEFAULT_EDGE_TYPES: readonly EdgeType[] = ['MEMBER_OF', 'DESCENDS_FROM', 'HERITAGE', 'ABSORBS', 'CONVERGES'];

export const CONFIDENCE_INFO: Record<Confidence, { label: string; lineStyle: 'solid' | 'dashed' | 'dotted'; opacity: number }> = {
  high: { label: 'Documented (the source states it)', lineStyle: 'solid', opacity: 1 },
  medium: { label: 'Inferred from the source', lineStyle: 'dashed', opacity: 0.85 },
  low: { label: 'Third-party or disputed', lineStyle: 'dotted', opacity: 0.6 },
};

/** Distinct, calm hues that stay readable with white text; families take them in name order. */
export const FAMILY_PALETTE: readonly string[] = [
  '#0f766e', '#b45309', '#6d28d9', '#be123c', '#1d4ed8', '#4d7c0f', '#a21caf', '#0369a1',
  '#c2410c', '#047857', '#7c2d12', '#4338ca',
];

export const NO_FAMILY_COLOR = '#64748b';

/** Gives every family a colour, stable for a given list of families whatever view is open. */
export function familyColors(familyIds: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(familyIds)].sort();
  return new Map(sorted.map((id, i) => [id, FAMILY_PALETTE[i % FAMILY_PALETTE.length]!]));
}
