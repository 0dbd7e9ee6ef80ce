// The questions people bring: search, a taxon's details, its lineage and heritage, the path
// between two taxa and their common ancestor, the taxonomy at a date. Each answer is built
// from the named queries; no Cypher lives here.
import { notFound } from '../errors.ts';
import type { GraphNode, GraphRelationship, Row } from '../store/graph-store.ts';
import { isGraphNode } from '../store/graph-store.ts';
import { toNodeData, type Elements } from './elements.ts';
import { describeConnections } from './connections.ts';
import type { QueryService } from './query.service.ts';

const ref = (n: unknown) => {
  const { id, name, rank } = (n ?? {}) as Record<string, unknown>;
  return { id, label: name ?? id, ...(rank !== undefined && { rank }) };
};

/** Later than any date in the taxonomy: reads the whole graph with its dates. */
const LAST_DATE = '9999-12-31';

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

  graph(): Promise<Elements> {
    return this.queries.elements('graph/all');
  }

  /**
   * The taxonomy as it stood at a date, each node with the date it counts from (`datedAt`) and
   * why (`datedBy`: own, contents, carriers, reported); what has no date at all apart, in
   * `undated`, never drawn as existing then; and every date at which something happens.
   */
  async asOf(at: string): Promise<{ elements: Elements; undated: ReturnType<typeof ref>[]; dates: string[] }> {
    // One read of everything with its dates, cut at `at` here: the dates to step through need
    // what comes after `at` too.
    const { rows } = await this.queries.rows('graph/as-of', { at: LAST_DATE });
    const dated = new Map(rows.filter((r) => isGraphNode(r.node)).map((r) => [(r.node as GraphNode).elementId, r]));
    const stands = (date: unknown): date is string => typeof date === 'string' && date <= at;
    const kept = rows
      .filter((r) => stands(r.date))
      .map((r) => ({
        node: r.node,
        relationships: (r.relationships as GraphRelationship[]).filter((rel) => {
          const date = rel.properties.date;
          return (date == null || stands(date)) && stands(dated.get(rel.endElementId)?.date);
        }),
      }));
    const answer = await this.queries.answer({ columns: ['node', 'relationships'], rows: kept, truncated: false });
    const byId = new Map(rows.map((r) => [String((r.node as GraphNode).properties.id), r]));
    const nodes = answer.elements.nodes.map(({ data }) => ({ data: { ...data, datedAt: byId.get(data.id)?.date, datedBy: byId.get(data.id)?.datedBy } }));
    const dates = new Set<string>();
    for (const r of rows) {
      if (typeof r.date === 'string') dates.add(r.date);
      for (const rel of r.relationships as GraphRelationship[]) if (typeof rel.properties.date === 'string') dates.add(rel.properties.date);
    }
    return {
      elements: { nodes, edges: answer.elements.edges },
      undated: rows.filter((r) => r.date == null).map((r) => ({ ...ref((r.node as GraphNode).properties), kind: toNodeData(r.node as GraphNode).kind })),
      dates: [...dates].sort(),
    };
  }

  async neighbours(id: string): Promise<Elements> {
    const answer = await this.queries.graph('graph/neighbours', { id });
    if (!answer.rows.length) throw notFound(`The node ${id}`);
    return answer.elements;
  }

  async search(q: string, limit = 10) {
    const rows = await this.searchRows(q, limit);
    return rows.map((row) => {
      const data = toNodeData(row.node as GraphNode);
      return { id: data.id, label: data.label, kind: data.kind, rank: data.rank, commonNames: data.commonNames ?? [], matched: row.matched };
    });
  }

  /**
   * The nodes whose names hold the text, best first (search/by-name's ranking): those a name or a
   * later word of a name of which starts with it, from the engine's text index; only when those are
   * fewer than asked for, every node's names scanned for it anywhere. The best matches rank first,
   * so a stage that has enough has the answer the scan would give. A text of one or two letters
   * starts thousands of words at 100,000 species: names alone are asked first (9 ms against 20).
   */
  private async searchRows(q: string, limit: number): Promise<Row[]> {
    const short = q.replace(/[\s|~-]/g, '').length <= 2;
    for (const words of short ? [false, true] : [true]) {
      const { rows } = await this.queries.engineRows('search', 'by-keys', { q, words, limit });
      if (rows.length >= limit) return rows;
    }
    return (await this.queries.rows('search/by-name', { q, limit })).rows;
  }

  async details(id: string) {
    const { rows } = await this.queries.rows('taxa/details', { id });
    const row = rows[0];
    if (!row || !isGraphNode(row.node)) throw notFound(`The node ${id}`);
    const familyOf = await this.queries.familyLookup();
    const traitOf = (t: unknown) => ((t as Row | null)?.id ? t : null);
    const heritage = (row.heritage as Row[]).map((h) => ({ ...h, from: ref(h.from), trait: traitOf(h.trait) }));
    // Both classification parents of a hybrid, one for any other taxon; by id, since the engines
    // list a hybrid's two in different orders.
    const parents = (row.parents as Row[]).map(ref).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    return {
      node: toNodeData(row.node, familyOf),
      parent: parents[0] ?? null,
      parents,
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
      // A taxon that carries a trait and also converges on it is one carrier.
      carriers: [...new Map((row.carriers as Row[]).map((c) => [c.id, ref(c)])).values()],
    };
  }

  async lineage(id: string): Promise<Elements & { path: string[]; paths: string[][] }> {
    const [up, down, root] = await Promise.all([
      this.queries.graph('lineage/ancestors', { id }),
      this.queries.graph('lineage/descendants', { id }),
      this.queries.rows('lineage/path-to-root', { id }),
    ]);
    if (!up.rows.length) throw notFound(`The taxon ${id}`);
    // A hybrid has a path up through each of its parents: every one, longest first, then by ids.
    const paths = root.rows.map((r) => r.path as string[]).sort((a, b) => b.length - a.length || a.join('/').localeCompare(b.join('/')));
    return { ...mergeElements(up.elements, down.elements), path: paths[0] ?? [id], paths: paths.length ? paths : [[id]] };
  }

  async heritageWeb(id: string): Promise<Elements> {
    const answer = await this.queries.graph('heritage/web', { id });
    if (!answer.rows.length) throw notFound(`The taxon ${id}`);
    return answer.elements;
  }

  /**
   * The path between two taxa through the classification, up to their most recent common
   * ancestor (on the path) and down; beside it, every other connection, each said for what it is.
   */
  async path(from: string, to: string) {
    const [between, links, shared] = await Promise.all([
      this.queries.run('lineage/path-between', { from, to }),
      this.queries.rows('lineage/connections-between', { from, to }),
      this.queries.rows('lineage/shared-neighbours', { from, to }),
    ]);
    if (!links.rows.length) throw notFound(`The node ${from} or the node ${to}`);
    const row = between.rows[0];
    const ancestor = row?.ancestor as Row | undefined;
    return {
      elements: between.elements,
      path: (row?.path as string[] | undefined) ?? [],
      mrca: ancestor ? { id: ancestor.id, label: ancestor.name } : null,
      connections: describeConnections(links.rows[0], shared.rows),
    };
  }
}
