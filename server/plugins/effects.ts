import fp from 'fastify-plugin';
import { type ApplyEffects, effectsApplier } from '../effects.js';
import { receiptFor } from '../ledger/chain.js';
import { markGoalReached } from '../letters/goal.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Acts on what a command's write changed (see effects.ts); every state-changing route passes its command's outcome through it. */
    applyEffects: ApplyEffects;
  }
}

/** The one place that acts on the effects of writes: the ledger's chaining, the public cache, the outbox. */
export default fp(
  async (app) => {
    app.decorate(
      'applyEffects',
      effectsApplier({
        chain: (letterId) => app.ledger.chain(letterId),
        // A letter renewed may have reached its organizers' goal: marked, and mailed once.
        refresh: async (slug) => {
          await app.letterChanged(slug);
          if (await markGoalReached(app.db, slug, app.clock.now())) app.outbox.wake();
        },
        wakeOutbox: () => app.outbox.wake(),
        receipt: (letterId, signatureId) => receiptFor(app.db, letterId, signatureId),
      }),
    );
  },
  { name: 'effects', dependencies: ['db', 'public-cache', 'ledger', 'outbox', 'clock'] },
);
