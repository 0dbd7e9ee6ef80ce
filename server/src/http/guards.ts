// What every request passes before a route: a body limit fit for its route, the same-origin
// rule and the write token for state-changing requests, and a signal that fires when the
// client goes away. Query parameters sent by users are bounded here, before any engine.
import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type RequestHandler } from 'express';
import { AppError, invalidInput } from '../errors.ts';
import { withRequestSignal } from '../request-context.ts';

/** JSON bodies outside the import route: a console query and its parameters fit in far less. */
export const QUERY_BODY_LIMIT_BYTES = 256 * 1024;

/** Parameters of console and named queries: nesting, and values in all. */
export const PARAM_LIMITS = { depth: 8, values: 10_000 } as const;

/** JSON bodies: the import route takes up to the import limit, every other route a small body. */
export function jsonBodies(importLimitBytes: number): RequestHandler {
  const small = express.json({ limit: QUERY_BODY_LIMIT_BYTES });
  const large = express.json({ limit: importLimitBytes });
  return (req, res, next) => (req.path === '/api/import' ? large : small)(req, res, next);
}

/**
 * Refuses parameters nested deeper or holding more values than any query needs. Walked
 * without recursion, so a hostile structure cannot overflow the stack here either.
 */
export function checkParams(params: unknown, where: string): void {
  const stack: [unknown, number][] = [[params, 0]];
  let values = 0;
  while (stack.length) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (++values > PARAM_LIMITS.values) throw tooMany(where, `more than ${PARAM_LIMITS.values} values`);
    if (value === null || typeof value !== 'object') continue;
    if (depth >= PARAM_LIMITS.depth) throw tooMany(where, `nested deeper than ${PARAM_LIMITS.depth} levels`);
    for (const v of Array.isArray(value) ? value : Object.values(value as object)) stack.push([v, depth + 1]);
  }
}

const tooMany = (where: string, what: string) => invalidInput(`Invalid ${where}: the parameters hold ${what}`, [{ path: where, message: what }]);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export const isLoopback = (host: string) => LOOPBACK_NAMES.has(host.toLowerCase()) || /^127\./.test(host);

/**
 * A page on another site can POST a form or text without a preflight, so a state-changing
 * request must come from this server's own origin. Without an Origin (curl, scripts) it must
 * carry a JSON content type or an X-Requested-With header, which no cross-site form can send.
 * On loopback the Host must name loopback too, so a DNS-rebound name cannot pass as "same origin".
 */
export function sameOriginWrites(boundToLoopback: boolean): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const host = req.get('host') ?? '';
    if (boundToLoopback && !isLoopback(host.replace(/:\d+$/, ''))) {
      throw new AppError('forbidden', `This server listens on loopback only; a request for host ${host} is refused`);
    }
    const origin = req.get('origin');
    if (origin !== undefined) {
      let sameHost = false;
      try {
        sameHost = new URL(origin).host === host;
      } catch {
        sameHost = false;
      }
      if (!sameHost) throw new AppError('forbidden', `A ${req.method} from another origin (${origin}) is refused: only this server's own pages may send it`);
      return next();
    }
    if (req.is('application/json') || req.get('x-requested-with')) return next();
    throw new AppError('forbidden', `A ${req.method} without an Origin needs a JSON content type or an X-Requested-With header (e.g. X-Requested-With: cladescope), so a page on another site cannot send it`);
  };
}

/**
 * Writes (imports) need `Authorization: Bearer <WRITE_TOKEN>` when the server listens beyond
 * loopback; with no token set there, writes are refused and reads stay open.
 */
export function requireWriteToken(boundToLoopback: boolean, token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (boundToLoopback) return next();
    if (!token) throw new AppError('forbidden', 'This server listens beyond loopback and has no WRITE_TOKEN set, so it accepts no writes; set WRITE_TOKEN and send it as Authorization: Bearer <token>');
    const sent = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (!sent || !timingSafeEqualStrings(sent, token)) throw new AppError('forbidden', 'Writes need Authorization: Bearer <WRITE_TOKEN>; the token is missing or wrong');
    next();
  };
}

/** Compares digests in constant time, so the answer's timing tells nothing about the token. */
const timingSafeEqualStrings = (a: string, b: string) => timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

/**
 * An AbortSignal per request, aborted when the connection closes before the answer is sent;
 * the work the request starts sees it (request-context), so queued queries are dropped.
 */
export const requestSignals: RequestHandler = (req, res, next) => {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  req.signal = controller.signal;
  withRequestSignal(controller.signal, next);
};

declare module 'express-serve-static-core' {
  interface Request {
    /** Aborted when the client goes away before its answer is sent. */
    signal?: AbortSignal;
  }
}
