// Typed calls for each route of docs/API.md.
import { postJson, request } from './client.ts';
import type { AsOfAnswer, ConvergenceAnswer, GraphAnswer, ImportAnswer, LineageAnswer, NamedQuery, PathAnswer, SearchResult, TableAnswer, TaxonDetails, TraitHistoryAnswer } from './types.ts';

const q = encodeURIComponent;

export const api = {
  graph: (signal?: AbortSignal) => request<GraphAnswer>('/api/graph', { signal }),
  asOf: (at: string, signal?: AbortSignal) => request<AsOfAnswer>(`/api/graph?at=${q(at)}`, { signal }),
  search: (text: string, signal?: AbortSignal) => request<{ results: SearchResult[] }>(`/api/search?q=${q(text)}&limit=10`, { signal }),
  details: (id: string, signal?: AbortSignal) => request<TaxonDetails>(`/api/taxa/${q(id)}`, { signal }),
  neighbours: (id: string, signal?: AbortSignal) => request<GraphAnswer>(`/api/taxa/${q(id)}/neighbours`, { signal }),
  lineage: (id: string, signal?: AbortSignal) => request<LineageAnswer>(`/api/lineage/${q(id)}`, { signal }),
  heritage: (id: string, signal?: AbortSignal) => request<GraphAnswer>(`/api/heritage/${q(id)}`, { signal }),
  convergence: (signal?: AbortSignal) => request<ConvergenceAnswer>('/api/convergence', { signal }),
  traitHistory: (id: string, signal?: AbortSignal) => request<TraitHistoryAnswer>(`/api/traits/${q(id)}/history`, { signal }),
  path: (from: string, to: string, signal?: AbortSignal) => request<PathAnswer>(`/api/path?from=${q(from)}&to=${q(to)}`, { signal }),
  queries: (signal?: AbortSignal) => request<{ queries: NamedQuery[] }>('/api/queries', { signal }),
  runQuery: (name: string, params: Record<string, unknown>, signal?: AbortSignal) => postJson<TableAnswer>(`/api/queries/${name}`, { params }, signal),
  cypher: (query: string, signal?: AbortSignal) => postJson<TableAnswer>('/api/cypher', { query, params: {} }, signal),
  importFile: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    // The server refuses cross-site writes; the header says this is the explorer's own page.
    return request<ImportAnswer>('/api/import', { method: 'POST', headers: { 'x-requested-with': 'cladescope' }, body: form });
  },
};
