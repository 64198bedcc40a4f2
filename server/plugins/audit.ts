import fp from 'fastify-plugin';
import { record } from '../audit/service.js';

// Reads worth recording: the full list carries every signer's address.
const RECORDED_READS = /(\/signatures\/all|\/export\.csv)$/;

/**
 * The audit log: every request an organizer makes that changes something, or that reads the
 * signers' addresses, is recorded once answered (who, the route, the letter, the target, the
 * status), whichever route it was.
 */
export default fp(
  async (app) => {
    app.addHook('onResponse', async (request, reply) => {
      if (!request.organizer) return;
      const route = request.routeOptions.url ?? '';
      const read = request.method === 'GET' || request.method === 'HEAD';
      if (read && !RECORDED_READS.test(route)) return;
      const params = (request.params ?? {}) as { slug?: string; id?: string };
      await record(app.db, {
        organizerId: request.organizer.id,
        slug: params.slug,
        action: `${request.method} ${route}`,
        target: params.id,
        status: reply.statusCode,
      }).catch((err: unknown) => request.log.error({ err }, 'audit: could not record an organizer action'));
    });
  },
  { name: 'audit', dependencies: ['auth', 'db'] },
);
