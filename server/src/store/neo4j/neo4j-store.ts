// The Neo4j engine: neo4j-driver over Bolt, reads in READ sessions (routed to followers on a
// cluster), writes in one WRITE transaction. Timeouts are short so an unreachable server fails
// in seconds, not a minute.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, isNode, isPath, isRelationship, Neo4jError } from 'neo4j-driver';
import { AppError } from '../../errors.ts';
import type { GraphNode, GraphRelationship, GraphStore, QueryResult, ReadOptions, Statement } from '../graph-store.ts';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  static connect({ uri, user, password, database }: Neo4jOptions): Neo4jStore {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 5_000,
    });
    return new Neo4jStore(driver, database);
  }

  async read({ text, params = {} }: Statement, { maxRows = Infinity, timeoutMs }: ReadOptions = {}) {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(
        async (tx) => {
          // Stream and stop at the cap, so a huge answer is never held in full.
          const rows: Record<string, unknown>[] = [];
          let columns: string[] = [];
          let truncated = false;
          const result = tx.run(text, toNeo4jParams(params) as Record<string, unknown>);
          for await (const record of result) {
            columns = record.keys as string[];
            if (rows.length >= maxRows) {
              truncated = true;
              break;
            }
            rows.push(toRow(record));
          }
          if (!columns.length) columns = ((await result.keys()) as string[]) ?? [];
          return { columns, rows, truncated };
        },
        timeoutMs ? { timeout: timeoutMs } : undefined,
      );
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }

  async write(statements: Statement[]): Promise<QueryResult[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      // Schema statements cannot share a transaction with data writes in Neo4j, so each
      // schema statement runs alone; data statements run together, all or nothing.
      const isSchema = (s: Statement) => /^\s*(\/\/.*\n\s*)*(CREATE|DROP)\s+(CONSTRAINT|INDEX|FULLTEXT|RANGE|TEXT|POINT|VECTOR|LOOKUP)/i.test(s.text);
      if (statements.every(isSchema)) {
        const results: QueryResult[] = [];
        for (const s of statements) results.push(await session.executeWrite((tx) => runIn(tx, s)));
        return results;
      }
      return await session.executeWrite(async (tx) => {
        const results: QueryResult[] = [];
        for (const s of statements) results.push(await runIn(tx, s));
        return results;
      });
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw toAppError(error);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

async function runIn(tx: ManagedTransaction, { text, params = {} }: Statement): Promise<QueryResult> {
  const result = await tx.run(text, toNeo4jParams(params) as Record<string, unknown>);
  return { columns: result.records[0]?.keys.map(String) ?? [], rows: result.records.map(toRow) };
}

/** JavaScript numbers reach Neo4j as floats, and LIMIT $n wants an integer: send whole numbers as integers. */
function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  }
  return value;
}

function toRow(record: Neo4jRecord): Record<string, unknown> {
  return Object.fromEntries(record.keys.map((key) => [key, toPlain(record.get(key))]));
}

function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value as never)) {
    const n = value as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { kind: 'node', elementId: n.elementId, labels: [...n.labels].sort(), properties: plainMap(n.properties) } satisfies GraphNode;
  }
  if (isRelationship(value as never)) {
    const r = value as unknown as { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
    return {
      kind: 'relationship',
      elementId: r.elementId,
      type: r.type,
      startElementId: r.startNodeElementId,
      endElementId: r.endNodeElementId,
      properties: plainMap(r.properties),
    } satisfies GraphRelationship;
  }
  if (isPath(value as never)) {
    const p = value as unknown as { segments: { start: unknown; relationship: unknown; end: unknown }[]; start: unknown };
    return { nodes: [p.start, ...p.segments.map((s) => s.end)].map(toPlain), relationships: p.segments.map((s) => toPlain(s.relationship)) };
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (value !== null && typeof value === 'object' && 'toString' in value && !('then' in value)) return String(value); // temporal and spatial values
  return value;
}

/** Maps in key order: Neo4j keeps a node's properties in the order it stored them, which differs by engine and by write, and exports write them out as they come. */
function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(map)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, toPlain(v)]),
  );
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
      return new AppError('store_unavailable', `Neo4j is unreachable: ${error.message}`);
    }
    if (error.code.includes('TransactionTimedOut') || error.code.includes('TransactionTimedOutClientConfiguration')) {
      return new AppError('query_refused', 'The query ran longer than the console allows and was stopped');
    }
    if (error.code.includes('Forbidden') || error.code.includes('AccessMode') || error.code.includes('WriteOnReadOnlyAccess')) {
      return new AppError('query_refused', `Neo4j refused the query: ${error.message}`);
    }
    return new AppError('query_failed', `Neo4j could not run the query: ${error.message}`);
  }
  return new AppError('query_failed', String((error as Error)?.message ?? error));
}
