// The layout worker: lays out a large drawing off the page's thread (large-layout.ts) and posts
// the positions and measured labels back, so the page keeps answering meanwhile.
import { computeLayout, type LayoutRequest } from './large-layout.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<{ id: number; request: LayoutRequest }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  const { id, request } = e.data;
  try {
    scope.postMessage({ id, result: computeLayout(request) });
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
};
