import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AUDIT_KINDS } from '../audit/actions.js';
import { auditSentence } from '../audit/sentences.js';
import { letterAudit } from '../audit/service.js';
import { Choice, errors } from '../http/schemas.js';
import { SlugParams } from '../letters/schemas.js';
import { listCoOrganizers, removeCoOrganizer, setCoOrganizer } from './letters.js';
import { CoOrganizerBody, RemoveCoOrganizerBody, Role } from './schemas.js';

const CoOrganizer = Type.Object({ email: Type.String(), name: Type.Union([Type.String(), Type.Null()]), role: Role, since: Type.String({ format: 'date-time' }) });
const tags = ['organizers'];
const security = [{ bearer: [] }];

/** Who organizes a letter, with which role, and the record of what they did. */
const organizerRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const guard = { onRequest: [app.limits.organizerPerIp, app.authenticate] };

  app.get(
    '/api/v1/letters/:slug/organizers',
    {
      schema: {
        tags,
        security,
        summary: "The letter's organizers and their roles",
        params: SlugParams,
        response: { 200: Type.Object({ items: Type.Array(CoOrganizer) }), ...errors(400, 401, 403, 404) },
      },
      ...guard,
    },
    async (req) => ({ items: await listCoOrganizers(app.db, req.organizer!.id, req.params.slug) }),
  );

  app.post(
    '/api/v1/letters/:slug/organizers',
    {
      schema: {
        tags,
        security,
        summary: 'Add a co-organizer, or change their role (owners only): owner, editor, moderator or viewer',
        params: SlugParams,
        body: CoOrganizerBody,
        response: { 200: CoOrganizer, ...errors(400, 401, 403, 404, 409) },
      },
      ...guard,
    },
    async (req) => app.applyEffects(setCoOrganizer(app.db, req.organizer!.id, req.params.slug, req.body, app.clock.now(), req.ui.code)),
  );

  app.post(
    '/api/v1/letters/:slug/organizers/remove',
    {
      schema: {
        tags,
        security,
        summary: 'Remove a co-organizer (owners only; a letter keeps at least one owner)',
        params: SlugParams,
        body: RemoveCoOrganizerBody,
        response: { 200: Type.Object({ removed: Type.Literal(true) }), ...errors(400, 401, 403, 404, 409) },
      },
      ...guard,
    },
    async (req) => {
      await removeCoOrganizer(app.db, req.organizer!.id, req.params.slug, req.body.email);
      return { removed: true as const };
    },
  );

  app.get(
    '/api/v1/letters/:slug/audit',
    {
      schema: {
        tags,
        security,
        summary: 'Every organizer action on the letter, newest first (owners only)',
        params: SlugParams,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                at: Type.String({ format: 'date-time' }),
                organizer: Type.Union([Type.String(), Type.Null()], { description: 'null for the operator at the command line' }),
                action: Type.String({ description: 'the route, or "read addresses" / "read address domains" (prefixed "operator: " from the command line)' }),
                target: Type.Union([Type.String(), Type.Null()]),
                detail: Type.Union([Type.String(), Type.Null()], { description: 'for a read of addresses: what was read, how many, which ids when few; never the addresses' }),
                status: Type.Integer(),
                kind: Choice(AUDIT_KINDS, {
                  description:
                    "what it was, the same for an action through the API and through the workspace (e.g. approve for POST /api/v1/signatures/:id/approve and for the workspace's decision); other for anything else",
                }),
                who: Type.String({ description: "who acted, as the sentence names them: the organizer's public name, else their address" }),
                sentence: Type.String({ description: 'the entry said in the interface language, names as they are now (a signer who erased their data: "an erased signer") and the time' }),
              }),
            ),
          }),
          ...errors(400, 401, 403, 404),
        },
      },
      ...guard,
    },
    async (req) => {
      const now = app.clock.now();
      const entries = await letterAudit(app.db, req.organizer!.id, req.params.slug);
      return {
        items: entries.map((e) => {
          const said = auditSentence(req.ui.code, e, now);
          return { at: e.at, organizer: e.organizer, action: e.action, target: e.target, detail: e.detail, status: e.status, kind: e.kind, who: said.who, sentence: said.text };
        }),
      };
    },
  );
};

export default organizerRoutes;
