import fp from 'fastify-plugin';
import { record } from '../audit/service.js';

// Routes that read addresses: a refused attempt is recorded here, a read by its service.
const ADDRESS_ROUTES = /(\/signatures\/all|\/export\.csv)$/;

/**
 * The audit log: every request an organizer makes that changes something is recorded as it is
 * answered (who, the route, the letter, the target, the status), whichever route it was, and so
 * is a refused attempt to read signers' addresses. Reads
 * of signers' addresses are recorded by the services that unseal them (signatureReader in
 * signatures/moderation.ts), with what was read, so the API, the pages and the CLI all are.
 */
export default fp(
  async (app) => {
    // Before the answer leaves (onSend, not onResponse): whoever reads the log after an answer
    // finds the action there, and a process stopping in between cannot lose it.
    app.addHook('onSend', async (request, reply, payload) => {
      if (!request.organizer) return payload;
      const route = request.routeOptions.url ?? '';
      const read = request.method === 'GET' || request.method === 'HEAD';
      if (read && !(ADDRESS_ROUTES.test(route) && reply.statusCode >= 400)) return payload;
      const params = (request.params ?? {}) as { slug?: string; id?: string };
      await record(app.db, {
        organizerId: request.organizer.id,
        slug: params.slug,
        action: `${request.method} ${route}`,
        target: params.id,
        status: reply.statusCode,
      }).catch((err: unknown) => request.log.error({ err }, 'audit: could not record an organizer action'));
      return payload;
    });
  },
  { name: 'audit', dependencies: ['auth', 'db'] },
);
