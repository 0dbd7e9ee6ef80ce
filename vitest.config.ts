// Test projects: unit (pure modules), api (routes on the real embedded engine), contract
// (the same suite on both engines; Neo4j through Testcontainers where a runtime exists),
// faults (Neo4j stopped, hung and restarted under the running app), e2e (the built client in Chromium; run by `npm run test:e2e`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'api', include: ['test/api/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      { test: { name: 'contract', include: ['test/contract/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 240_000 } },
      // Stops and starts a real Neo4j: runs alone, after the other projects (groupOrder), one file at a time.
      { test: { name: 'faults', include: ['test/faults/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 300_000, fileParallelism: false, sequence: { groupOrder: 1 } } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
