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
  /** Several files at once; CSV files named for nodes or edges go as the nodes and edges parts. */
  importFiles: (files: readonly File[], options: { dryRun: boolean; tree?: 'classification' | 'phylogeny'; message?: string }) => {
    const form = new FormData();
    for (const file of files) {
      const csv = /\.csv$/i.test(file.name);
      const part = csv && /edge/i.test(file.name) ? 'edges' : csv && /node/i.test(file.name) ? 'nodes' : 'file';
      form.append(part, file, file.name);
    }
    const query = new URLSearchParams({ dryRun: String(options.dryRun), ...(options.tree && { tree: options.tree }), ...(options.message?.trim() && { message: options.message.trim() }) });
    // The server refuses cross-site writes; the header says this is the explorer's own page.
    return request<ImportAnswer>(`/api/import?${query.toString()}`, { method: 'POST', headers: { 'x-requested-with': 'cladescope' }, body: form });
  },
};
