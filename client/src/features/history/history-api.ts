// Typed calls for the revision routes of docs/API.md, and a counter that tells the view a revert
// has changed the history (so its answer is asked again).
import { postJson, request } from '../../api/client.ts';
import type { Elements } from '../../api/types.ts';

export interface Revision {
  id: number;
  at: string;
  message: string | null;
  source: { kind: 'seed' | 'import' | 'revert' | 'baseline'; files?: string[]; formats?: string[]; revertedTo?: number };
  summary: { added: number; changed: number; removed: number };
}

export type Fields = Record<string, [unknown, unknown]>;

export interface RevisionDiff {
  from: number;
  to: number;
  added: { nodes: string[]; edges: string[] };
  removed: { nodes: string[]; edges: string[] };
  changed: { nodes: { id: string; fields: Fields }[]; edges: { id: string; fields: Fields }[] };
  elements: Elements;
}

export interface HistoryAnswer {
  revisions: Revision[];
  diff?: RevisionDiff;
}

let version = 0;
/** Bumped after each revert: part of the history view's key. */
export const historyVersion = () => version;

export const historyApi = {
  revisions: (signal?: AbortSignal) => request<{ revisions: Revision[] }>('/api/revisions', { signal }),
  diff: (from: number, to: number, signal?: AbortSignal) => request<RevisionDiff>(`/api/revisions/diff?from=${from}&to=${to}`, { signal }),
  graphAt: (revision: number, signal?: AbortSignal) => request<{ elements: Elements }>(`/api/graph?revision=${revision}`, { signal }),
  revert: async (id: number) => {
    const answer = await postJson<{ revision: Revision | null; summary: Revision['summary'] }>(`/api/revisions/${id}/revert`, {});
    version++;
    return answer;
  },
};

/** What a revision was written by, in a few words. */
export function describeSource(r: Revision): string {
  if (r.source.kind === 'revert') return `Revert to revision ${r.source.revertedTo ?? '?'}`;
  if (r.source.kind === 'baseline') return 'Baseline';
  const files = r.source.files?.join(', ');
  return r.source.kind === 'seed' ? `Seed${files ? ` (${files})` : ''}` : `Import${files ? ` of ${files}` : ''}`;
}
