// Runs an API call when its key changes: the previous answer stays on screen while the next
// one loads, a superseded call is aborted, and `slow` turns on only after a short wait.
import { useEffect, useState } from 'react';

export interface Async<T> {
  data?: T;
  /** The key `data` answers: while the next key loads, the previous answer's. */
  dataKey?: string;
  error?: unknown;
  loading: boolean;
  slow: boolean;
}

const SLOW_MS = 350;

export function useAsync<T>(key: string | undefined, run: (signal: AbortSignal) => Promise<T>): Async<T> & { retry(): void } {
  const [result, setResult] = useState<Async<T>>({ loading: key !== undefined, slow: false });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (key === undefined) {
      setResult({ loading: false, slow: false });
      return;
    }
    const controller = new AbortController();
    setResult((r) => ({ data: r.data, dataKey: r.dataKey, loading: true, slow: false }));
    const timer = setTimeout(() => setResult((r) => ({ ...r, slow: r.loading })), SLOW_MS);
    run(controller.signal).then(
      (data) => !controller.signal.aborted && setResult({ data, dataKey: key, loading: false, slow: false }),
      (error: unknown) => !controller.signal.aborted && setResult({ error, loading: false, slow: false }),
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `run` is a fresh closure every render; the key alone says when the call is a different one.
  }, [key, attempt]);

  return { ...result, retry: () => setAttempt((a) => a + 1) };
}
