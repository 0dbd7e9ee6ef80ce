// Trait convergence counted as phylogeneticists count it: for every trait, the fewest
// independent origins on the classification tree (Fitch parsimony), its losses and consistency
// index, beside the convergence the taxonomists recorded (CONVERGES), and where they agree.
// The tree and every trait's states are read once (convergence/tree-and-states); the rest is
// TypeScript: read → per trait, leaf states and Fitch → analysis → words → answer.
import { notFound } from '../errors.ts';
import { analyseTrait, summaryOf, type RecordedConvergence, type TaxonSummary, type TraitAnalysis } from './convergence.analysis.ts';
import { explain } from './convergence.explain.ts';
import { historyElements } from './convergence.history.ts';
import { compactOutcome } from './parsimony/compact.ts';
import { marksOf, readConvergenceData, recordsOf, type ConvergenceData, type Ref, type TraitRecordLists } from './convergence.records.ts';
import { detached } from '../request-context.ts';
import type { Elements } from './elements.ts';
import { edgeId } from './model.ts';
import { traitHistory } from './parsimony/history.ts';
import type { QueryService } from './query.service.ts';

export interface ConvergentTrait {
  trait: Ref;
  /** Families with a taxon recording the trait: at most LIST_LIMIT by name, `familyCount` in all (the matrix has each one). */
  families: Ref[];
  familyCount: number;
  /** The taxonomists recorded it converging (CONVERGES). */
  recorded: boolean;
  /** Computed convergent: at least two independent origins by parsimony. */
  derived: boolean;
  origins: number;
  maxOrigins: number;
  losses: number;
  consistencyIndex: number | null;
  originTaxa: TaxonSummary[];
  /** Each recorded convergence and whether the computation agrees. */
  agreement: RecordedConvergence[];
  why: string;
}

/** A matrix row: its cells as positions in the matrix's `families`, so 25,000 cells stay small. */
export interface MatrixTrait extends Ref {
  origins: number;
  consistencyIndex: number | null;
  /** The families carrying the trait (a taxon in it records it), ascending. */
  carried: number[];
  /** Those of them where it is recorded converging (CONVERGES). */
  recorded: number[];
}

export interface ConvergenceAnswer {
  elements: Elements;
  traits: ConvergentTrait[];
  matrix: { traits: MatrixTrait[]; families: Ref[] };
}

export type TraitHistoryAnswer = TraitAnalysis & { why: string; elements: Elements; truncated: boolean };

interface Analysis {
  data: ConvergenceData;
  answer: ConvergenceAnswer;
}

const byOrigins = (a: { origins: number; name: string }, b: { origins: number; name: string }) => b.origins - a.origins || a.name.localeCompare(b.name);

export class ConvergenceService {
  /** Kept until a write changes the graph. */
  private cached?: Promise<Analysis>;

  constructor(private readonly queries: QueryService) {}

  async analyse(): Promise<ConvergenceAnswer> {
    return (await this.load()).answer;
  }

  /** One trait's reconstruction, with elements for the cladogram; 404 for an unknown trait. */
  async history(traitId: string): Promise<TraitHistoryAnswer> {
    const { data } = await this.load();
    const lists = data.traits.get(traitId);
    if (!lists) throw notFound(`The trait ${traitId}`);
    // The counts and words as in the list (compacted); the picture from the whole tree.
    const analysis = analyseTrait(data, lists, compactOutcome(data.tree, marksOf(lists)));
    const records = recordsOf(data, lists);
    return { ...analysis, why: explain(analysis), ...historyElements(data, traitHistory(data.tree, records), records.recorded) };
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private load(): Promise<Analysis> {
    // Shared by every request that asks: one client leaving must not cancel it for the others.
    this.cached ??= detached(() => this.compute()).catch((error: unknown) => {
      this.cached = undefined;
      throw error;
    });
    return this.cached;
  }

  private async compute(): Promise<Analysis> {
    const { rows } = await this.queries.rows('convergence/tree-and-states');
    const data = readConvergenceData(rows);
    const analyses = [...data.traits.values()].map((lists) => ({ lists, analysis: analyseTrait(data, lists, compactOutcome(data.tree, marksOf(lists))) }));
    return { data, answer: toAnswer(data, analyses) };
  }
}

function toAnswer(data: ConvergenceData, analyses: { lists: TraitRecordLists; analysis: TraitAnalysis }[]): ConvergenceAnswer {
  const listed = analyses.filter(({ analysis: a }) => a.convergent || a.recordedIn.length > 0);
  const traits = listed
    .map(({ analysis: a }) => ({
      trait: a.trait,
      families: a.families,
      familyCount: a.familyCount,
      recorded: a.recordedIn.length > 0,
      derived: a.convergent,
      origins: a.origins,
      maxOrigins: a.maxOrigins,
      losses: a.losses,
      consistencyIndex: a.consistencyIndex,
      originTaxa: a.originTaxa,
      agreement: a.recordedIn,
      why: explain(a),
    }))
    .sort((a, b) => byOrigins({ origins: a.origins, name: a.trait.name }, { origins: b.origins, name: b.trait.name }));
  return { elements: recordedElements(data, listed), traits, matrix: matrixOf(data, analyses) };
}

/** The listed traits with their recorded convergence (CONVERGES) and their origin taxa. */
function recordedElements(data: ConvergenceData, listed: { lists: TraitRecordLists; analysis: TraitAnalysis }[]): Elements {
  const nodes = new Map<string, Elements['nodes'][number]>();
  const edges: Elements['edges'] = [];
  const taxonNode = (t: TaxonSummary) =>
    nodes.set(t.id, { data: { id: t.id, label: t.name, kind: 'taxon', rank: t.rank, ...(t.family ? { family: t.family.id, familyName: t.family.name } : t.rank === 'family' && { family: t.id, familyName: t.name }) } });
  for (const { lists, analysis } of listed) {
    nodes.set(lists.trait.id, { data: { id: lists.trait.id, label: lists.trait.name, kind: 'trait' } });
    analysis.originTaxa.forEach(taxonNode);
    for (const v of lists.converges) {
      const taxon = summaryOf(data, v);
      taxonNode(taxon);
      edges.push({ data: { id: edgeId('CONVERGES', { from: taxon.id, to: lists.trait.id }), source: taxon.id, target: lists.trait.id, type: 'CONVERGES' } });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

/** Which family carries which trait (a taxon in it records it) and whether by CONVERGES; traits by origins. */
function matrixOf(data: ConvergenceData, analyses: { lists: TraitRecordLists; analysis: TraitAnalysis }[]): ConvergenceAnswer['matrix'] {
  const rows = analyses.flatMap(({ lists, analysis }) => {
    const recorded = new Set(lists.converges.flatMap((v) => data.families[v] ?? []));
    const carried = new Set(lists.hasTrait.flatMap((v) => data.families[v] ?? []).concat([...recorded]));
    return carried.size ? [{ trait: lists.trait, analysis, carried, recorded }] : [];
  });
  // Sorted, so the answer is the same whatever order an engine returns the rows in.
  const taxa = data.tree.taxa;
  const families = [...new Set(rows.flatMap((r) => [...r.carried]))].sort((a, b) => taxa[a]!.name.localeCompare(taxa[b]!.name) || (taxa[a]!.id < taxa[b]!.id ? -1 : 1));
  const column = new Map(families.map((f, i) => [f, i]));
  const columns = (fs: Set<number>) => [...fs].map((f) => column.get(f)!).sort((a, b) => a - b);
  const traits = rows.map((r) => ({ ...r.trait, origins: r.analysis.origins, consistencyIndex: r.analysis.consistencyIndex, carried: columns(r.carried), recorded: columns(r.recorded) }));
  return { traits: traits.sort(byOrigins), families: families.map((f) => ({ id: taxa[f]!.id, name: taxa[f]!.name })) };
}
