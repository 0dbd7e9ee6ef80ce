// Domain errors with a stable code; http/problem.ts maps each code to a status. No HTTP here.
export type ErrorCode =
  | 'not_found'
  | 'invalid_input'
  | 'invalid_dataset'
  | 'query_refused'
  | 'query_failed'
  | 'too_large'
  | 'store_unavailable'
  | 'busy'
  | 'too_complex'
  | 'limit_exceeded'
  | 'forbidden'
  | 'cancelled';

export interface ProblemDetail {
  path: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ProblemDetail[] = [],
    /** Extra members of the problem, e.g. `limit` naming the setting a query ran into. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);
export const invalidInput = (message: string, details: ProblemDetail[] = []) => new AppError('invalid_input', message, details);
