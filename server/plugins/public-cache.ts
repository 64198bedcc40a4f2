import fp from 'fastify-plugin';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { PublicCache } from '../letters/public-cache.js';

declare module 'fastify' {
  interface FastifyInstance {
    publicCache: PublicCache;
    /** Call after a write that changes what the public sees of a letter has committed. */
    letterChanged(slug: string): Promise<void>;
  }
}

const CHANNEL = 'undersigned_public';

/**
 * The public read cache, kept true across instances: each change is announced with
 * pg_notify, and every instance LISTENs and moves the letter on. (The embedded database
 * admits one process, so it needs no announcement.)
 */
export default fp(
  async (app) => {
    const cache = new PublicCache();
    app.decorate('publicCache', cache);
    let listener: pg.Client | undefined;

    app.decorate('letterChanged', async (slug: string) => {
      cache.bump(slug);
      if (listener) {
        await app.db.execute(sql`select pg_notify(${CHANNEL}, ${slug})`).catch((err: unknown) => app.log.warn({ err }, 'could not announce a change'));
      }
    });

    if (app.config.databaseUrl) {
      let connected = false;
      const connect = async () => {
        const client = new pg.Client({ connectionString: app.config.databaseUrl, application_name: 'undersigned-listen' });
        client.on('notification', (message) => {
          if (message.channel === CHANNEL && message.payload) cache.bump(message.payload);
        });
        client.on('error', (err) => {
          app.log.warn({ err: err.message }, 'public cache: lost the LISTEN connection; reconnecting');
          listener = undefined;
          setTimeout(() => void connect().catch(() => undefined), 1_000).unref();
        });
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
        // Changes announced while no one listened are unknown: start afresh.
        if (connected) cache.clear();
        connected = true;
        listener = client;
      };
      await connect();
      app.addHook('onClose', async () => {
        const client = listener;
        listener = undefined;
        await client?.end().catch(() => undefined);
      });
    }
  },
  { name: 'public-cache', dependencies: ['db', 'config'] },
);
