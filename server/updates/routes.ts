import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../http/schemas.js';
import { SlugParams } from '../letters/schemas.js';
import { OrganizerUpdate, PublicUpdate, SendResult, UpdateBody, UpdateIdParams, UpdateTranslationBody } from './schemas.js';
import { createUpdate, listUpdates, publicUpdates, saveUpdateTranslation, sendUpdate } from './service.js';

const tags = ['updates'];
const security = [{ bearer: [] }];

/** The organizers' news to the signers who asked for it: writing, translating and sending it, and the public record of what was sent. */
const updateRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const guard = { onRequest: [app.limits.organizerPerIp, app.authenticate] };

  app.post(
    '/api/v1/letters/:slug/updates',
    {
      schema: {
        tags,
        security,
        summary: "Write an update (Markdown, in the letter's language, with translations): a draft until sent",
        params: SlugParams,
        body: UpdateBody,
        response: { 201: OrganizerUpdate, ...errors(400, 401, 403, 404) },
      },
      ...guard,
    },
    async (req, reply) => reply.code(201).send(await app.applyEffects(createUpdate(app.db, req.organizer!.id, req.params.slug, req.body))),
  );

  app.get(
    '/api/v1/letters/:slug/updates/drafts',
    {
      schema: {
        tags,
        security,
        summary: "Every update of the letter, drafts and sent, and how many signers the next would reach (the letter's organizers)",
        params: SlugParams,
        response: { 200: Type.Object({ items: Type.Array(OrganizerUpdate), subscribers: Type.Integer() }), ...errors(400, 401, 403, 404) },
      },
      ...guard,
    },
    async (req) => {
      const { items, subscribers } = await listUpdates(app.db, req.organizer!.id, req.params.slug);
      return { items, subscribers };
    },
  );

  app.post(
    '/api/v1/letters/:slug/updates/:id/translations',
    {
      schema: {
        tags,
        security,
        summary: 'Add or replace a translation of an update not sent yet',
        params: UpdateIdParams,
        body: UpdateTranslationBody,
        response: { 200: OrganizerUpdate, ...errors(400, 401, 403, 404, 409) },
      },
      ...guard,
    },
    async (req) => app.applyEffects(saveUpdateTranslation(app.db, req.organizer!.id, req.params.slug, req.params.id, req.body)),
  );

  app.post(
    '/api/v1/letters/:slug/updates/:id/send',
    {
      schema: {
        tags,
        security,
        summary: 'Send an update, once, to the signers who asked for news (each in their language, paced), and show it on the letter page',
        params: UpdateIdParams,
        response: { 202: SendResult, ...errors(400, 401, 403, 404, 409) },
      },
      ...guard,
    },
    async (req, reply) => reply.code(202).send(await app.applyEffects(sendUpdate(app.db, req.organizer!.id, req.params.slug, req.params.id, app.config.deliveryIntervalMs, app.clock.now()))),
  );

  app.get(
    '/api/v1/letters/:slug/updates',
    {
      schema: {
        tags,
        summary: "The letter's sent updates, newest first, with their translations, as its page shows them",
        params: SlugParams,
        response: { 200: Type.Object({ items: Type.Array(PublicUpdate) }), ...errors(400, 404) },
      },
    },
    async (req) => ({ items: await publicUpdates(app.db, req.params.slug) }),
  );
};

export default updateRoutes;
