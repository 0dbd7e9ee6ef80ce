// The console parser's thread: runs only Neo4j's parser and linter (pure JavaScript), so the
// server can terminate it safely when a query is too costly to parse. No engine is loaded here.
import { parentPort, workerData } from 'node:worker_threads';
import { classify, syntaxErrors } from './console-guard.ts';
import type { ParseJob, ParseReply } from './console-parser.ts';

const port = parentPort;
if (!port) throw new Error('console-parser.worker.ts runs as a worker thread');

// Warm the linter (a second or two of CPU the first time) before saying ready.
const { warmSample } = workerData as { warmSample?: string };
if (warmSample) syntaxErrors(warmSample, {});
port.postMessage({ ready: true } satisfies ParseReply);

port.on('message', ({ id, query, params, bounded }: ParseJob) => {
  try {
    const verdict = classify(query, { bounded });
    const errors = verdict.ok ? syntaxErrors(query, params) : [];
    port.postMessage({ id, verdict, errors } satisfies ParseReply);
  } catch (error) {
    port.postMessage({ id, failed: (error as Error).message ?? String(error) } satisfies ParseReply);
  }
});
