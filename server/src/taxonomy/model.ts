// The data model of DESIGN.md as one closed set: labels, ranks, relationship types, and the
// dataset format (nodes by kind, edges by type) that seed, import and export all share.
import { z } from 'zod';

export const RANKS = ['domain', 'phylum', 'class', 'order', 'family', 'genus', 'species', 'specimen'] as const;
export type Rank = (typeof RANKS)[number];

/** The Neo4j label of each rank: `family` → `Family`. */
export const RANK_LABELS: Record<Rank, string> = {
  domain: 'Domain',
  phylum: 'Phylum',
  class: 'Class',
  order: 'Order',
  family: 'Family',
  genus: 'Genus',
  species: 'Species',
  specimen: 'Specimen',
};

export const NODE_KINDS = ['taxon', 'trait', 'paper', 'lab'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export const KIND_LABELS: Record<NodeKind, string> = { taxon: 'Taxon', trait: 'Trait', paper: 'Paper', lab: 'Lab' };

export const EDGE_TYPES = [
  'MEMBER_OF',
  'DESCENDS_FROM',
  'HERITAGE',
  'ABSORBS',
  'CONVERGES',
  'HAS_TRAIT',
  'DESCRIBES',
  'DEVELOPED_BY',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** Which node kinds each relationship type may join, as DESIGN.md draws them. */
export const EDGE_ENDS: Record<EdgeType, { from: NodeKind[]; to: NodeKind[] }> = {
  MEMBER_OF: { from: ['taxon'], to: ['taxon'] },
  DESCENDS_FROM: { from: ['taxon'], to: ['taxon'] },
  HERITAGE: { from: ['taxon'], to: ['taxon'] },
  ABSORBS: { from: ['taxon'], to: ['taxon'] },
  CONVERGES: { from: ['taxon'], to: ['trait'] },
  HAS_TRAIT: { from: ['taxon'], to: ['trait'] },
  DESCRIBES: { from: ['paper'], to: ['taxon', 'trait'] },
  DEVELOPED_BY: { from: ['taxon'], to: ['lab'] },
};

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const STATUSES = ['extant', 'incipient', 'speculative', 'extinct'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  // Date.parse rolls 2026-02-30 over to March; a real date reads back as itself. (A string the
  // pattern refused is left to the pattern's message.)
  .refine((s) => {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return true;
    const day = s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
    const parsed = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
  }, 'not a real date');
const id = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'expected a kebab-case id such as family-recursidae');
// http(s) only: a javascript: or data: URL in a source link would run in the explorer when clicked.
const url = z.string().url().regex(/^https?:\/\//i, 'must be an http:// or https:// URL');

/**
 * One reading of a fact where sources disagree (GLM-5's parameter count; which family is the
 * crown clade): what this source says, with its own URL and words. Every reading is kept.
 */
export const ReadingSchema = z.strictObject({
  /** What the readings disagree about, the same words on each reading of one fact. */
  topic: z.string().min(1),
  value: z.string().min(1),
  /** Where this reading is from; absent only for a third party whose page was not recovered (say so in value). */
  source: url.optional(),
  quote: z.string().optional(),
  date: isoDate.optional(),
});
export type Reading = z.infer<typeof ReadingSchema>;

// Neo4j keeps no maps inside a property, so the graph holds readings as one JSON string; the
// dataset (and every format a curator writes) holds them as a list. Both are accepted on input.
const readings = z
  .union([z.array(ReadingSchema), z.string().transform((text, ctx) => {
    try {
      return z.array(ReadingSchema).parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'readings: expected a list of {topic, value, source, quote?, date?}' });
      return z.NEVER;
    }
  })])
  .optional();

/** Who says so, on every node and edge: the page, its words, how sure it is and why. */
const provenance = {
  source: url.optional(),
  /** The source's own words for the fact, where they were recovered. */
  quote: z.string().optional(),
  confidence: z.enum(CONFIDENCES).default('high'),
  /** Why the confidence is what it is: for an inference, the reasoning from what the source says. */
  reason: z.string().optional(),
  readings,
};
const common = { id, ...provenance };

export const TaxonSchema = z.strictObject({
  ...common,
  rank: z.enum(RANKS),
  name: z.string().min(1),
  commonNames: z.array(z.string()).default([]),
  description: z.string().optional(),
  etymology: z.string().optional(),
  firstSeen: isoDate.optional(),
  status: z.enum(STATUSES).default('extant'),
  /**
   * A hybrid: the source places the taxon in two lineages at once (Falcon H1R-7B in both phyla),
   * so it has two MEMBER_OF parents. Only a taxon marked so may have a second parent.
   */
  hybrid: z.boolean().optional(),
  note: z.string().optional(),
});
export const TraitSchema = z.strictObject({
  ...common,
  name: z.string().min(1),
  description: z.string().optional(),
  note: z.string().optional(),
});
export const PaperSchema = z.strictObject({
  ...common,
  name: z.string().min(1),
  title: z.string().min(1),
  authors: z.string().optional(),
  year: z.number().int().optional(),
  date: isoDate.optional(),
  url: url.optional(),
  note: z.string().optional(),
});
export const LabSchema = z.strictObject({ ...common, name: z.string().min(1), url: url.optional(), note: z.string().optional() });

export const EdgeSchema = z.strictObject({
  from: id,
  to: id,
  date: isoDate.optional(),
  note: z.string().optional(),
  ...provenance,
  trait: id.optional(),
  diagnostic: z.boolean().optional(),
});

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).default(1),
  /** The revision an export was taken at: an import of it is checked against what changed since. */
  revision: z.number().int().min(1).optional(),
  nodes: z
    .strictObject({
      taxon: z.array(TaxonSchema).default([]),
      trait: z.array(TraitSchema).default([]),
      paper: z.array(PaperSchema).default([]),
      lab: z.array(LabSchema).default([]),
    })
    .default({ taxon: [], trait: [], paper: [], lab: [] }),
  edges: z.partialRecord(z.enum(EDGE_TYPES), z.array(EdgeSchema)).default({}),
});

export type Taxon = z.infer<typeof TaxonSchema>;
export type Trait = z.infer<typeof TraitSchema>;
export type Paper = z.infer<typeof PaperSchema>;
export type Lab = z.infer<typeof LabSchema>;
export type Edge = z.infer<typeof EdgeSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;

/** How many classification parents a taxon may have: one, or two for a hybrid. */
export const MAX_PARENTS = { taxon: 1, hybrid: 2 } as const;

/** Properties as the graph stores them: readings as one JSON string (see `readings`). */
export function storedProps<T extends Record<string, unknown>>(props: T): T {
  return Array.isArray(props.readings) ? { ...props, readings: JSON.stringify(props.readings) } : props;
}

/** Properties as the graph returned them → the dataset's form (readings as a list again). */
export function datasetProps<T extends Record<string, unknown>>(stored: T): T {
  // searchText and searchKeys are the store's own (import/search-text), not the taxonomy's.
  const { searchText: _searchText, searchKeys: _searchKeys, ...props } = stored as Record<string, unknown>;
  if (typeof props.readings !== 'string') return props as T;
  try {
    return { ...props, readings: JSON.parse(props.readings) as unknown } as unknown as T;
  } catch {
    return props as T;
  }
}

/** A relationship's id, the same on both engines: `from-TYPE-to`, plus the trait for HERITAGE. */
export function edgeId(type: EdgeType, edge: Pick<Edge, 'from' | 'to' | 'trait'>): string {
  return [edge.from, type, edge.to, edge.trait].filter(Boolean).join('~');
}
