import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database, Db } from '../../server/db/client.js';
import * as schema from '../../server/db/schema.js';

/**
 * The test database seen through a drizzle that records every statement it sends (transaction
 * statements included), for tests about what a service does rather than how long it takes.
 * `shapes()` gives each statement's text with its parameters' places and its spacing
 * normalized: two runs that differ only in their values have the same shapes.
 */
export function recordingDb(database: Database) {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => statements.push(query) };
  const client = (database.db as unknown as { $client: unknown }).$client;
  const db = (database.driver === 'postgres' ? drizzlePg(client as pg.Pool, { schema, logger }) : drizzlePglite(client as PGlite, { schema, logger })) as unknown as Db;
  return {
    db,
    /** Records only what `run` sends. */
    async shapesOf(run: () => Promise<unknown>): Promise<string[]> {
      statements.length = 0;
      await run();
      return statements.map((s) => s.replace(/\$\d+/g, '?').replace(/\s+/g, ' ').trim());
    },
  };
}
