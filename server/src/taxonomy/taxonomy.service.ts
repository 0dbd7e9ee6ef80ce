// The questions people bring: search, a taxon's details, its lineage and heritage, the path
// between two taxa and their common ancestor, the taxonomy at a date. Each answer is built
// from the named queries; no Cypher lives here.
import { notFound } from '../errors.ts';
import type { GraphNode, Row } from '../store/graph-store.ts';
import { isGraphNode } from '../store/graph-store.ts';
import { toNodeData, type Elements } from './elements.ts';
import type { QueryService } from './query.service.ts';

const ref = (n: unknown) => {
  const { id, name, rank } = (n ?? {}) as Record<string, unknown>;
  return { id, label: name ?? id, ...(rank !== undefined && { rank }) };
};

export function mergeElements(...all: Elements[]): Elements {
  const nodes = new Map<string, Elements['nodes'][number]>();
  const edges = new Map<string, Elements['edges'][number]>();
  for (const e of all) {
    e.nodes.forEach((n) => nodes.set(n.data.id, n));
    e.edges.forEach((x) => edges.set(x.data.id, x));
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Who says so of an edge in a details list: its confidence, reason, source and words, where given. */
const provenanceOf = (x: Row) => Object.fromEntries(['confidence', 'reason', 'quote', 'sourceUrl'].filter((k) => x[k] != null).map((k) => [k, x[k]]));

export class TaxonomyService {
  constructor(private readonly queries: QueryService) {}

  graph(at?: string): Promise<Elements> {
    return at ? this.queries.elements('graph/as-of', { at }) : this.queries.elements('graph/all');
  }

  async neighbours(id: string): Promise<Elements> {
    const answer = await this.queries.run('graph/neighbours', { id });
    if (!answer.rows.length) throw notFound(`The node ${id}`);
    return answer.elements;
  }

  async search(q: string, limit?: number) {
    const { rows } = await this.queries.rows('search/by-name', { q, ...(limit !== undefined && { limit }) });
    return rows.map((row) => {
      const data = toNodeData(row.node as GraphNode);
      return { id: data.id, label: data.label, kind: data.kind, rank: data.rank, commonNames: data.commonNames ?? [], matched: row.matched };
    });
  }

  async details(id: string) {
    const { rows } = await this.queries.rows('taxa/details', { id });
    const row = rows[0];
    if (!row || !isGraphNode(row.node)) throw notFound(`The node ${id}`);
    const familyOf = await this.queries.familyLookup();
    // A missing trait comes back from Grafeo as a map of nulls, from Neo4j as null: answer null.
    const traitOf = (t: unknown) => ((t as Row | null)?.id ? t : null);
    const heritage = (row.heritage as Row[]).map((h) => ({ ...h, from: ref(h.from), trait: traitOf(h.trait) }));
    return {
      node: toNodeData(row.node, familyOf),
      parent: (row.parents as Row[]).map(ref)[0] ?? null,
      // Both classification parents of a hybrid; one for any other taxon.
      parents: (row.parents as Row[]).map(ref),
      children: (row.children as Row[]).map(ref),
      traits: (row.traits as Row[]).map((t) => ({ ...t, diagnostic: t.diagnostic ?? false })),
      heritage,
      heirs: (row.heirs as Row[]).map((h) => ({ heir: ref(h.heir), trait: traitOf(h.trait) })),
      absorbed: (row.absorbed as Row[]).map((x) => ({ ...ref(x), ...provenanceOf(x), date: x.date ?? null, note: x.note ?? null })),
      absorbedBy: (row.absorbedBy as Row[]).map((x) => ({ ...ref(x), ...provenanceOf(x), date: x.date ?? null, note: x.note ?? null })),
      converges: row.converges as Row[],
      papers: row.papers as Row[],
      describes: (row.describes as Row[]).map(ref),
      labs: row.labs as Row[],
      carriers: (row.carriers as Row[]).map(ref),
    };
  }

  async lineage(id: string): Promise<Elements & { path: string[]; paths: string[][] }> {
    const [up, down, root] = await Promise.all([
      this.queries.run('lineage/ancestors', { id }),
      this.queries.run('lineage/descendants', { id }),
      this.queries.rows('lineage/path-to-root', { id }),
    ]);
    if (!up.rows.length) throw notFound(`The taxon ${id}`);
    // A hybrid has a path up through each of its parents: every one, longest first, then by ids.
    const paths = root.rows.map((r) => r.path as string[]).sort((a, b) => b.length - a.length || a.join('/').localeCompare(b.join('/')));
    return { ...mergeElements(up.elements, down.elements), path: paths[0] ?? [id], paths: paths.length ? paths : [[id]] };
  }

  async heritageWeb(id: string): Promise<Elements> {
    const answer = await this.queries.run('heritage/web', { id });
    if (!answer.rows.length) throw notFound(`The taxon ${id}`);
    return answer.elements;
  }

  async path(from: string, to: string) {
    const [between, common] = await Promise.all([
      this.queries.run('lineage/path-between', { from, to }),
      this.queries.run('lineage/common-ancestor', { a: from, b: to }),
    ]);
    const ancestor = common.rows[0]?.ancestor as Row | undefined;
    return {
      elements: mergeElements(between.elements, common.elements),
      path: (between.rows[0]?.path as string[] | undefined) ?? [],
      mrca: ancestor ? { id: ancestor.id, label: ancestor.name } : null,
    };
  }
}
