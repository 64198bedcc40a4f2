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
    const cache = new PublicCache(app.clock.now);
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
      let closing = false;
      const connect = async () => {
        const client = new pg.Client({ connectionString: app.config.databaseUrl, application_name: 'undersigned-listen' });
        client.on('notification', (message) => {
          if (message.channel === CHANNEL && message.payload) cache.bump(message.payload);
        });
        client.on('error', (err) => {
          if (listener !== client) return;
          app.log.warn({ err: err.message }, 'public cache: lost the LISTEN connection; reconnecting');
          listener = undefined;
          void client.end().catch(() => undefined);
          reconnect(1_000);
        });
        try {
          await client.connect();
          await client.query(`LISTEN ${CHANNEL}`);
        } catch (err) {
          await client.end().catch(() => undefined);
          throw err;
        }
        if (closing) return void (await client.end().catch(() => undefined));
        // Changes announced while no one listened are unknown: start afresh.
        if (connected) cache.clear();
        connected = true;
        listener = client;
      };
      // Until it succeeds: a database restart can outlast the first attempts, and an instance
      // that stopped listening would serve its stale cache for good.
      const reconnect = (delayMs: number) => {
        setTimeout(() => {
          if (closing) return;
          connect().then(
            () => app.log.info('public cache: listening again'),
            () => reconnect(Math.min(delayMs * 2, 10_000)),
          );
        }, delayMs).unref();
      };
      await connect();
      app.addHook('onClose', async () => {
        closing = true;
        const client = listener;
        listener = undefined;
        await client?.end().catch(() => undefined);
      });
    }
  },
  { name: 'public-cache', dependencies: ['db', 'config', 'clock'] },
);
