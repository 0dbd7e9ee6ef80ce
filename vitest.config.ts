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
      // Linting a .cypher file with Neo4j's parser takes a second alone and several on a loaded
      // machine (the run's Neo4j shares it): a timeout is not a timing assertion.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      // The API tests spawn CLIs and seed Neo4j: at a load average of 25 (seen here) a CLI alone takes 30 s.
      { test: { name: 'api', include: ['test/api/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, globalSetup: [neo4j] } },
      { test: { name: 'contract', include: ['test/contract/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 240_000, globalSetup: [neo4j] } },
      // Stops and starts a real Neo4j of its own: runs alone, after the other projects (groupOrder).
      { test: { name: 'faults', include: ['test/faults/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 300_000, fileParallelism: false, sequence: { groupOrder: 1 } } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
