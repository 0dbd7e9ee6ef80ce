// Composition root: config → store → services → app → listen. SIGTERM closes in order.
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
import { importExportRoutes } from './http/import-export.routes.ts';
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

export async function startServer(overrides: Partial<Config> = {}, logger: Logger = pino({ level: 'silent' })): Promise<RunningServer> {
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
  // An import changes the graph: drop what was derived from it (families, convergence) after each write.
  const onWritten = () => {
    families.invalidate();
    convergence.invalidate();
  };
  const importer = new ImportService(store, library, { limitBytes: config.IMPORT_LIMIT_BYTES, onWritten });
  // A revert queues behind imports (and they behind it): each write finds the graph as it read it.
  const revisions = new RevisionService(store, library, { exclusive: (task) => importer.exclusive(task), onWritten });
  const exporter = new ExportService(store, library, queries);
  const consoleService = new ConsoleService(store, queries, { rowLimit: config.CONSOLE_ROW_LIMIT, timeoutMs: config.CONSOLE_TIMEOUT_MS });
  const app = createApp({
    store,
    logger,
    clientDir: CLIENT_DIR,
    jsonLimitBytes: config.IMPORT_LIMIT_BYTES,
    taxonomy: new TaxonomyService(queries),
    convergence,
    queries,
    console: consoleService,
    revisions,
    extraRoutes: [importExportRoutes({ importer, exporter, importLimitBytes: config.IMPORT_LIMIT_BYTES })],
  });
  const server = app.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const { port } = server.address() as AddressInfo;
  // Once listening, warm the console's parser (a second or two of CPU) before anyone asks,
  // with a named query that exercises most of it.
  const warming = setImmediate(() => consoleService.warm(library.get('queries/search/by-name').text));
  return {
    url: `http://localhost:${port}`,
    engine: store.engine,
    close: async () => {
      clearImmediate(warming);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
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
  const shutdown = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
