// The one error formatter: AppError codes to HTTP statuses, every error as RFC 9457
// application/problem+json. A 500 says little to the client and everything to the log.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, type ErrorCode } from '../errors.ts';

const STATUS: Record<ErrorCode, number> = {
  not_found: 404,
  invalid_input: 400,
  invalid_dataset: 422,
  query_refused: 422,
  query_failed: 400,
  too_large: 413,
  store_unavailable: 503,
  busy: 429,
  too_complex: 422,
  limit_exceeded: 422,
  forbidden: 403,
  // The client went away; nobody reads this answer, but the log shows it.
  cancelled: 499,
};

const TITLE: Record<ErrorCode, string> = {
  not_found: 'Not found',
  invalid_input: 'Invalid input',
  invalid_dataset: 'Invalid dataset',
  query_refused: 'Query refused',
  query_failed: 'Query failed',
  too_large: 'Payload too large',
  store_unavailable: 'Store unavailable',
  busy: 'Too many queries at once',
  too_complex: 'Query too complex',
  limit_exceeded: 'Query stopped at a limit',
  forbidden: 'Forbidden',
  cancelled: 'Request cancelled',
};

export function problem(status: number, code: string, title: string, detail: string, instance: string, extra: object = {}) {
  return { type: `https://cladescope.dev/problems/${code}`, title, status, detail, code, instance, ...extra };
}

export const notFoundRoute: RequestHandler = (req) => {
  throw new AppError('not_found', `No route ${req.method} ${req.originalUrl.split('?')[0]}`);
};

interface HttpError {
  status?: number;
  type?: string;
  expose?: boolean;
  message: string;
}

export const problemHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  let body: ReturnType<typeof problem>;
  if (error instanceof AppError) {
    body = problem(STATUS[error.code], error.code, TITLE[error.code], error.message, req.originalUrl, {
      ...error.extra,
      ...(error.details.length ? { errors: error.details } : {}),
    });
  } else if ((error as HttpError).type === 'entity.too.large') {
    body = problem(413, 'too_large', TITLE.too_large, 'The request body is larger than the configured limit', req.originalUrl);
  } else if ((error as HttpError).type === 'entity.parse.failed') {
    body = problem(400, 'invalid_input', 'Invalid JSON', `The request body is not valid JSON: ${(error as HttpError).message}`, req.originalUrl);
  } else if ((error as HttpError).expose && (error as HttpError).status) {
    const status = (error as HttpError).status as number;
    body = problem(status, 'invalid_input', 'Bad request', (error as HttpError).message, req.originalUrl);
  } else {
    req.log?.error({ err: error }, 'unhandled error');
    body = problem(500, 'internal', 'Internal error', `Something went wrong on our side; the log has the details (request ${String(req.id ?? '')})`, req.originalUrl);
  }
  if (body.status >= 500 && error instanceof AppError) req.log?.warn({ err: error }, 'store error');
  // The console answers busy for a moment only; say when to come back.
  if (body.status === 429) res.set('Retry-After', '1');
  res.status(body.status).type('application/problem+json').json(body);
};
