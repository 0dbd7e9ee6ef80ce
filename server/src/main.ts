// Composition root: config → store → services → app → listen. SIGTERM closes in order.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import { createApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { CypherLibrary } from './cypher/library.ts';
import { openStore } from './store/open-store.ts';
import { ConsoleService } from './taxonomy/console.service.ts';
import { ConvergenceService } from './taxonomy/convergence.service.ts';
import { ExportService } from './taxonomy/export/export.service.ts';
import { ImportService } from './taxonomy/import/import.service.ts';
import { isLoopback } from './http/guards.ts';
import { importExportRoutes } from './http/import-export.routes.ts';
import { KeptAnswer } from './http/kept-answer.ts';
import { chunks, sendElements } from './http/stream-json.ts';
import { FamilyIndex } from './taxonomy/family-index.ts';
import { QueryService } from './taxonomy/query.service.ts';
import { RevisionService } from './taxonomy/revisions/revision.service.ts';
import { prepareStore } from './taxonomy/seed.ts';
import { TaxonomyService } from './taxonomy/taxonomy.service.ts';

export const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

export interface RunningServer {
  url: string;
  engine: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** The built client to serve; client/dist by default. */
  clientDir?: string;
  /** How long a client may take to send its headers (10 s); shorter in tests. */
  headersTimeoutMs?: number;
}

export async function startServer(overrides: Partial<Config> = {}, logger: Logger = pino({ level: 'silent' }), options: ServerOptions = {}): Promise<RunningServer> {
  const config = { ...loadConfig(), ...overrides };
  const library = new CypherLibrary();
  const store = openStore(config);
  try {
    const { seeded } = await prepareStore(store, library, config.SEED_FILE);
    if (seeded) logger.info({ seedFile: config.SEED_FILE }, 'store was empty: loaded the taxonomy');
  } catch (error) {
    await store.close();
    throw error;
  }
  const families = new FamilyIndex(store, library);
  const queries = new QueryService(store, library, families);
  const convergence = new ConvergenceService(queries);
  const taxonomy = new TaxonomyService(queries);
  const soleWriter = store.engine === 'embedded';
  const kept = {
    graph: new KeptAnswer({ name: 'graph', json: async () => chunks(await taxonomy.graph(), {}), sendFresh: async (res) => sendElements(res, await taxonomy.graph()), soleWriter }),
    convergence: new KeptAnswer({ name: 'convergence', json: async () => [JSON.stringify(await convergence.analyse())], sendFresh: async (res) => void res.json(await convergence.analyse()), soleWriter }),
  };
  // An import changes the graph: drop what was derived from it (families, convergence, the kept answers' bytes) after each write.
  const onWritten = () => {
    families.invalidate();
    convergence.invalidate();
    Object.values(kept).forEach((answer) => answer.invalidate());
  };
  const importer = new ImportService(store, library, { limitBytes: config.IMPORT_LIMIT_BYTES, onWritten });
  // A revert queues behind imports (and they behind it): each write finds the graph as it read it.
  const revisions = new RevisionService(store, library, { exclusive: (task) => importer.exclusive(task), onWritten });
  const exporter = new ExportService(store, library, queries);
  const consoleService = new ConsoleService(store, queries, {
    rowLimit: config.CONSOLE_ROW_LIMIT,
    timeoutMs: config.CONSOLE_TIMEOUT_MS,
    memoryMb: config.CONSOLE_MEMORY_MB,
    maxAnswerBytes: config.CONSOLE_ANSWER_BYTES,
    parseBudgetMs: config.CONSOLE_PARSE_BUDGET_MS,
    parserIdleMs: config.CONSOLE_PARSER_IDLE_MS,
    // A named query that exercises most of Neo4j's analyser.
    parserWarmSample: library.get('queries/search/by-name').text,
  });
  const app = createApp({
    store,
    logger,
    clientDir: options.clientDir ?? CLIENT_DIR,
    importLimitBytes: config.IMPORT_LIMIT_BYTES,
    host: config.HOST,
    taxonomy,
    convergence,
    kept,
    queries,
    console: consoleService,
    revisions,
    writeToken: config.WRITE_TOKEN,
    extraRoutes: [importExportRoutes({ importer, exporter, importLimitBytes: config.IMPORT_LIMIT_BYTES, boundToLoopback: isLoopback(config.HOST), writeToken: config.WRITE_TOKEN })],
  });
  // Headers must arrive within 10 s and a whole request within 2 minutes (a 50 MB import on a
  // slow link); Node checks these every second rather than its default 30.
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const server = createServer({ headersTimeout, requestTimeout: 120_000, connectionsCheckingInterval: Math.min(1_000, headersTimeout) }, app);
  server.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const { port } = server.address() as AddressInfo;
  // The console's parser is not started here: its thread holds ~340 MB, which a server whose
  // console is never used should not pay; the first console query starts it (about 1.3 s).
  const warming = setImmediate(() => store.warm?.());
  return {
    url: `http://localhost:${port}`,
    engine: store.engine,
    close: async () => {
      clearImmediate(warming);
      // Stop accepting, let the requests in flight finish within the grace period, then cut what is left.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = new Promise<'late'>((resolve) => setTimeout(resolve, config.SHUTDOWN_GRACE_MS, 'late').unref());
      if ((await Promise.race([closed, grace])) === 'late') {
        logger.warn({ graceMs: config.SHUTDOWN_GRACE_MS }, 'requests still running after the grace period: closing their connections');
        server.closeAllConnections();
        await closed;
      }
      await consoleService.close();
      await store.close();
    },
  };
}

async function main(): Promise<void> {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  let running: RunningServer;
  try {
    running = await startServer({}, logger);
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `cladescope could not start: ${(error as Error).message}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  process.stdout.write(`cladescope is running on the ${running.engine} engine: ${running.url}\n`);
  const grace = loadConfig().SHUTDOWN_GRACE_MS;
  const shutdown = async () => {
    logger.info({ graceMs: grace }, 'stopping: finishing the requests in flight');
    // Whatever hangs past the grace period (a store that does not close), the process still ends.
    setTimeout(() => process.exit(1), grace + 5_000).unref();
    await running.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
