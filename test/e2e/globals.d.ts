// What the explorer exposes on window for browser tests and benchmarks (set in GraphCanvas).
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    __cy?: Core;
  }
}
