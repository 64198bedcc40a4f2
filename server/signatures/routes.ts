import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { confirmSchema, listSchema, signSchema, withdrawSchema } from './schemas.js';
import * as signatures from './service.js';

/** Signing, confirming and withdrawing through the API, and the public list. */
const signatureRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = () => ({ db: app.db, sealer: app.sealer, tokens: app.tokens });

  app.post('/api/v1/letters/:slug/signatures', { schema: signSchema }, async (req, reply) => {
    await signatures.sign(deps(), req.params.slug, req.body);
    app.outbox.wake();
    return reply.code(202).send({ status: 'pending_confirmation' as const });
  });

  app.post('/api/v1/signatures/confirm', { schema: confirmSchema }, async (req) =>
    signatures.confirm(deps(), req.body.token),
  );

  app.post('/api/v1/signatures/withdraw', { schema: withdrawSchema }, async (req) =>
    signatures.withdraw(deps(), req.body.token),
  );

  app.get('/api/v1/letters/:slug/signatures', { schema: listSchema }, async (req) =>
    signatures.listPublic(app.db, req.params.slug, req.query),
  );
};

export default signatureRoutes;
