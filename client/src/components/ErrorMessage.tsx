// A clear message for an API error or an unreachable server, with a way to try again.
import { ApiError } from '../api/client.ts';

interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const problem = error instanceof ApiError ? error.problem : undefined;
  const title = problem?.title ?? 'Something went wrong';
  const detail = problem?.detail ?? (error instanceof Error ? error.message : String(error));
  return (
    <div className="error" role="alert">
      <strong>{title}</strong>
      {detail && detail !== title && <p>{detail}</p>}
      {!!problem?.errors?.length && (
        <ul>
          {problem.errors.map((e, i) => (
            <li key={i}>
              {e.line !== undefined && <span className="muted">line {e.line}{e.column !== undefined && `, column ${e.column}`}: </span>}
              {e.message}
              {e.path && !e.path.startsWith('body.') && <span className="muted"> ({e.path})</span>}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
