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
  heirs: Ref[];
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

export interface PathAnswer extends GraphAnswer {
  path: string[];
  mrca: { id: string; label: string } | null;
}

export interface ConvergentTrait {
  trait: { id: string; name: string };
  families: { id: string; name: string }[];
  recorded: boolean;
  derived: boolean;
  why: string;
}

export interface ConvergenceAnswer extends GraphAnswer {
  traits: ConvergentTrait[];
  matrix: {
    traits: { id: string; name: string }[];
    families: { id: string; name: string }[];
    cells: { trait: string; family: string; carried: boolean; recorded: boolean }[];
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
}
