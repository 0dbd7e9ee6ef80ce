// The state of the explorer that a link carries: view, selection, filters, collapsed clades,
// query and dragged positions. Encoded in the URL's query string, readable, defaults left out.
import type { EdgeType, Rank } from '../api/types.ts';
import { RANKS } from '../graph/model.ts';

export const VIEWS = ['taxonomy', 'lineage', 'heritage', 'convergence', 'timeline', 'path', 'queries', 'console', 'history', 'import'] as const;
export type ViewId = (typeof VIEWS)[number];

export const LAYOUTS = ['dagre', 'fcose', 'concentric', 'circle', 'time'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** How deep the classification is drawn: `auto` picks the deepest rank that stays readable. */
export type Depth = 'auto' | 'all' | Rank;

export type Positions = Record<string, { x: number; y: number }>;

export interface Filters {
  /** Ranks drawn; empty means all. */
  ranks: Rank[];
  /** Families drawn; empty means all. */
  families: string[];
  /** Only taxa carrying one of these traits; empty means no trait filter. */
  traits: string[];
  /** Edge types drawn; undefined means the view's default. */
  edges?: EdgeType[];
}

export interface ViewState {
  view: ViewId;
  /** The taxon a lineage or heritage view is about. */
  taxon?: string;
  /** The node or edge whose details are open. */
  select?: string;
  from?: string;
  to?: string;
  /** Timeline date, YYYY-MM-DD. */
  at?: string;
  /** Timeline drawn by revision instead of by first-seen date, and the revision shown. */
  by?: 'revision';
  revision?: number;
  /** History view: the two revisions compared, `A..B`. */
  diff?: string;
  layout?: LayoutName;
  depth: Depth;
  /** Clades opened in place below the depth. */
  open: string[];
  /** Nodes whose neighbours were added. */
  expand: string[];
  hide: string[];
  filters: Filters;
  /** Named query and its parameters (queries view). */
  query?: string;
  params: Record<string, string>;
  /** Cypher text (console view). */
  cypher?: string;
  /** Where the reader dragged nodes. */
  pos: Positions;
  /** How many nodes to draw before the rest waits behind a notice; undefined means the default cap. */
  limit?: number;
}

export const initialState = (): ViewState => ({
  view: 'taxonomy',
  depth: 'auto',
  open: [],
  expand: [],
  hide: [],
  filters: { ranks: [], families: [], traits: [] },
  params: {},
  pos: {},
});

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;
const DEPTHS: readonly Depth[] = ['auto', 'all', ...RANKS];

/** Positions as `id:x:y` separated by commas; ids are kebab-case so neither `:` nor `,` occurs in them. */
export function encodePositions(pos: Positions): string {
  return Object.entries(pos)
    .map(([id, p]) => `${id}:${Math.round(p.x)}:${Math.round(p.y)}`)
    .join(',');
}

export function decodePositions(text: string | null): Positions {
  const pos: Positions = {};
  for (const item of list(text)) {
    const [id, x, y] = item.split(':');
    if (id && Number.isFinite(Number(x)) && Number.isFinite(Number(y)) && x !== '' && y !== '') pos[id] = { x: Number(x), y: Number(y) };
  }
  return pos;
}

export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const base = initialState();
  const str = (key: string) => p.get(key) || undefined;
  let params: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(p.get('params') ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) params = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
  } catch {
    // A hand-edited link with broken params opens the query with its defaults.
  }
  const limit = Number(p.get('limit'));
  return {
    view: oneOf(VIEWS, p.get('view')) ?? base.view,
    taxon: str('taxon'),
    select: str('select'),
    from: str('from'),
    to: str('to'),
    at: /^\d{4}-\d{2}-\d{2}$/.test(p.get('at') ?? '') ? (p.get('at') as string) : undefined,
    by: p.get('by') === 'revision' ? 'revision' : undefined,
    revision: /^\d+$/.test(p.get('revision') ?? '') ? Number(p.get('revision')) : undefined,
    diff: /^\d+\.\.\d+$/.test(p.get('diff') ?? '') ? (p.get('diff') as string) : undefined,
    layout: oneOf(LAYOUTS, p.get('layout')),
    depth: oneOf(DEPTHS, p.get('depth')) ?? base.depth,
    open: list(p.get('open')),
    expand: list(p.get('expand')),
    hide: list(p.get('hide')),
    filters: {
      ranks: list(p.get('ranks')).filter((r): r is Rank => (RANKS as readonly string[]).includes(r)),
      families: list(p.get('families')),
      traits: list(p.get('traits')),
      edges: p.has('edges') ? (list(p.get('edges')).filter((e) => e !== 'none') as EdgeType[]) : undefined,
    },
    query: str('query'),
    params,
    cypher: str('cypher'),
    pos: decodePositions(p.get('pos')),
    limit: Number.isInteger(limit) && limit > 0 ? limit : undefined,
  };
}

export function encodeState(state: ViewState): string {
  const entries: [string, string | undefined][] = [
    ['view', state.view === 'taxonomy' ? undefined : state.view],
    ['taxon', state.taxon],
    ['select', state.select],
    ['from', state.from],
    ['to', state.to],
    ['at', state.at],
    ['by', state.by],
    ['revision', state.revision?.toString()],
    ['diff', state.diff],
    ['layout', state.layout],
    ['depth', state.depth === 'auto' ? undefined : state.depth],
    ['open', state.open.join(',')],
    ['expand', state.expand.join(',')],
    ['hide', state.hide.join(',')],
    ['ranks', state.filters.ranks.join(',')],
    ['families', state.filters.families.join(',')],
    ['traits', state.filters.traits.join(',')],
    // `none` keeps an explicit empty list (every type switched off) apart from the view's default.
    ['edges', state.filters.edges && (state.filters.edges.join(',') || 'none')],
    ['query', state.query],
    ['params', Object.keys(state.params).length ? JSON.stringify(state.params) : undefined],
    ['cypher', state.cypher],
    ['pos', encodePositions(state.pos)],
    ['limit', state.limit?.toString()],
  ];
  const parts = entries.filter(([, v]) => v).map(([k, v]) => `${k}=${readable(v as string)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** encodeURIComponent, but keeps `:` `,` and `/`, which are legal in a query and keep links legible. */
const readable = (value: string): string => encodeURIComponent(value).replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%2F/g, '/');
