import { defineConfig } from 'vitest/config';

// The integration suite (test/*.test.ts) runs twice: on real PostgreSQL and on the embedded
// PGlite. Tests without a shared database (test/unit) and those that start the real process
// (test/process: CLI, server, signals) run once.
const dbSuite = ['test/*.test.ts'];
const standalone = ['test/unit/**/*.test.ts', 'test/process/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'postgres', include: dbSuite, env: { TEST_DB: 'postgres' } } },
      { extends: true, test: { name: 'pglite', include: dbSuite, env: { TEST_DB: 'pglite' } } },
      { extends: true, test: { name: 'standalone', include: standalone } },
    ],
  },
});
