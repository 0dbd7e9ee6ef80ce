// The Neo4j engine: neo4j-driver over Bolt, reads in READ sessions (routed to followers on a
// cluster), writes in one WRITE transaction. Timeouts are short so an unreachable server fails
// in seconds, not a minute: a stopped or hung Neo4j is answered as store_unavailable (503).
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Transaction, isNode, isPath, isRelationship, Neo4jError } from 'neo4j-driver';
import { AppError } from '../../errors.ts';
import { requestSignal } from '../../request-context.ts';
import type { GraphNode, GraphRelationship, GraphStore, QueryResult, ReadOptions, Statement } from '../graph-store.ts';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/**
 * A user waits at most about 3 s to learn Neo4j is unreachable. The TCP connect is bounded by
 * connectionTimeout; a server that accepts and never answers the Bolt handshake by the
 * acquisition timeout (the driver has no handshake timeout). A failed transaction is retried
 * after the driver's first back-off (1 s ± 20 %) and never a second time, since the retry time
 * is over by then: a stopped Neo4j is answered in about 1.2 s.
 */
const UNAVAILABLE_WITHIN_3_S = {
  connectionTimeout: 1_500,
  connectionAcquisitionTimeout: 2_000,
  maxTransactionRetryTime: 500,
};

export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  static connect({ uri, user, password, database }: Neo4jOptions): Neo4jStore {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      disableLosslessIntegers: true,
      ...UNAVAILABLE_WITHIN_3_S,
    });
    return new Neo4jStore(driver, database);
  }

  async read({ text, params = {} }: Statement, { maxRows = Infinity, maxBytes = Infinity, timeoutMs, untrusted, signal = requestSignal() }: ReadOptions = {}) {
    if (signal?.aborted) throw new AppError('cancelled', 'The client went away before the query ran');
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    // The client went away: closing the session rolls its transaction back and stops the query.
    const onAbort = () => void session.close();
    signal?.addEventListener('abort', onAbort, { once: true });
    const config = timeoutMs ? { timeout: timeoutMs } : undefined;
    try {
      if (untrusted) {
        // A user's query runs once, in a READ transaction: a memory or timeout failure is transient
        // to the driver, and a managed transaction would retry it.
        const tx = session.beginTransaction(config);
        try {
          return await streamRows(tx, text, params, maxRows, maxBytes);
        } finally {
          if (tx.isOpen()) await tx.rollback();
        }
      }
      return await session.executeRead((tx) => streamRows(tx, text, params, maxRows, maxBytes), config);
    } catch (error) {
      if (signal?.aborted) throw new AppError('cancelled', 'The client went away; its query was stopped');
      throw toAppError(error, { timeoutMs });
    } finally {
      signal?.removeEventListener('abort', onAbort);
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
        // A client that went away before the commit (an import cut off) gets nothing written.
        if (requestSignal()?.aborted) throw new AppError('cancelled', 'The client went away before the write was committed; nothing was written');
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

/** Streams a read and stops at the row or byte cap, so a huge answer is never held in full. */
async function streamRows(tx: ManagedTransaction | Transaction, text: string, params: Record<string, unknown>, maxRows: number, maxBytes: number) {
  const rows: Record<string, unknown>[] = [];
  let columns: string[] = [];
  let truncated = false;
  let bytes = 0;
  const result = tx.run(text, toNeo4jParams(params) as Record<string, unknown>);
  for await (const record of result) {
    columns = record.keys as string[];
    if (rows.length >= maxRows) {
      truncated = true;
      break;
    }
    const row = toRow(record);
    if (maxBytes !== Infinity) {
      bytes += JSON.stringify(row).length;
      if (bytes > maxBytes) {
        truncated = true;
        break;
      }
    }
    rows.push(row);
  }
  if (!columns.length) columns = ((await result.keys()) as string[]) ?? [];
  return { columns, rows, truncated };
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

/** Neo4j down, hung, shutting down or unreachable: nothing the query could change. */
function isUnavailable(error: Neo4jError): boolean {
  return (
    error.code === 'ServiceUnavailable' ||
    error.code === 'SessionExpired' ||
    error.code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    // The pool's own timeout carries no code, only this message.
    error.message.startsWith('Connection acquisition timed out')
  );
}

function toAppError(error: unknown, { timeoutMs }: { timeoutMs?: number } = {}): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (isUnavailable(error)) return new AppError('store_unavailable', `Neo4j is unreachable: ${error.message}`);
    if (error.code.includes('TransactionTimedOut') || error.code.includes('TransactionTimedOutClientConfiguration')) {
      return new AppError('limit_exceeded', `The query ran longer than ${timeoutMs ?? 'the'} ms (CONSOLE_TIMEOUT_MS) and was stopped`, [], { limit: 'CONSOLE_TIMEOUT_MS' });
    }
    if (error.code.includes('MemoryPoolOutOfMemory') || error.code.includes('MemoryLimit')) {
      return new AppError('limit_exceeded', `The query needed more memory than Neo4j allows one transaction (db.memory.transaction.max) and was stopped`, [], { limit: 'db.memory.transaction.max' });
    }
    if (error.code.includes('Forbidden') || error.code.includes('AccessMode') || error.code.includes('WriteOnReadOnlyAccess')) {
      return new AppError('query_refused', `Neo4j refused the query: ${error.message}`);
    }
    return new AppError('query_failed', `Neo4j could not run the query: ${error.message}`);
  }
  return new AppError('query_failed', String((error as Error)?.message ?? error));
}
