// The read-only Cypher console. (First cut: refuses everything until the parser-based guard lands.)
import { AppError } from '../errors.ts';
import type { QueryAnswer } from './query.service.ts';

export class ConsoleService {
  run(_query: string, _params: Record<string, unknown>): Promise<QueryAnswer> {
    return Promise.reject(new AppError('query_refused', 'The console is not available yet'));
  }
}
