import fp from 'fastify-plugin';
import { publishDue } from '../signatures/publication.js';

declare module 'fastify' {
  interface FastifyInstance {
    publisher: {
      /** One round of publication (see signatures/publication.ts): what the last boundary made due. Returns the letters changed. */
      publishDue(): Promise<number>;
    };
  }
}

export interface PublisherOptions {
  /** How often to look for due batches (default: every 10 seconds; 0: only when called, as tests do). */
  intervalMs?: number;
}

/**
 * Publishes batches of new signatures at their boundaries, on every instance (each letter's
 * round holds an advisory lock, so two instances never publish the same batch twice). A batch is
 * published within `intervalMs` of its boundary and dated at the boundary.
 */
export default fp<PublisherOptions>(
  async (app, { intervalMs = 10_000 }) => {
    const deps = { db: app.db, now: app.clock.now, publishBatchSeconds: app.config.publishBatchSeconds };
    let running: Promise<number> | undefined;
    const publishDueNow = () => {
      running ??= app.applyEffects(publishDue(deps)).finally(() => (running = undefined));
      return running;
    };
    app.decorate('publisher', { publishDue: publishDueNow });
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      if (intervalMs > 0) {
        timer = setInterval(() => {
          publishDueNow().catch((err: unknown) => app.log.error({ err }, 'publisher: a round failed; the next one retries'));
        }, intervalMs).unref();
      }
    });
    app.addHook('preClose', async () => {
      clearInterval(timer);
      await running?.catch(() => undefined);
    });
  },
  { name: 'publisher', dependencies: ['db', 'clock', 'config', 'effects'] },
);
