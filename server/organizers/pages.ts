import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../errors.js';
import { ButtonForm, fieldLimits, type FormError, formBody, formBodyLimit, formErrors, formGuards, formPage, typedValues } from '../http/forms.js';
import { errors, formPageErrors } from '../http/schemas.js';
import { INVITATIONS_BODY_LIMIT, InvitationsCsv, MAX_INVITEES } from '../invitations/schemas.js';
import { invite, parseCsv } from '../invitations/service.js';
import { type CreateLetterInput, CreateLetterBody, SlugParams, type UpdateLetterInput, UpdateLetterBody } from '../letters/schemas.js';
import { validate } from '../http/validate.js';
import * as letters from '../letters/service.js';
import { reachLetter } from '../letters/access.js';
import { renderMarkdown } from '../letters/markdown.js';
import { type Decision, decide, listAll } from '../signatures/moderation.js';
import { letterAudit } from '../audit/service.js';
import { listCoOrganizers, removeCoOrganizer, setCoOrganizer } from './letters.js';
import { createToken, listSessions, listTokens, revokeSession, revokeToken } from './sessions.js';
import { CoOrganizerBody, type CoOrganizerInput, CreateTokenBody } from './schemas.js';
import { exportSignaturesCsv } from '../signatures/export.js';

const Html = Type.String({ description: 'text/html' });
const Redirect = Type.Null({ description: 'see other' });
const LETTER_FIELDS = ['title', 'addressee', 'summary', 'language', 'body'] as const;
const TEAM_FIELDS = ['email', 'role'] as const;
// Each form takes its fields' limits from the JSON route's body schema.
const NewLetterForm = formBody(CreateLetterBody, LETTER_FIELDS);
const EditLetterForm = formBody(UpdateLetterBody, LETTER_FIELDS, ['preview', 'editorial']);
const AccountForm = formBody(CreateTokenBody, ['label'], ['action', 'id']);
const ModerationForm = formBody(Type.Object({}), [], ['id', 'decision']);
const InviteForm = formBody(Type.Object({ csv: InvitationsCsv }), ['csv']);
const TeamForm = formBody(CoOrganizerBody, TEAM_FIELDS, ['remove']);
const LETTER_LIMITS = fieldLimits(EditLetterForm);
const pageTags = ['organizer pages'];

/**
 * The organizers' workspace in the browser: plain forms (no script needed), each posting to the
 * same services as the API, with the same role checks; every post is recorded in the audit log.
 */
const organizerPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // A form holds what the JSON API takes; the CSV of invitees has the invitation API's limit.
  await app.register(formbody, { bodyLimit: formBodyLimit(app.initialConfig.bodyLimit ?? 1024 * 1024) });
  const guards = formGuards(app);
  const signedIn = [app.limits.organizerPerIp, app.authenticate];
  const workspace = (slug: string, note?: string) => `/organize/letters/${slug}${note ? `?note=${encodeURIComponent(note)}` : ''}`;

  // Pages a browser opens: someone not signed in is sent to the sign-in page, not shown JSON.
  const page = { onRequest: [app.limits.organizerPerIp, app.identify] };
  const toLogin = (reply: FastifyReply) => reply.code(303).redirect('/login');

  async function letterRole(slug: string, organizerId: string) {
    return (await reachLetter(app.db, slug, { as: 'public', organizerId })).role;
  }

  async function letterPage(req: FastifyRequest, reply: FastifyReply, slug: string, extra: Record<string, unknown> = {}) {
    const organizerId = req.organizer!.id;
    const letter = await letters.readLetter({ db: app.db }, slug, organizerId);
    const query = req.query as { status?: string; q?: string; note?: string };
    const status = ['pending', 'confirmed', 'withdrawn', 'fraudulent'].includes(query.status ?? '') ? (query.status as 'confirmed') : undefined;
    const [queue, table, team, role] = await Promise.all([
      listAll({ db: app.db, sealer: app.sealer }, organizerId, slug, { status: 'confirmed', moderation: 'pending', limit: 200 }),
      listAll({ db: app.db, sealer: app.sealer }, organizerId, slug, { status, limit: 1000 }),
      listCoOrganizers(app.db, organizerId, slug),
      letterRole(slug, organizerId),
    ]);
    const owner = role === 'owner';
    // Addresses are sealed in the database, so the search runs here, over the page of rows.
    const q = (query.q ?? '').trim().toLowerCase();
    const rows = q ? table.items.filter((s) => `${s.name} ${s.email ?? ''} ${s.organization ?? ''}`.toLowerCase().includes(q)) : table.items;
    reply.header('Cache-Control', 'private, no-store');
    return reply.view('pages/workspace', {
      title: `Organize: ${letter.title}`,
      letter,
      limits: LETTER_LIMITS,
      note: query.note,
      csrfToken: await formPage(reply),
      queue: queue.items,
      rows,
      filter: { status: status ?? '', q: query.q ?? '' },
      statuses: ['', 'pending', 'confirmed', 'withdrawn', 'fraudulent'].map((s) => ({ value: s, label: s || 'all', selected: s === (status ?? '') })),
      role,
      team,
      owner,
      roles: ['viewer', 'moderator', 'editor', 'owner'],
      audit: owner ? await letterAudit(app.db, organizerId, slug, 50) : null,
      ...extra,
    });
  }

  app.get('/organize/account', { schema: { tags: pageTags, summary: 'Your sessions and API tokens', response: { 200: Html, 303: Redirect } }, ...page }, async (req, reply) => {
    if (!req.organizer) return toLogin(reply);
    return accountPage(req, reply);
  });

  async function accountPage(req: FastifyRequest, reply: FastifyReply, extra: { created?: { token: string }; error?: FormError; label?: string } = {}) {
    reply.header('Cache-Control', 'private, no-store');
    return reply.view('pages/account', {
      title: 'Your account',
      organizer: req.organizer,
      sessions: await listSessions(app.db, req.organizer!.id, req.sessionId),
      tokens: await listTokens(app.db, req.organizer!.id),
      csrfToken: await formPage(reply),
      ...extra,
    });
  }

  /** A workspace form's mistake, shown beside that form with what was typed. */
  const onWorkspaceForm = (form: string, typed: (body: unknown) => Record<string, unknown> = () => ({})) =>
    formErrors((req, reply, error) => letterPage(req, reply, (req.params as { slug: string }).slug, { formError: { form, ...error }, ...typed(req.body) }));

  app.post(
    '/organize/account',
    {
      schema: {
        tags: pageTags,
        summary: 'Create or revoke an API token, or end a session',
        body: AccountForm,
        response: { 200: Html, 303: Redirect, ...formPageErrors(400, 409), ...errors(401, 403, 404) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...formErrors((req, reply, error) => accountPage(req, reply, { error, label: typedValues(req.body, ['label']).label })),
    },
    async (req, reply) => {
      const { action, id = '', label = '' } = req.body;
      if (action === 'create-token') {
        const input = validate<{ label?: string }>(CreateTokenBody, label.trim() ? { label } : {});
        return accountPage(req, reply, { created: await createToken({ db: app.db, tokens: app.tokens }, req.organizer!.id, input.label) });
      }
      if (!/^[0-9a-f-]{36}$/.test(id)) throw new AppError(400, 'VALIDATION_FAILED', 'id: is not valid', 'id');
      if (action === 'revoke-token') await revokeToken(app.db, req.organizer!.id, id);
      else if (action === 'end-session') await revokeSession(app.db, req.organizer!.id, id);
      else throw new AppError(400, 'VALIDATION_FAILED', 'action: is not known', 'action');
      return reply.code(303).redirect('/organize/account');
    },
  );

  app.get('/organize/new', { schema: { tags: pageTags, summary: 'A new letter: the draft form', response: { 200: Html, 303: Redirect } }, ...page }, async (req, reply) => {
    if (!req.organizer) return toLogin(reply);
    return reply.view('pages/letter-new', { title: 'New letter', csrfToken: await formPage(reply), values: { language: 'en' }, limits: LETTER_LIMITS });
  });

  app.post(
    '/organize/new',
    {
      schema: { tags: pageTags, summary: 'Create a draft from the form', body: NewLetterForm, response: { 303: Redirect, ...formPageErrors(400, 409), ...errors(401, 403) } },
      onRequest: signedIn,
      preHandler: guards,
      ...formErrors(async (req, reply, error) =>
        reply.view('pages/letter-new', { title: 'New letter', csrfToken: await formPage(reply), values: typedValues(req.body, LETTER_FIELDS), limits: LETTER_LIMITS, error: error.message }),
      ),
    },
    async (req, reply) => {
      const v = typedValues(req.body, LETTER_FIELDS);
      const input = validate<CreateLetterInput>(CreateLetterBody, {
        title: v.title,
        addressee: v.addressee,
        body: v.body,
        ...(v.summary.trim() ? { summary: v.summary } : {}),
        ...(v.language.trim() ? { language: v.language.trim() } : {}),
      });
      const letter = await letters.createLetter({ db: app.db }, req.organizer!.id, input);
      return reply.code(303).redirect(workspace(letter.slug, 'Draft saved'));
    },
  );

  app.get(
    '/organize/letters/:slug',
    {
      schema: {
        tags: pageTags,
        summary: "A letter's workspace: edit and preview, publish and close, moderate, invite, the signature table",
        params: SlugParams,
        querystring: Type.Object({ status: Type.Optional(Type.String({ maxLength: 20 })), q: Type.Optional(Type.String({ maxLength: 200 })), note: Type.Optional(Type.String({ maxLength: 200 })) }),
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
      },
      ...page,
    },
    async (req, reply) => (req.organizer ? letterPage(req, reply, req.params.slug) : toLogin(reply)),
  );

  app.post(
    '/organize/letters/:slug/edit',
    {
      schema: {
        tags: pageTags,
        summary: 'Save the text (or preview it)',
        params: SlugParams,
        body: EditLetterForm,
        response: { 200: Html, 303: Redirect, ...formPageErrors(400, 409), ...errors(401, 403, 404) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('text', (body) => ({ draft: typedValues(body, LETTER_FIELDS) })),
    },
    async (req, reply) => {
      const slug = req.params.slug;
      const v = typedValues(req.body, LETTER_FIELDS);
      if (req.body.preview) {
        return letterPage(req, reply, slug, { draft: v, previewHtml: renderMarkdown(v.body) });
      }
      const patch = validate<UpdateLetterInput>(UpdateLetterBody, {
        title: v.title,
        addressee: v.addressee,
        body: v.body,
        summary: v.summary.trim() ? v.summary : null,
        ...(v.language.trim() ? { language: v.language.trim() } : {}),
        ...(req.body.editorial ? { editorial: true } : {}),
      });
      await letters.updateLetter({ db: app.db }, req.organizer!.id, slug, patch);
      await app.letterChanged(slug);
      return reply.code(303).redirect(workspace(slug, 'Saved'));
    },
  );

  const transitions = { publish: letters.publishLetter, close: letters.closeLetter, founding: letters.startFounding } as const;
  for (const [name, transition] of Object.entries(transitions)) {
    app.post(
      `/organize/letters/:slug/${name}`,
      {
        schema: { tags: pageTags, summary: `${name} the letter`, params: SlugParams, body: ButtonForm, response: { 303: Redirect, ...errors(401, 403, 404, 409) } },
        onRequest: signedIn,
        preHandler: guards,
      },
      async (req, reply) => {
        const letter = await transition({ db: app.db }, req.organizer!.id, req.params.slug);
        await app.letterChanged(letter.slug);
        return reply.code(303).redirect(workspace(letter.slug, `Letter is now ${letter.status}`));
      },
    );
  }

  app.post(
    '/organize/letters/:slug/moderate',
    {
      schema: {
        tags: pageTags,
        summary: 'Approve, reject or shadow a signature',
        params: SlugParams,
        body: ModerationForm,
        response: { 303: Redirect, ...formPageErrors(400, 409), ...errors(401, 403, 404) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('moderation'),
    },
    async (req, reply) => {
      const decision = req.body.decision as Decision;
      if (!['approve', 'reject', 'shadow'].includes(decision) || !/^[0-9a-f-]{36}$/.test(req.body.id ?? '')) {
        throw new AppError(400, 'VALIDATION_FAILED', 'decision: choose approve, reject or shadow', 'decision');
      }
      const { slug, letterId } = await decide({ db: app.db, sealer: app.sealer }, req.organizer!.id, req.body.id!, decision);
      await app.signaturesChanged(letterId, slug);
      return reply.code(303).redirect(workspace(slug, `Signature: ${decision}`));
    },
  );

  app.post(
    '/organize/letters/:slug/invite',
    {
      schema: { tags: pageTags, summary: 'Invite signers from pasted CSV', params: SlugParams, body: InviteForm, response: { 200: Html, ...formPageErrors(400, 409), ...errors(401, 403, 404) } },
      onRequest: signedIn,
      preHandler: guards,
      bodyLimit: formBodyLimit(INVITATIONS_BODY_LIMIT),
      ...onWorkspaceForm('invite', (body) => ({ inviteCsv: typedValues(body, ['csv']).csv })),
    },
    async (req, reply) => {
      const result = await invite({ db: app.db, sealer: app.sealer, tokens: app.tokens }, req.organizer!.id, req.params.slug, parseCsv(req.body.csv ?? '', MAX_INVITEES));
      if (result.invited > 0) app.outbox.wake();
      return letterPage(req, reply, req.params.slug, { invitations: result });
    },
  );

  app.post(
    '/organize/letters/:slug/organizers',
    {
      schema: {
        tags: pageTags,
        summary: 'Add a co-organizer or change a role (owners)',
        params: SlugParams,
        body: TeamForm,
        response: { 303: Redirect, ...formPageErrors(400, 404, 409), ...errors(401, 403) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('team', (body) => ({ teamValues: typedValues(body, TEAM_FIELDS) })),
    },
    async (req, reply) => {
      const { email = '', role = '', remove } = req.body;
      const input = validate<CoOrganizerInput>(CoOrganizerBody, { email: email.trim(), role: role || 'viewer' });
      if (remove) await removeCoOrganizer(app.db, req.organizer!.id, req.params.slug, input.email);
      else {
        await setCoOrganizer(app.db, req.organizer!.id, req.params.slug, input);
        app.outbox.wake();
      }
      return reply.code(303).redirect(workspace(req.params.slug, remove ? `Removed ${input.email}` : `${input.email} is ${input.role}`));
    },
  );

  app.get(
    '/organize/letters/:slug/export.csv',
    {
      schema: {
        tags: pageTags,
        summary: 'Every signature with its address, as CSV (organizers only; recorded in the audit log)',
        params: SlugParams,
        response: { 200: Type.String({ description: 'text/csv' }), ...errors(401, 403, 404) },
      },
      onRequest: signedIn,
    },
    async (req, reply) => {
      const csv = await exportSignaturesCsv({ db: app.db, sealer: app.sealer }, req.organizer!.id, req.params.slug);
      reply.header('Cache-Control', 'private, no-store');
      return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${req.params.slug}-all-signatures.csv"`).send(csv);
    },
  );
};

export default organizerPages;
