// The request a piece of work serves, as seen from below the routes: its AbortSignal, aborted
// when the client goes away, so the store can drop queued work nobody waits for. Set by http/.
import { AsyncLocalStorage } from 'node:async_hooks';

const context = new AsyncLocalStorage<AbortSignal>();

/** Runs fn (and everything it starts) as work for a request with this signal. */
export const withRequestSignal = <T>(signal: AbortSignal, fn: () => T): T => context.run(signal, fn);

/** The signal of the request being served, if any. */
export const requestSignal = (): AbortSignal | undefined => context.getStore();

/** Runs fn outside any request: for work shared by many requests (a cache), which one client leaving must not drop. */
export const detached = <T>(fn: () => T): T => context.exit(fn);
