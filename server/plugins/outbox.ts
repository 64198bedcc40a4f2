import fp from 'fastify-plugin';
import { suppressions } from '../mail/suppressions.js';
import { mailCap } from '../outbox/quota.js';
import { OutboxWorker, type WorkerOptions } from '../outbox/worker.js';
import { canonicalEmail } from '../signatures/validation.js';

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
    // Counted by mailbox (dots and +tags folded), under a keyed hash: the table holds no address.
    const cap = mailCap(app.db, (address) => app.sealer.fingerprint('mail', canonicalEmail(address)));
    const refusing = suppressions(app.db, (address) => app.sealer.mailboxKey(address));
    const worker = new OutboxWorker(app.db, app.mailer, app.log, app.clock.now, { leaseMs: app.config.outboxLeaseSeconds * 1000, ...options }, cap, refusing);
    app.decorate('outbox', worker);
    if (autostart) app.addHook('onReady', async () => worker.start());
    app.addHook('preClose', async () => worker.stop());
  },
  { name: 'outbox', dependencies: ['config', 'db', 'mailer', 'clock'] },
);
