// Routes for the taxonomy's questions: graph, search, taxa, lineage, heritage, path,
// convergence, the named-query library and the console. Thin: validate, call, answer.
import { sendElements } from './stream-json.ts';
import type { KeptAnswer } from './kept-answer.ts';
import { Router } from 'express';
import { z } from 'zod';
import type { ConsoleService } from '../taxonomy/console.service.ts';
import type { ConvergenceService } from '../taxonomy/convergence.service.ts';
import type { QueryService } from '../taxonomy/query.service.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';
import { checkParams } from './guards.ts';
import { parse } from './validate.ts';

export interface TaxonomyDeps {
  taxonomy: TaxonomyService;
  convergence: ConvergenceService;
  queries: QueryService;
  console: ConsoleService;
  /** The large answers kept compressed per version of the graph. */
  kept: { graph: KeptAnswer; convergence: KeptAnswer };
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const id = z.string().min(1).max(200);

export function taxonomyRoutes({ taxonomy, convergence, queries, console, kept }: TaxonomyDeps): Router {
  const router = Router();

  router.get('/graph', async (req, res) => {
    const { at } = parse(z.object({ at: date.optional() }), req.query, 'query');
    if (!at) return kept.graph.send(req, res);
    const { elements, ...rest } = await taxonomy.asOf(at);
    await sendElements(res, elements, rest);
  });

  router.get('/search', async (req, res) => {
    const { q, limit } = parse(z.object({ q: z.string().trim().min(1, 'type at least one character').max(200), limit: z.coerce.number().int().min(1).max(50).default(10) }), req.query, 'query');
    res.json({ results: await taxonomy.search(q, limit) });
  });

  router.get('/taxa/:id', async (req, res) => {
    res.json(await taxonomy.details(parse(id, req.params.id, 'path.id')));
  });

  router.get('/taxa/:id/neighbours', async (req, res) => {
    res.json({ elements: await taxonomy.neighbours(parse(id, req.params.id, 'path.id')) });
  });

  router.get('/lineage/:id', async (req, res) => {
    const { path, paths, ...elements } = await taxonomy.lineage(parse(id, req.params.id, 'path.id'));
    res.json({ elements, path, paths });
  });

  router.get('/heritage/:id', async (req, res) => {
    res.json({ elements: await taxonomy.heritageWeb(parse(id, req.params.id, 'path.id')) });
  });

  router.get('/path', async (req, res) => {
    const { from, to } = parse(z.object({ from: id, to: id }), req.query, 'query');
    res.json(await taxonomy.path(from, to));
  });

  router.get('/convergence', async (req, res) => {
    await kept.convergence.send(req, res);
  });

  router.get('/traits/:id/history', async (req, res) => {
    res.json(await convergence.history(parse(id, req.params.id, 'path.id')));
  });

  router.get('/queries', (_req, res) => {
    res.json({ queries: queries.list() });
  });

  router.post('/queries/*name', async (req, res) => {
    const name = (req.params as { name: string[] }).name.join('/');
    const { params } = parse(z.object({ params: z.record(z.string(), z.unknown()).default({}) }), req.body ?? {}, 'body');
    checkParams(params, 'body.params');
    res.json(await queries.run(name, params));
  });

  router.post('/cypher', async (req, res) => {
    const { query, params } = parse(
      z.object({ query: z.string().trim().min(1, 'the query is empty').max(20_000), params: z.record(z.string(), z.unknown()).default({}) }),
      req.body ?? {},
      'body',
    );
    checkParams(params, 'body.params');
    res.json(await console.run(query, params, req.clientSignal));
  });

  return router;
}
