// The embedded console's process: opens a snapshot of the graph read-only and runs one user
// query at a time. Grafeo cannot cancel a query, so the server kills this process when a query
// runs over its time or memory and starts another; its own store is never touched from here.
import grafeo from '@grafeo-db/js';
import { takeRows, type Row } from './values.ts';

export interface ChildJob {
  id: number;
  snapshot: string;
  text: string;
  params: Record<string, unknown>;
  maxRows?: number;
  maxBytes?: number;
}

export type ChildReply = { ready: true } | { id: number; columns: string[]; rows: Row[]; truncated: boolean } | { id: number; error: string };

interface ReadOnlyDatabase {
  executeCypher(query: string, params?: Record<string, unknown>): Promise<{ columns: string[]; length: number; get(index: number): Row }>;
  close(): void;
}
const { GrafeoDB } = grafeo as unknown as { GrafeoDB: { openReadOnly(path: string): ReadOnlyDatabase } };

let open: { path: string; db: ReadOnlyDatabase } | undefined;

function database(path: string): ReadOnlyDatabase {
  if (open?.path === path) return open.db;
  open?.db.close();
  open = { path, db: GrafeoDB.openReadOnly(path) };
  return open.db;
}

const send = (reply: ChildReply) => process.send?.(reply);

process.on('message', (job: ChildJob) => {
  void (async () => {
    try {
      const result = await database(job.snapshot).executeCypher(job.text, job.params);
      const { rows, truncated } = takeRows(result, job.maxRows, job.maxBytes);
      send({ id: job.id, columns: result.columns, rows, truncated });
    } catch (error) {
      send({ id: job.id, error: (error as Error).message ?? String(error) });
    }
  })();
});
// The server going away takes this process with it.
process.on('disconnect', () => process.exit(0));
send({ ready: true });
