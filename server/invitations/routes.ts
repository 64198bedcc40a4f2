import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { acceptSchema, INVITATIONS_BODY_LIMIT, inviteSchema, MAX_INVITEES } from './schemas.js';
import { acceptInvitation, invite, parseCsv } from './service.js';

/** Organizers invite signers (JSON or CSV); invitees sign through their personal link. */
const invitationRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = () => ({ db: app.db, sealer: app.sealer, tokens: app.tokens, now: app.clock.now, publishBatchSeconds: app.config.publishBatchSeconds });

  // A CSV upload arrives as text; it is parsed row by row in the service.
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: INVITATIONS_BODY_LIMIT }, (_req, body, done) => done(null, body));

  app.post('/api/v1/letters/:slug/invitations', { schema: inviteSchema, onRequest: [app.limits.organizerPerIp, app.authenticate], bodyLimit: INVITATIONS_BODY_LIMIT }, async (req, reply) => {
    const rows = typeof req.body === 'string' ? parseCsv(req.body, MAX_INVITEES) : req.body.invitees.map((invitee, i) => ({ line: i + 1, invitee }));
    const result = await app.applyEffects(invite(deps(), req.organizer!.id, req.params.slug, rows));
    return reply.code(result.invited > 0 ? 201 : 200).send(result);
  });

  app.post('/api/v1/invitations/accept', { schema: acceptSchema, preHandler: app.limits.tokenPerIp }, async (req) => {
    return app.applyEffects(acceptInvitation(deps(), req.body));
  });
};

export default invitationRoutes;
