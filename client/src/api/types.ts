// The shapes of the API's answers (docs/API.md), as the client reads them.

export type Rank = 'domain' | 'phylum' | 'class' | 'order' | 'family' | 'genus' | 'species' | 'specimen';
export type NodeKind = 'taxon' | 'trait' | 'paper' | 'lab';
export type EdgeType = 'MEMBER_OF' | 'DESCENDS_FROM' | 'HERITAGE' | 'ABSORBS' | 'CONVERGES' | 'HAS_TRAIT' | 'DESCRIBES' | 'DEVELOPED_BY';
export type Confidence = 'high' | 'medium' | 'low';

/** One source's reading of a fact the sources disagree on. */
export interface Reading {
  topic: string;
  value: string;
  source?: string;
  quote?: string;
  date?: string;
}

/** Who says so: on every node and edge that has it (docs/API.md). */
export interface Provenance {
  confidence?: Confidence;
  sourceUrl?: string;
  quote?: string;
  reason?: string;
  readings?: Reading[];
}

export interface NodeData extends Provenance {
  id: string;
  label: string;
  kind: NodeKind;
  name?: string;
  rank?: Rank;
  commonNames?: string[];
  family?: string;
  familyName?: string;
  firstSeen?: string;
  date?: string;
  status?: string;
  confidence?: Confidence;
  sourceUrl?: string;
  description?: string;
  etymology?: string;
  note?: string;
  title?: string;
  authors?: string;
  year?: number;
  url?: string;
  /** In an answer as of a date: the date the node counts from, and why. */
  datedAt?: string;
  datedBy?: 'own' | 'contents' | 'carriers' | 'reported';
  /** Placed in two lineages at once: two classification parents. */
  hybrid?: boolean;
}

export interface EdgeData extends Provenance {
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  trait?: string;
  date?: string;
  note?: string;
  confidence?: Confidence;
  sourceUrl?: string;
  diagnostic?: boolean;
}

export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}

export interface GraphAnswer {
  elements: Elements;
}

export interface AsOfAnswer extends GraphAnswer {
  /** What has no date at all: never drawn as existing at a date. */
  undated: (Ref & { kind: NodeKind })[];
  /** Every date at which something happens, in order. */
  dates: string[];
}

export interface SearchResult {
  id: string;
  label: string;
  kind: NodeKind;
  rank?: Rank;
  commonNames: string[];
  matched: string;
}

export interface Ref {
  id: string;
  label: string;
  rank?: Rank;
}

export interface TaxonDetails {
  node: NodeData;
  parent: Ref | null;
  /** Both classification parents of a hybrid; one for any other taxon (absent from older servers). */
  parents?: Ref[];
  children: Ref[];
  traits: { id: string; name: string; diagnostic: boolean }[];
  heritage: ({ from: Ref; trait: { id: string | null; name: string | null } | null; note?: string } & Provenance)[];
  heirs: { heir: Ref; trait: { id: string; name: string } | null }[];
  absorbed: ({ id: string; label: string; date?: string; note?: string } & Provenance)[];
  absorbedBy: ({ id: string; label: string; date?: string; note?: string } & Provenance)[];
  converges: { id: string; name: string; date?: string; note?: string }[];
  papers: { id: string; title: string; url?: string | null; date?: string }[];
  describes: Ref[];
  labs: { id: string; name: string; url?: string | null }[];
  carriers: Ref[];
}

export interface LineageAnswer extends GraphAnswer {
  path: string[];
}

export interface Connection {
  kind: 'heritage' | 'descent' | 'absorption' | 'shared-heritage' | 'shared-descent' | 'shared-trait' | 'shared-paper' | 'shared-lab' | 'linked';
  label: string;
  via: { id: string; label: string } | null;
  edges: string[];
}

export interface PathAnswer extends GraphAnswer {
  /** Through the classification: up to the common ancestor and down. */
  path: string[];
  mrca: { id: string; label: string } | null;
  /** Other connections between the two, besides the classification. */
  connections: Connection[];
}

export interface Ref {
  id: string;
  name: string;
}

export interface TaxonSummary extends Ref {
  rank: Rank;
  family?: Ref;
}

/** What the parsimony says of a taxon the taxonomists recorded as converging (CONVERGES). */
export interface RecordedConvergence {
  taxon: TaxonSummary;
  verdict: 'independent' | 'single-origin' | 'inherited' | 'ambiguous';
  agrees: boolean;
  origin?: TaxonSummary;
  from?: TaxonSummary[];
}

export interface ConvergentTrait {
  trait: Ref;
  /** At most 50 by name; `familyCount` in all. */
  families: Ref[];
  familyCount: number;
  recorded: boolean;
  /** Computed convergent: at least two independent origins by parsimony. */
  derived: boolean;
  origins: number;
  maxOrigins: number;
  losses: number;
  consistencyIndex: number | null;
  originTaxa: TaxonSummary[];
  agreement: RecordedConvergence[];
  why: string;
}

export interface ConvergenceAnswer extends GraphAnswer {
  traits: ConvergentTrait[];
  matrix: {
    /** `carried` and `recorded`: positions in `families`. */
    traits: { id: string; name: string; origins: number; consistencyIndex: number | null; carried: number[]; recorded: number[] }[];
    families: { id: string; name: string }[];
  };
}

export interface QueryParam {
  name: string;
  type: string;
  description: string;
  default?: unknown;
}

export interface NamedQuery {
  name: string;
  description: string;
  params: QueryParam[];
}

export interface TableAnswer extends GraphAnswer {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

export interface ImportCounts {
  nodes: number;
  edges: number;
}

export interface ImportAnswer {
  created: ImportCounts;
  updated: ImportCounts;
  unchanged: ImportCounts;
  /** True when the import was only checked, not written. */
  dryRun?: boolean;
  /** What the import decided without failing, e.g. a species card with no source imported as low confidence. */
  warnings?: { file?: string; line?: number; path?: string; message: string }[];
}

/** A taxon on a trait's history: its reconstructed state, how it holds the trait, and a change on the branch above. */
export interface HistoryNodeData extends NodeData {
  state: 'present' | 'absent' | 'ambiguous';
  shown: boolean;
  carrier: 'recorded' | 'member' | 'heritage' | 'none';
  origin?: boolean;
  loss?: boolean;
}

export interface TraitHistoryAnswer {
  trait: Ref;
  origins: number;
  maxOrigins: number;
  losses: number;
  changes: number;
  consistencyIndex: number | null;
  convergent: boolean;
  originTaxa: TaxonSummary[];
  lossTaxa: TaxonSummary[];
  ambiguous: TaxonSummary[];
  ambiguousCount: number;
  recordedIn: RecordedConvergence[];
  inheritedBy: { heir: TaxonSummary; from: TaxonSummary }[];
  families: Ref[];
  familyCount: number;
  singleOrigin: { at: TaxonSummary | null; losses: number } | null;
  why: string;
  elements: { nodes: { data: HistoryNodeData }[]; edges: { data: EdgeData & { change?: 'gain' | 'loss'; secondaryParent?: boolean } }[] };
  truncated: boolean;
}
