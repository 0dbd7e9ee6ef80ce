// Typed calls for each route of docs/API.md.
import { postJson, request } from './client.ts';
import type { ConvergenceAnswer, GraphAnswer, ImportAnswer, LineageAnswer, NamedQuery, PathAnswer, SearchResult, TableAnswer, TaxonDetails } from './types.ts';

const q = encodeURIComponent;

export const api = {
  graph: (at?: string, signal?: AbortSignal) => request<GraphAnswer>(`/api/graph${at ? `?at=${q(at)}` : ''}`, { signal }),
  search: (text: string, signal?: AbortSignal) => request<{ results: SearchResult[] }>(`/api/search?q=${q(text)}&limit=10`, { signal }),
  details: (id: string, signal?: AbortSignal) => request<TaxonDetails>(`/api/taxa/${q(id)}`, { signal }),
  neighbours: (id: string, signal?: AbortSignal) => request<GraphAnswer>(`/api/taxa/${q(id)}/neighbours`, { signal }),
  lineage: (id: string, signal?: AbortSignal) => request<LineageAnswer>(`/api/lineage/${q(id)}`, { signal }),
  heritage: (id: string, signal?: AbortSignal) => request<GraphAnswer>(`/api/heritage/${q(id)}`, { signal }),
  convergence: (signal?: AbortSignal) => request<ConvergenceAnswer>('/api/convergence', { signal }),
  path: (from: string, to: string, signal?: AbortSignal) => request<PathAnswer>(`/api/path?from=${q(from)}&to=${q(to)}`, { signal }),
  queries: (signal?: AbortSignal) => request<{ queries: NamedQuery[] }>('/api/queries', { signal }),
  runQuery: (name: string, params: Record<string, unknown>, signal?: AbortSignal) => postJson<TableAnswer>(`/api/queries/${name}`, { params }, signal),
  cypher: (query: string, signal?: AbortSignal) => postJson<TableAnswer>('/api/cypher', { query, params: {} }, signal),
  importFile: (file: File, message = '') => {
    const form = new FormData();
    form.append('file', file);
    return request<ImportAnswer>(`/api/import${message.trim() ? `?message=${q(message.trim())}` : ''}`, { method: 'POST', body: form });
  },
};
