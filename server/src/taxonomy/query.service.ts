// Runs the named queries of cypher/queries with parameters validated against each file's
// header, and shapes the answer: columns, table rows, Cytoscape elements.
import { z } from 'zod';
import type { CypherLibrary, CypherStatement, ParamSpec, ParamType } from '../cypher/library.ts';
import { invalidInput, notFound } from '../errors.ts';
import type { GraphStore, QueryResult, Row } from '../store/graph-store.ts';
import { toCytoscapeElements, toTableRows, type Elements } from './elements.ts';
import type { FamilyIndex } from './family-index.ts';

export interface QueryAnswer {
  columns: string[];
  rows: Row[];
  elements: Elements;
  truncated: boolean;
}

const PARAM_SCHEMAS: Record<ParamType, z.ZodType> = {
  string: z.string().min(1).max(500),
  integer: z.coerce.number().int().min(0).max(100_000),
  float: z.coerce.number(),
  boolean: z.union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')]),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date YYYY-MM-DD'),
  'string[]': z.array(z.string()),
  'map[]': z.array(z.record(z.string(), z.unknown())),
};

function paramsSchema(params: ParamSpec[]) {
  return z.strictObject(
    Object.fromEntries(params.map((p) => [p.name, p.default === undefined ? PARAM_SCHEMAS[p.type] : PARAM_SCHEMAS[p.type].default(p.default)])),
  );
}

export class QueryService {
  constructor(
    private readonly store: GraphStore,
    private readonly library: CypherLibrary,
    private readonly families: FamilyIndex,
  ) {}

  /** The public library: every query under cypher/queries, named without the folder. */
  list(): { name: string; description: string; params: ParamSpec[] }[] {
    return this.library.list('queries').map(({ name, description, params }) => ({ name: name.replace(/^queries\//, ''), description, params }));
  }

  statement(name: string): CypherStatement {
    const full = `queries/${name}`;
    if (!this.library.has(full)) throw notFound(`The query ${name}`);
    return this.library.get(full);
  }

  validate(statement: CypherStatement, params: unknown): Record<string, unknown> {
    const parsed = paramsSchema(statement.params).safeParse(params ?? {});
    if (parsed.success) return parsed.data;
    throw invalidInput(
      `Invalid parameters for ${statement.name.replace(/^queries\//, '')}`,
      parsed.error.issues.map((i) => ({ path: ['params', ...i.path].join('.'), message: i.message })),
    );
  }

  /** Runs one engine's own statement, cypher/<folder>/<engine>/<name>: a named exception to one Cypher for both. */
  async engineRows(folder: string, name: string, params: unknown = {}): Promise<QueryResult & { truncated: boolean }> {
    const statement = this.library.get(`${folder}/${this.store.engine}/${name}`);
    return this.store.read({ text: statement.text, params: this.validate(statement, params) });
  }

  /** Runs a named query and answers raw rows (plain graph values). */
  async rows(name: string, params: unknown = {}): Promise<QueryResult & { truncated: boolean }> {
    const statement = this.statement(name);
    return this.store.read({ text: statement.text, params: this.validate(statement, params) });
  }

  async run(name: string, params: unknown = {}): Promise<QueryAnswer> {
    return this.answer(await this.rows(name, params));
  }

  familyLookup() {
    return this.families.lookup();
  }

  async answer(result: QueryResult & { truncated: boolean }): Promise<QueryAnswer> {
    const familyOf = await this.families.lookup();
    return { columns: result.columns, rows: toTableRows(result.rows), elements: toCytoscapeElements(result.rows, familyOf), truncated: result.truncated };
  }

  /** The rows as the store answers them and the elements to draw, without the table run() adds (a family's clade at 100,000 species: a fifth of its time). */
  async graph(name: string, params: unknown = {}): Promise<{ rows: Row[]; elements: Elements }> {
    const { rows } = await this.rows(name, params);
    return { rows, elements: toCytoscapeElements(rows, await this.families.lookup()) };
  }

  async elements(name: string, params: unknown = {}): Promise<Elements> {
    return (await this.graph(name, params)).elements;
  }
}
