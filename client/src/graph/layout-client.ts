// Asks the layout worker for a large drawing's layout; where no worker can start, computes it
// here instead (slower for the page, same answer).
import type { LayoutRequest, LayoutResult } from './large-layout.ts';

let worker: Worker | undefined;
let next = 0;
const pending = new Map<number, { resolve(r: LayoutResult): void; reject(e: Error): void }>();

function start(): Worker | undefined {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  worker.onmessage = (e: MessageEvent<{ id: number; result?: LayoutResult; error?: string }>) => {
    const waiting = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (e.data.result) waiting?.resolve(e.data.result);
    else waiting?.reject(new Error(e.data.error ?? 'layout failed'));
  };
  worker.onerror = (e) => {
    for (const w of pending.values()) w.reject(new Error(e.message || 'layout worker failed'));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

export async function layoutOffThread(request: LayoutRequest): Promise<LayoutResult> {
  const w = start();
  if (!w) return (await import('./large-layout.ts')).computeLayout(request);
  const id = ++next;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, request });
  });
}
