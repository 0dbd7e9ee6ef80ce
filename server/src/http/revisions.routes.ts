// Routes for revisions: the list, a diff of two, the graph as it stood after one
// (GET /api/graph?revision=), and a revert as a new revision. Thin: validate, call, answer.
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { RevisionService } from '../taxonomy/revisions/revision.service.ts';
import { parse } from './validate.ts';

export interface RevisionDeps {
  revisions: RevisionService;
  /** A revert is a write: beyond loopback it needs the write token, as an import does. */
  writeGuard: RequestHandler;
}

const revisionId = z.coerce.number({ message: 'expected a revision number' }).int('expected a revision number').min(1, 'revisions are numbered from 1');
const message = z.string().trim().max(500, 'at most 500 characters').optional();

export function revisionsRoutes({ revisions, writeGuard }: RevisionDeps): Router {
  const router = Router();

  // Mounted before the taxonomy routes: without ?revision= the request goes on to them.
  router.get('/graph', async (req, res, next) => {
    if (req.query.revision === undefined) return next();
    const { revision } = parse(z.object({ revision: revisionId }), req.query, 'query');
    res.json({ elements: await revisions.graphAt(revision), revision });
  });

  router.get('/revisions', async (req, res) => {
    const { limit } = parse(z.object({ limit: z.coerce.number().int().min(1).max(1000).default(1000) }), req.query, 'query');
    res.json({ revisions: await revisions.list(limit) });
  });

  router.get('/revisions/diff', async (req, res) => {
    const { from, to } = parse(z.object({ from: revisionId, to: revisionId }), req.query, 'query');
    res.json(await revisions.diff(from, to));
  });

  router.get('/revisions/:id', async (req, res) => {
    res.json({ revision: await revisions.get(parse(revisionId, req.params.id, 'path.id')) });
  });

  router.post('/revisions/:id/revert', writeGuard, async (req, res) => {
    const id = parse(revisionId, req.params.id, 'path.id');
    const query = parse(z.object({ message }), req.query, 'query');
    const body = parse(z.object({ message }).default({}), req.body ?? {}, 'body');
    res.json(await revisions.revert(id, body.message ?? query.message));
  });

  return router;
}
