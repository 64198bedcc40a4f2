import fp from 'fastify-plugin';
import { OutboxWorker, type WorkerOptions } from '../outbox/worker.js';

declare module 'fastify' {
  interface FastifyInstance {
    outbox: OutboxWorker;
  }
}

export interface OutboxPluginOptions extends Partial<WorkerOptions> {
  /** Start sending when the app is ready (default); tests may drive the worker by hand. */
  autostart?: boolean;
}

/** The durable outbox's worker: started with the app, stopped before the database closes. */
export default fp<OutboxPluginOptions>(
  async (app, { autostart = true, ...options }) => {
    const worker = new OutboxWorker(app.db, app.mailer, app.log, app.clock.now, { leaseMs: app.config.outboxLeaseSeconds * 1000, ...options });
    app.decorate('outbox', worker);
    if (autostart) app.addHook('onReady', async () => worker.start());
    app.addHook('preClose', async () => worker.stop());
  },
  { name: 'outbox', dependencies: ['db', 'mailer', 'clock'] },
);
