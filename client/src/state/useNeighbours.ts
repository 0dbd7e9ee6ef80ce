// The neighbours of every node the reader expanded, fetched once each and kept while expanded.
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/taxonomy.ts';
import type { Elements } from '../api/types.ts';

export interface Neighbours {
  answers: Elements[];
  /** Every element id the expansions brought, drawn whatever the filters say. */
  ids: Set<string>;
  error?: unknown;
}

export function useNeighbours(expanded: readonly string[]): Neighbours {
  const [fetched, setFetched] = useState<Map<string, Elements>>(new Map());
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    const missing = expanded.filter((id) => !fetched.has(id));
    if (!missing.length) return;
    const controller = new AbortController();
    Promise.all(missing.map(async (id) => [id, (await api.neighbours(id, controller.signal)).elements] as const)).then(
      (answers) => setFetched((f) => new Map([...f, ...answers])),
      (e: unknown) => !controller.signal.aborted && setError(e),
    );
    return () => controller.abort();
  }, [expanded, fetched]);

  return useMemo(() => {
    const answers = expanded.map((id) => fetched.get(id)).filter((a): a is Elements => a !== undefined);
    const ids = new Set(answers.flatMap((a) => [...a.nodes.map((n) => n.data.id), ...a.edges.map((e) => e.data.id)]));
    return { answers, ids, error };
  }, [expanded, fetched, error]);
}
