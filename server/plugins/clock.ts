import fp from 'fastify-plugin';
import { type Clock, systemClock } from '../clock.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The time every time-dependent rule reads (see clock.ts). */
    clock: Clock;
  }
}

/** The app's clock: the machine's, unless buildApp was given another (tests set theirs). */
export default fp<{ clock?: Clock }>(
  async (app, { clock = systemClock }) => {
    // Bound here, so that `app.clock.now` can be handed on as a function whatever clock was given.
    app.decorate('clock', { now: () => clock.now() });
  },
  { name: 'clock' },
);
