// Trait convergence across families: recorded (CONVERGES, as the taxonomists observed it) and
// derived (carried in two or more families whose shared ancestry does not carry it), told
// apart, each with the families named and the reason; and the trait-by-family matrix.
import type { Row } from '../store/graph-store.ts';
import type { Elements } from './elements.ts';
import type { QueryService } from './query.service.ts';
import { mergeElements } from './taxonomy.service.ts';

interface Ref {
  id: string;
  name: string;
}
const ref = (n: unknown): Ref => {
  const p = (n as { properties: Row }).properties;
  return { id: String(p.id), name: String(p.name) };
};
const byName = (a: Ref, b: Ref) => a.name.localeCompare(b.name);

export interface ConvergentTrait {
  trait: Ref;
  families: Ref[];
  recorded: boolean;
  derived: boolean;
  why: string;
}

export type ConvergenceAnswer = { elements: Elements; traits: ConvergentTrait[]; matrix: ReturnType<typeof toMatrix> };

export class ConvergenceService {
  /** The analysis reads the whole graph (11 s at 100k species on Grafeo), so it is kept until a write. */
  private cached?: Promise<ConvergenceAnswer>;

  constructor(private readonly queries: QueryService) {}

  analyse(): Promise<ConvergenceAnswer> {
    this.cached ??= this.compute().catch((error: unknown) => {
      this.cached = undefined;
      throw error;
    });
    return this.cached;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async compute(): Promise<ConvergenceAnswer> {
    const [recorded, derived, matrix] = await Promise.all([
      this.queries.run('convergence/recorded'),
      this.queries.rows('convergence/derived'),
      this.queries.rows('convergence/matrix'),
    ]);
    const traits = new Map<string, ConvergentTrait>();
    for (const row of recorded.rows as Row[]) {
      const trait = { id: String((row.trait as Row).id), name: String((row.trait as Row).name) };
      const families = (row.families as Row[]).map((f) => ({ id: String(f.id), name: String(f.name) })).sort(byName);
      // collect() promises no order, and engines differ: name taxa and ancestors alphabetically.
      const taxa = (row.taxa as Row[]).map((t) => String(t.name)).sort();
      traits.set(trait.id, { trait, families, recorded: true, derived: false, why: `Recorded as converging in ${taxa.join(', ')}.` });
    }
    for (const row of derived.rows) {
      const trait = ref(row.trait);
      const families = (row.families as unknown[]).map(ref).sort(byName);
      const common = (row.commonAncestors as unknown[]).map(ref).sort(byName);
      const why =
        `Carried in ${families.map((f) => f.name).join(', ')}; ` +
        (common.length ? `their shared ancestors (${common.map((c) => c.name).join(', ')}) do not carry it.` : 'they share no recorded ancestor that carries it.');
      const seen = traits.get(trait.id);
      traits.set(trait.id, seen ? { ...seen, derived: true, families: union(seen.families, families), why: `${seen.why} ${why}` } : { trait, families, recorded: false, derived: true, why });
    }
    const derivedElements = await this.derivedElements([...traits.values()].filter((t) => t.derived && !t.recorded).map((t) => t.trait.id));
    return {
      elements: mergeElements(recorded.elements, derivedElements),
      traits: [...traits.values()].sort((a, b) => b.families.length - a.families.length || a.trait.name.localeCompare(b.trait.name)),
      matrix: toMatrix(matrix.rows),
    };
  }

  /** The carriers of derived-only traits, so the graph shows them beside the recorded ones. */
  private async derivedElements(traitIds: string[]): Promise<Elements> {
    const answers = await Promise.all(traitIds.map((id) => this.queries.elements('graph/neighbours', { id })));
    return mergeElements(...answers);
  }
}

function union(a: Ref[], b: Ref[]): Ref[] {
  return [...new Map([...a, ...b].map((r) => [r.id, r])).values()].sort(byName);
}

function toMatrix(rows: Row[]) {
  const traits = new Map<string, Ref>();
  const families = new Map<string, Ref>();
  const cells = rows.map((row) => {
    traits.set(String(row.trait), { id: String(row.trait), name: String(row.traitName) });
    families.set(String(row.family), { id: String(row.family), name: String(row.familyName) });
    const how = row.how as string[];
    return { trait: String(row.trait), family: String(row.family), carried: true, recorded: how.includes('CONVERGES') };
  });
  return { traits: [...traits.values()], families: [...families.values()].sort(byName), cells };
}
