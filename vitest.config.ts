// Test projects: unit (pure modules), api (routes over HTTP, on both engines), contract (whole
// answers compared across the two engines), faults (Neo4j stopped, hung and restarted under the
// running app), e2e (the built client in Chromium; run by
// `npm run test:e2e`). The api and contract projects share the run's one Neo4j, found (or
// started) by test/support/neo4j-global-setup.ts.
import { defineConfig } from 'vitest/config';

const neo4j = './test/support/neo4j-global-setup.ts';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000 } },
      { test: { name: 'api', include: ['test/api/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, globalSetup: [neo4j] } },
      { test: { name: 'contract', include: ['test/contract/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 240_000, globalSetup: [neo4j] } },
      // Stops and starts a real Neo4j of its own: runs alone, after the other projects (groupOrder).
      { test: { name: 'faults', include: ['test/faults/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 300_000, fileParallelism: false, sequence: { groupOrder: 1 } } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
