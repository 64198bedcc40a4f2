import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors, OneLineText } from '../http/schemas.js';
import { SlugParams } from '../letters/schemas.js';
import { createPartner, setWidgetOrigins, widgetSettings } from './service.js';

const tags = ['widget'];
const security = [{ bearer: [] }];
const Partner = Type.Object({
  code: Type.String({ description: 'goes in the widget address: /letters/:slug/widget?partner=CODE' }),
  label: Type.String(),
  signatures: Type.Integer({ description: 'public signatures made through this partner’s widget' }),
});
const Settings = Type.Object({
  origins: Type.Array(Type.String(), { description: 'the sites (origins) whose pages may frame the widget' }),
  partners: Type.Array(Partner),
});

/** The sign widget's settings: the sites that may frame it, and its partners with their counts. */
const widgetRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const guard = { onRequest: [app.limits.organizerPerIp, app.authenticate] };

  app.get(
    '/api/v1/letters/:slug/widget',
    {
      schema: { tags, security, summary: 'The widget’s framing sites and partners, each with its count (organizers)', params: SlugParams, response: { 200: Settings, ...errors(400, 401, 403, 404) } },
      ...guard,
    },
    async (req) => widgetSettings(app.db, req.organizer!.id, req.params.slug),
  );

  app.put(
    '/api/v1/letters/:slug/widget',
    {
      schema: {
        tags,
        security,
        summary: 'Set the sites that may frame the widget (https:// origins; http:// for localhost), replacing the list (editors, owners)',
        params: SlugParams,
        body: Type.Object({ origins: Type.Array(Type.String({ maxLength: 300 }), { maxItems: 50 }) }, { additionalProperties: false }),
        response: { 200: Settings, ...errors(400, 401, 403, 404) },
      },
      ...guard,
    },
    async (req) => setWidgetOrigins(app.db, req.organizer!.id, req.params.slug, req.body.origins),
  );

  app.post(
    '/api/v1/letters/:slug/partners',
    {
      schema: {
        tags,
        security,
        summary: 'A partner site for the widget, with its code (editors, owners)',
        params: SlugParams,
        body: Type.Object({ label: OneLineText(200, 'who the partner is, for the organizers') }, { additionalProperties: false }),
        response: { 201: Partner, ...errors(400, 401, 403, 404) },
      },
      ...guard,
    },
    async (req, reply) => reply.code(201).send(await createPartner(app.db, req.organizer!.id, req.params.slug, req.body.label)),
  );
};

export default widgetRoutes;
