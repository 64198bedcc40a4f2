import fp from 'fastify-plugin';
import { inArray } from 'drizzle-orm';
import { letters } from '../db/schema.js';
import { chainPending, LedgerChainer, lettersWithUnchained } from '../ledger/chain.js';
import { LedgerKeys } from '../ledger/keys.js';

declare module 'fastify' {
  interface FastifyInstance {
    ledger: {
      /**
       * Chains the letter's ledger events committed so far, so that a signer's receipt and the
       * published head include them. Called by applyEffects (plugins/effects.ts), not by routes.
       */
      chain(letterId: string): Promise<void>;
      /** The instance's log and witness keys: they sign every head, and cosign peers' heads. */
      keys: LedgerKeys;
    };
  }
}

const IN_FLIGHT_MS = 5_000;

export interface LedgerOptions {
  /** How often to chain events a stopped process left unchained (default: every minute; 0: only at start-up). */
  sweepIntervalMs?: number;
}

/** The ledger's chaining (see ledger/chain.ts), after each change and, for leftovers, on a timer. */
export default fp<LedgerOptions>(
  async (app, { sweepIntervalMs = 60_000 }) => {
    const keys = new LedgerKeys(app.db, app.sealer, app.config.publicUrl);
    const chainer = new LedgerChainer((letterId) => chainPending(app.db, keys, letterId));
    const chain = async (letterId: string) => {
      try {
        await chainer.settle(letterId);
      } catch (err) {
        // The events are committed; the sweep chains them later.
        app.log.error({ err, letterId }, 'ledger: could not chain events');
      }
    };
    app.decorate('ledger', { chain, keys });

    // At start-up, whatever is unchained was left by a stopped process; later, skip what requests
    // in flight are about to chain themselves (the few milliseconds they take, with room to spare).
    const sweep = async (olderThan = new Date(app.clock.now().getTime() - IN_FLIGHT_MS)) => {
      const ids = await lettersWithUnchained(app.db, olderThan);
      if (ids.length === 0) return;
      const rows = await app.db.select({ id: letters.id, slug: letters.slug }).from(letters).where(inArray(letters.id, ids));
      for (const row of rows) {
        await chain(row.id);
        await app.letterChanged(row.slug);
      }
      app.log.info({ letters: rows.length }, 'ledger: chained and signed what was left from before');
    };
    let running: Promise<void> | undefined;
    const run = (olderThan?: Date) => {
      running ??= sweep(olderThan)
        .catch((err: unknown) => app.log.error({ err }, 'ledger sweep failed'))
        .finally(() => (running = undefined));
      return running;
    };
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      // Made now if this is the instance's first start, before any transaction needs them.
      await keys.ready();
      await run(app.clock.now());
      if (sweepIntervalMs > 0) timer = setInterval(() => run(), sweepIntervalMs).unref();
    });
    app.addHook('preClose', async () => {
      clearInterval(timer);
      await running;
    });
  },
  { name: 'ledger', dependencies: ['config', 'db', 'public-cache', 'clock'] },
);
