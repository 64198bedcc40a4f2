import fp from 'fastify-plugin';
import { createDatabase, type Database, type Db } from '../db/client.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    db: Db;
  }
}

export interface DbPluginOptions {
  /** Apply pending migrations before the app takes requests (the default). */
  migrate?: boolean;
  /** Use this database instead of opening one from the config (tests, CLI). */
  database?: Database;
  pgliteDir?: string;
}

/** Opens PostgreSQL or the embedded PGlite, migrates it, and closes it when the app closes. */
export default fp<DbPluginOptions>(
  async (app, options) => {
    const { databaseUrl, dataDir } = app.config;
    const database = options.database ?? (await createDatabase({ databaseUrl, dataDir, pgliteDir: options.pgliteDir }));
    if (options.migrate !== false) await database.migrate();
    app.decorate('database', database);
    app.decorate('db', database.db);
    // A database handed in belongs to whoever opened it.
    if (!options.database) app.addHook('onClose', () => database.close());
  },
  { name: 'db', dependencies: ['config'] },
);
