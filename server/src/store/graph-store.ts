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
  /** Where the engine can enforce it (Neo4j), abort a read that runs longer. */
  timeoutMs?: number;
}

export interface GraphStore {
  readonly engine: 'embedded' | 'neo4j';
  read(statement: Statement, options?: ReadOptions): Promise<QueryResult & { truncated: boolean }>;
  /** Runs the statements in one transaction: all of them or none. */
  write(statements: Statement[]): Promise<QueryResult[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const isGraphNode = (v: unknown): v is GraphNode => typeof v === 'object' && v !== null && (v as GraphNode).kind === 'node' && 'labels' in v;
export const isGraphRelationship = (v: unknown): v is GraphRelationship =>
  typeof v === 'object' && v !== null && (v as GraphRelationship).kind === 'relationship' && 'startElementId' in v;
