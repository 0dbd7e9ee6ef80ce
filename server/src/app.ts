// createApp(deps): the Express app with its routes and the one error handler; no listen().
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { AppError } from './errors.ts';
import { isLoopback, jsonBodies, requestSignals, requireWriteToken, sameOriginWrites } from './http/guards.ts';
import { notFoundRoute, problemHandler } from './http/problem.ts';
import { revisionsRoutes } from './http/revisions.routes.ts';
import { taxonomyRoutes, type TaxonomyDeps } from './http/taxonomy.routes.ts';
import type { RevisionService } from './taxonomy/revisions/revision.service.ts';
import type { GraphStore } from './store/graph-store.ts';

export interface AppDeps extends TaxonomyDeps {
  store: GraphStore;
  logger: Logger;
  /** Built client to serve (client/dist); absent in API-only tests. */
  clientDir?: string;
  /** JSON bodies of the import route may be this large; every other route takes a small body. */
  importLimitBytes: number;
  /** The address the server listens on: beyond loopback, writes need a token (see guards.ts). */
  host: string;
  /** WRITE_TOKEN: what writes beyond loopback must send. */
  writeToken?: string;
  extraRoutes?: express.Router[];
  revisions?: RevisionService;
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger: deps.logger,
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      serializers: { req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }), res: (res: { statusCode: number }) => ({ status: res.statusCode }) },
    }),
  );
  // The console's editor and Cytoscape need inline styles; everything else stays locked down.
  app.use(helmet({ contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:', 'blob:'] } } }));
  // gzip or brotli, as the client asks, for every answer and asset worth it (the 17 MB graph at
  // 20,000 species, the client bundle). The fastest levels: the 4.3 MB convergence answer at
  // 100,000 species goes to 236 KB in about 10 ms (at quality 4, 193 KB in 25 ms).
  app.use(compression({ level: zlibConstants.Z_BEST_SPEED, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } } }));
  app.use(requestSignals);
  app.use(sameOriginWrites(isLoopback(deps.host)));
  app.use(jsonBodies(deps.importLimitBytes));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.store.ping();
    } catch (error) {
      throw error instanceof AppError ? error : new AppError('store_unavailable', `The ${deps.store.engine} store is not reachable`);
    }
    res.json({ status: 'ready', engine: deps.store.engine });
  });

  // Revisions first: GET /api/graph?revision= is theirs, the plain /api/graph goes on to the taxonomy's.
  app.use('/api', ...(deps.revisions ? [revisionsRoutes({ revisions: deps.revisions, writeGuard: requireWriteToken(isLoopback(deps.host), deps.writeToken) })] : []), taxonomyRoutes(deps), ...(deps.extraRoutes ?? []));
  app.use('/api', notFoundRoute);

  if (deps.clientDir && existsSync(join(deps.clientDir, 'index.html'))) {
    app.use(express.static(deps.clientDir, { index: false, maxAge: '1h' }));
    // The client's own routes answer the page; a missing asset, a dot-file or any other file name is a 404.
    app.get('/{*path}', (req, res, next) => {
      const last = req.path.split('/').pop() ?? '';
      if (req.path.startsWith('/assets/') || /(^|\/)\./.test(req.path) || /\.[A-Za-z0-9]+$/.test(last)) return next();
      res.sendFile(join(deps.clientDir as string, 'index.html'));
    });
  }
  app.use(notFoundRoute);
  app.use(problemHandler);
  return app;
}
