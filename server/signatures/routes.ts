import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { MODERATION_DECISIONS, type ModerationDecision } from '../db/schema.js';
import { decide, invalidate, listAll } from './moderation.js';
import { confirmSchema, decisionSchema, eraseSchema, storedDataSchema, invalidateSchema, listAllSchema, listSchema, reconsentSchema, signSchema, withdrawSchema } from './schemas.js';
import { signatureDeps } from './deps.js';
import * as signatures from './service.js';

/** Signing, confirming and withdrawing through the API, and the public list. */
const signatureRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = () => signatureDeps(app);

  app.post('/api/v1/letters/:slug/signatures', { schema: signSchema, bodyLimit: 16 * 1024, preHandler: [app.limits.signPerIp, app.limits.signPerLetter] }, async (req, reply) => {
    await app.applyEffects(signatures.sign(deps(), req.params.slug, req.body, { ip: req.ip }));
    return reply.code(202).send({ status: 'pending_confirmation' as const });
  });

  app.post('/api/v1/signatures/confirm', { schema: confirmSchema, preHandler: app.limits.tokenPerIp }, async (req) => {
    return app.applyEffects(signatures.confirm(deps(), req.body.token));
  });

  app.post('/api/v1/signatures/withdraw', { schema: withdrawSchema, preHandler: app.limits.tokenPerIp }, async (req) => {
    return app.applyEffects(signatures.withdraw(deps(), req.body.token));
  });

  app.post('/api/v1/signatures/data', { schema: storedDataSchema, preHandler: app.limits.tokenPerIp }, async (req) => signatures.storedData(deps(), req.body.token));

  app.post('/api/v1/signatures/erase', { schema: eraseSchema, preHandler: app.limits.tokenPerIp }, async (req) => {
    return app.applyEffects(signatures.erase(deps(), req.body.token));
  });

  app.post('/api/v1/signatures/reconsent', { schema: reconsentSchema, preHandler: app.limits.tokenPerIp }, async (req) => {
    return app.applyEffects(signatures.reconsent(deps(), req.body.token));
  });

  app.get('/api/v1/letters/:slug/signatures', { schema: listSchema }, async (req) => signatures.listPublic(app.db, req.params.slug, req.query));

  // Organizers: every signature with its address, and moderation decisions.
  app.get('/api/v1/letters/:slug/signatures/all', { schema: listAllSchema, onRequest: [app.limits.organizerPerIp, app.authenticate] }, async (req) =>
    listAll(deps(), req.organizer!.id, req.params.slug, req.query),
  );

  app.post('/api/v1/letters/:slug/signatures/invalidate', { schema: invalidateSchema, onRequest: [app.limits.organizerPerIp, app.authenticate] }, async (req) => {
    return app.applyEffects(invalidate(deps(), req.organizer!.id, req.params.slug, req.body));
  });

  const summaries: Record<ModerationDecision, string> = {
    approve: 'Approve: shown, counted and marked verified',
    reject: 'Reject: never shown or counted',
    shadow: 'Shadow: the signer saw success, but it is never shown or counted',
  };
  for (const decision of MODERATION_DECISIONS) {
    app.post(`/api/v1/signatures/:id/${decision}`, { schema: decisionSchema(summaries[decision]), onRequest: [app.limits.organizerPerIp, app.authenticate] }, async (req) => {
      const { signature } = await app.applyEffects(decide(deps(), req.organizer!.id, req.params.id, decision));
      return signature;
    });
  }
};

export default signatureRoutes;
