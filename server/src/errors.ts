// Domain errors with a stable code; http/problem.ts maps each code to a status. No HTTP here.
export type ErrorCode =
  | 'not_found'
  | 'invalid_input'
  | 'invalid_dataset'
  | 'query_refused'
  | 'query_failed'
  | 'too_large'
  | 'store_unavailable'
  | 'busy';

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
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);
export const invalidInput = (message: string, details: ProblemDetail[] = []) => new AppError('invalid_input', message, details);
