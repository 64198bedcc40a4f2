import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import { paths } from '../paths.js';
import * as schema from './schema.js';

/** What `execute` returns on both drivers: node-postgres's QueryResult and PGlite's Results both carry the rows. */
export interface QueryRows<Row> {
  rows: Row[];
}
export interface DbQueryResultHKT extends PgQueryResultHKT {
  readonly type: QueryRows<this['row']>;
}

/** The drizzle API both drivers share: services are written against this and run on either. */
export type Db = PgDatabase<DbQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  readonly db: Db;
  readonly driver: 'postgres' | 'pglite';
  /** Applies every migration in migrations/ not yet applied; safe to run from several processes. */
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  /** Tests pass 'memory://' to get a throw-away embedded database. */
  pgliteDir?: string;
  poolSize?: number;
}

/** Raised when another process holds the embedded database. */
export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
}

// Any fixed number: every instance that migrates takes the same advisory lock.
const MIGRATION_LOCK_KEY = 727_001;
const CONNECT_TIMEOUT_MS = 5_000;

export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? createPostgres(options.databaseUrl, options.poolSize ?? 10) : createPglite(options.pgliteDir ?? join(options.dataDir, 'pglite'));
}

function createPostgres(url: string, max: number): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: 'undersigned',
    // A server that is gone or unreachable fails a request within seconds (a 503), instead of
    // holding it until the operating system gives up on the connection; this also bounds the wait
    // for a free connection. Keep-alive notices a peer that vanished without closing.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema });
  return {
    db,
    driver: 'postgres',
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder: paths.migrations });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
        client.release();
      }
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await pool.end();
    },
  };
}

async function createPglite(dir: string): Promise<Database> {
  let release: (() => Promise<void>) | undefined;
  if (!dir.startsWith('memory://')) {
    mkdirSync(dir, { recursive: true });
    // PGlite has no locking of its own and two processes on one directory corrupt it.
    try {
      release = await lockfile.lock(dir, {
        lockfilePath: `${dir}.lock`,
        stale: 15_000,
        update: 5_000,
        onCompromised: (err) => console.error(`embedded database lock lost: ${err.message}`),
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
        throw new DatabaseInUseError(`the embedded database in ${dir} is in use by another process: stop the server first, or set DATABASE_URL`);
      }
      throw err;
    }
  }
  const client = await PGlite.create(dir);
  const db = drizzlePglite(client, { schema });
  return {
    db,
    driver: 'pglite',
    async migrate() {
      await migratePglite(db, { migrationsFolder: paths.migrations });
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await client.close();
      await release?.();
    },
  };
}
