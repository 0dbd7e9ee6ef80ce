// The GraphStore port: runs Cypher with parameters and answers plain graph values, the same
// shape from either engine. Engine quirks stay inside the adapters.

export interface GraphNode {
  kind: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface GraphRelationship {
  kind: 'relationship';
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

export interface QueryResult {
  columns: string[];
  rows: Row[];
}

export interface Statement {
  text: string;
  params?: Record<string, unknown>;
}

export interface ReadOptions {
  /** Stop after this many rows (the console's cap); the answer says whether more were there. */
  maxRows?: number;
  /** Abort a read that runs longer (Neo4j's transaction timeout; the embedded console process is killed). */
  timeoutMs?: number;
  /**
   * A user's query (the console): run it where it can be stopped, read-only, within the limits
   * here. On the embedded engine that is a separate process reading a snapshot of the graph.
   */
  untrusted?: boolean;
  /** Memory an untrusted read may use before it is stopped (CONSOLE_MEMORY_MB). */
  memoryMb?: number;
  /** Stop adding rows once they hold about this many bytes of JSON; the answer says `truncated`. */
  maxBytes?: number;
  /** The client went away: drop the read if it has not started, stop it where the engine can. */
  signal?: AbortSignal;
}

export interface GraphStore {
  readonly engine: 'embedded' | 'neo4j';
  read(statement: Statement, options?: ReadOptions): Promise<QueryResult & { truncated: boolean }>;
  /** Runs the statements in one transaction: all of them or none. */
  write(statements: Statement[]): Promise<QueryResult[]>;
  ping(): Promise<void>;
  /** Prepares where untrusted reads run (the embedded console's process) before the first arrives. */
  warm?(): void;
  close(): Promise<void>;
}

export const isGraphNode = (v: unknown): v is GraphNode => typeof v === 'object' && v !== null && (v as GraphNode).kind === 'node' && 'labels' in v;
export const isGraphRelationship = (v: unknown): v is GraphRelationship =>
  typeof v === 'object' && v !== null && (v as GraphRelationship).kind === 'relationship' && 'startElementId' in v;
