import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../http/schemas.js';
import { SlugParams } from '../letters/schemas.js';
import { RecipientsBody } from './schemas.js';
import { addRecipients, deliver, listRecipients, publicDeliveries } from './service.js';

const tags = ['delivery'];
const security = [{ bearer: [] }];
const Nullable = Type.Union([Type.String(), Type.Null()]);

/** The letter's addressees, its delivery to them, and the public record of it. */
const deliveryRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const guard = { onRequest: [app.limits.organizerPerIp, app.authenticate] };

  app.post(
    '/api/v1/letters/:slug/recipients',
    {
      schema: {
        tags,
        security,
        summary: 'Add addressees (name, email, language, group); bad entries reported by position',
        params: SlugParams,
        body: RecipientsBody,
        response: {
          200: Type.Object({ added: Type.Integer(), alreadyAdded: Type.Integer(), errors: Type.Array(Type.Object({ line: Type.Integer(), field: Nullable, reason: Type.String() })) }),
          ...errors(400, 401, 403, 404),
        },
      },
      ...guard,
    },
    async (req) => addRecipients(app.db, req.organizer!.id, req.params.slug, req.body.recipients),
  );

  app.get(
    '/api/v1/letters/:slug/recipients',
    {
      schema: {
        tags,
        security,
        summary: 'The addressees with the state of their latest delivery (organizers)',
        params: SlugParams,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String({ format: 'uuid', description: 'the addressee, as a recorded reply names it (POST …/replies)' }),
                name: Type.String(),
                email: Type.String(),
                language: Type.String(),
                group: Nullable,
                status: Nullable,
                error: Nullable,
              }),
            ),
          }),
          ...errors(400, 401, 403, 404),
        },
      },
      ...guard,
    },
    async (req) => ({ items: await listRecipients(app.db, req.organizer!.id, req.params.slug) }),
  );

  app.post(
    '/api/v1/letters/:slug/deliver',
    {
      schema: {
        tags,
        security,
        summary: 'Send the letter with its PDF to every addressee, in their language',
        params: SlugParams,
        response: { 202: Type.Object({ queued: Type.Integer() }), ...errors(400, 401, 403, 404, 409) },
      },
      ...guard,
    },
    async (req, reply) => {
      const result = await app.applyEffects(deliver(app.db, req.organizer!.id, req.params.slug, app.config.deliveryIntervalMs, app.clock.now()));
      return reply.code(202).send(result);
    },
  );

  app.get(
    '/api/v1/letters/:slug/deliveries',
    {
      schema: {
        tags,
        summary: 'The public delivery log: when and to whom, by name (never an address)',
        params: SlugParams,
        response: {
          200: Type.Object({ items: Type.Array(Type.Object({ name: Type.String(), group: Nullable, language: Type.String(), status: Type.String(), sentAt: Nullable, version: Type.Integer() })) }),
          ...errors(400, 404),
        },
      },
    },
    async (req) => ({ items: await publicDeliveries(app.db, req.params.slug) }),
  );
};

export default deliveryRoutes;
