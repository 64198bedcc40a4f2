import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { LETTER_STATUSES, MODERATION_DECISIONS, ORGANIZER_ROLES, SIGNATURE_STATUSES, SIGNER_KINDS } from '../db/schema.js';
import { AppError, because } from '../errors.js';
import { ButtonForm, defineForm, type FormError, formBodyLimit, formErrors, formGuards, formPage } from '../http/forms.js';
import { Choice, errors, formPageErrors, OneLineText } from '../http/schemas.js';
import { createPartner, setWidgetOrigins, widgetSettings } from '../widget/service.js';
import { INVITATIONS_BODY_LIMIT, InvitationsCsv, MAX_INVITEES } from '../invitations/schemas.js';
import { invite, parseCsv } from '../invitations/service.js';
import { CreateLetterBody, SlugParams, UpdateLetterBody } from '../letters/schemas.js';
import * as letters from '../letters/service.js';
import { reachLetter } from '../letters/access.js';
import { renderMarkdown } from '../letters/markdown.js';
import { heldAsLookalike } from '../signatures/lookalikes.js';
import { decide, workspaceSignatures } from '../signatures/moderation.js';
import { DecisionBody } from '../signatures/schemas.js';
import { type AuditEntry, letterAudit, READ_ADDRESSES, READ_DOMAINS } from '../audit/service.js';
import { listCoOrganizers, removeCoOrganizer, setCoOrganizer } from './letters.js';
import { createToken, listSessions, listTokens, revokeSession, revokeToken } from './sessions.js';
import { CoOrganizerBody, CreateTokenBody, IdParams, RemoveCoOrganizerBody } from './schemas.js';
import { exportSignaturesCsv } from '../signatures/export.js';
import { statsSummary } from './view.js';

const Html = Type.String({ description: 'text/html' });
const Redirect = Type.Null({ description: 'see other' });
// Each form takes its fields from the JSON route's body schema: their types, choices and limits.
const LETTER_FIELDS = ['title', 'addressee', 'summary', 'language', 'body'] as const;
const NewLetterForm = defineForm(CreateLetterBody, LETTER_FIELDS, { asTyped: ['body'] });
// The form always holds the whole text, so a field left blank is a mistake, not "unchanged".
const EditLetterForm = defineForm(UpdateLetterBody, [...LETTER_FIELDS, 'editorial'], { required: ['title', 'addressee', 'body'], asTyped: ['body'], controls: ['preview'] });
// The account page's forms (a new token; revoke a token; end a session) post to one address.
const AccountBody = Type.Object(
  { action: Choice(['create-token', 'revoke-token', 'end-session']), id: Type.Optional(IdParams.properties.id), ...CreateTokenBody.properties },
  { additionalProperties: false },
);
const AccountForm = defineForm(AccountBody, ['action', 'id', 'label']);
const ModerationForm = defineForm(DecisionBody, ['id', 'decision']);
// The owner's choice of who sees signers' addresses: a checkbox, so left unticked it is false
// (the PATCH schema wants at least one field, which an unticked box does not send).
const AddressesForm = defineForm(UpdateLetterBody, ['coOrganizersSeeAddresses'], { schemaCheck: false });
const InviteForm = defineForm(Type.Object({ csv: InvitationsCsv }), ['csv'], { asTyped: ['csv'] });
const TeamForm = defineForm(CoOrganizerBody, ['email', 'role'], { controls: ['remove'] });
// The same form's Remove button: only the address counts.
const RemoveForm = defineForm(RemoveCoOrganizerBody, ['email']);
// The widget's framing sites, one per line, and a new partner's label.
const WidgetForm = defineForm(Type.Object({ origins: Type.String({ maxLength: 10_000 }) }), ['origins'], { asTyped: ['origins'] });
const PartnerForm = defineForm(Type.Object({ label: OneLineText(200) }), ['label']);
// The goal: a count (empty: none) and the kind it counts (empty: every signature).
const GoalForm = defineForm(Type.Object({ goal: Type.String({ maxLength: 12 }), goalKind: Type.String({ maxLength: 20 }) }), ['goal', 'goalKind'], { schemaCheck: false });
const LETTER_LIMITS = EditLetterForm.limits;
const pageTags = ['organizer pages'];

/** An audit entry as the workspace shows it: reads of addresses named in the reader's language, routes as they are. */
function auditView(req: FastifyRequest, entry: AuditEntry): AuditEntry {
  const operator = entry.action.startsWith('operator: ') ? entry.action.slice('operator: '.length) : null;
  const read = operator ?? entry.action;
  if (read !== READ_ADDRESSES && read !== READ_DOMAINS) return entry;
  const domainsOnly = read === READ_DOMAINS;
  const action = operator ? req.t('ws.audit.operatorRead', { domainsOnly: domainsOnly ? 'yes' : 'no' }) : req.t(domainsOnly ? 'ws.audit.readDomains' : 'ws.audit.readAddresses');
  return { ...entry, action };
}

/**
 * The organizers' workspace in the browser: plain forms (no script needed), each posting to the
 * same services as the API, with the same role checks; every post is recorded in the audit log.
 */
/** A value inside a double-quoted HTML attribute of the snippet organizers copy (shown as text, escaped again by the page). */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The notes the workspace shows after a change, each a message of the catalog (ws.note.*), with the values it names. */
const NOTES = ['draftSaved', 'saved', 'status', 'moderated', 'addressesShown', 'addressesHidden', 'removed', 'roleSet', 'widgetSaved', 'partnerAdded', 'goalSaved'] as const;
interface WorkspaceNote extends Record<string, string> {
  done: (typeof NOTES)[number];
}
const NoteQuery = {
  done: Type.Optional(Choice(NOTES)),
  letterStatus: Type.Optional(Choice(LETTER_STATUSES)),
  decision: Type.Optional(Choice(MODERATION_DECISIONS)),
  role: Type.Optional(Choice(ORGANIZER_ROLES)),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
};

/** The note, said in the reader's language; none when a value it names is missing. */
function noteText(req: FastifyRequest, query: Partial<WorkspaceNote>): string | undefined {
  const { done, letterStatus, decision, role, email } = query;
  if (done === 'status') return letterStatus && req.t('ws.note.status', { status: letterStatus });
  if (done === 'moderated') return decision && req.t('ws.note.moderated', { decision });
  if (done === 'removed') return email && req.t('ws.note.removed', { email });
  if (done === 'roleSet') return email && role && req.t('ws.note.roleSet', { email, role });
  return done && req.t(`ws.note.${done}`);
}

const organizerPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // A form holds what the JSON API takes; the CSV of invitees has the invitation API's limit.
  await app.register(formbody, { bodyLimit: formBodyLimit(app.initialConfig.bodyLimit ?? 1024 * 1024) });
  const guards = formGuards(app);
  const signedIn = [app.limits.organizerPerIp, app.authenticate];
  // What the workspace says after a change travels by name (?done=saved), never as text: a crafted
  // link cannot make the workspace say what it likes, and the note is said in the reader's language.
  const workspace = (slug: string, note?: WorkspaceNote) => `/organize/letters/${slug}${note ? `?${new URLSearchParams(note)}` : ''}`;

  // Pages a browser opens: someone not signed in is sent to the sign-in page, not shown JSON.
  const page = { onRequest: [app.limits.organizerPerIp, app.identify] };
  const toLogin = (reply: FastifyReply) => reply.code(303).redirect('/login');

  async function letterRole(slug: string, organizerId: string) {
    return (await reachLetter(app.db, slug, { as: 'public', organizerId })).role;
  }

  async function letterPage(req: FastifyRequest, reply: FastifyReply, slug: string, extra: Record<string, unknown> = {}) {
    const organizerId = req.organizer!.id;
    const letter = await letters.readLetter({ db: app.db, now: app.clock.now }, slug, organizerId);
    const query = req.query as { status?: string; q?: string } & Partial<WorkspaceNote>;
    // An unknown status shows them all, as a filter left unset does.
    const status = SIGNATURE_STATUSES.find((s) => s === query.status);
    const [{ queue, rows, access }, team, role, widget] = await Promise.all([
      // The queue, the table and its search, as this organizer may see them; recorded in the audit log.
      workspaceSignatures({ db: app.db, sealer: app.sealer }, organizerId, slug, { status, q: query.q }),
      listCoOrganizers(app.db, organizerId, slug),
      letterRole(slug, organizerId),
      widgetSettings(app.db, organizerId, slug),
    ]);
    const owner = role === 'owner';
    reply.header('Cache-Control', 'private, no-store');
    return reply.view('pages/workspace', {
      title: req.t('ws.workspace.pageTitle', { title: letter.title }),
      letter,
      statsSummary: statsSummary(req.ui.code, letter.stats),
      limits: LETTER_LIMITS,
      note: noteText(req, query),
      csrfToken: await formPage(reply),
      goalKinds: letter.signerKinds.map((kind) => ({ kind, selected: letter.goal?.kind === kind })),
      // The sign widget: its sites, and each partner with its count and the snippet to paste.
      widget: {
        origins: widget.origins.join('\n'),
        partners: widget.partners.map((p) => ({
          ...p,
          snippet: `<iframe src="${app.config.publicUrl}/letters/${letter.slug}/widget?partner=${p.code}" title="${escapeAttribute(letter.title)}" width="100%" height="900" style="border:0"></iframe>`,
        })),
      },
      // A look-alike's reason, said in the reader's language.
      queue: queue.map((s) => ({ ...s, lookalike: heldAsLookalike(s.moderationReason) })),
      rows,
      addresses: { hidden: access !== 'full', domainsOnly: access === 'domain' },
      filter: { status: status ?? '', q: query.q ?? '' },
      statuses: ['', ...SIGNATURE_STATUSES].map((s) => ({ value: s, label: s ? req.t('ws.signatureStatus', { status: s }) : req.t('ws.filter.all'), selected: s === (status ?? '') })),
      role,
      team,
      owner,
      // The least power first, so that the list's default gives the least.
      roles: [...ORGANIZER_ROLES].reverse(),
      decisions: MODERATION_DECISIONS,
      audit: owner ? (await letterAudit(app.db, organizerId, slug, 50)).map((entry) => auditView(req, entry)) : null,
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
      title: req.t('ws.account.title'),
      organizer: req.organizer,
      sessions: await listSessions(app.db, req.organizer!.id, req.sessionId, app.clock.now()),
      tokens: await listTokens(app.db, req.organizer!.id),
      limits: AccountForm.limits,
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
        body: AccountForm.body,
        response: { 200: Html, 303: Redirect, ...formPageErrors(400, 409), ...errors(401, 403, 404) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...formErrors((req, reply, error) => accountPage(req, reply, { error, label: AccountForm.typed(req.body).label })),
    },
    async (req, reply) => {
      const { action, id, label } = AccountForm.parse(req.body);
      if (action === 'create-token') {
        return accountPage(req, reply, { created: await createToken({ db: app.db, tokens: app.tokens }, req.organizer!.id, label) });
      }
      // Revoking a token and ending a session name what they end.
      if (!id) throw new AppError(400, 'VALIDATION_FAILED', 'id: is required', 'id');
      await (action === 'revoke-token' ? revokeToken : revokeSession)(app.db, req.organizer!.id, id);
      return reply.code(303).redirect('/organize/account');
    },
  );

  app.get('/organize/new', { schema: { tags: pageTags, summary: 'A new letter: the draft form', response: { 200: Html, 303: Redirect } }, ...page }, async (req, reply) => {
    if (!req.organizer) return toLogin(reply);
    return reply.view('pages/letter-new', { title: req.t('ws.new.title'), csrfToken: await formPage(reply), values: { language: 'en' }, limits: LETTER_LIMITS });
  });

  app.post(
    '/organize/new',
    {
      schema: { tags: pageTags, summary: 'Create a draft from the form', body: NewLetterForm.body, response: { 303: Redirect, ...formPageErrors(400, 409), ...errors(401, 403) } },
      onRequest: signedIn,
      preHandler: guards,
      ...formErrors(async (req, reply, error) =>
        reply.view('pages/letter-new', {
          title: req.t('ws.new.title'),
          csrfToken: await formPage(reply),
          values: NewLetterForm.typed(req.body),
          limits: LETTER_LIMITS,
          error,
        }),
      ),
    },
    async (req, reply) => {
      const letter = await letters.createLetter({ db: app.db, now: app.clock.now }, req.organizer!.id, NewLetterForm.parse(req.body));
      return reply.code(303).redirect(workspace(letter.slug, { done: 'draftSaved' }));
    },
  );

  app.get(
    '/organize/letters/:slug',
    {
      schema: {
        tags: pageTags,
        summary: "A letter's workspace: edit and preview, publish and close, moderate, invite, the signature table",
        params: SlugParams,
        querystring: Type.Object({ status: Type.Optional(Type.String({ maxLength: 20 })), q: Type.Optional(Type.String({ maxLength: 200 })), ...NoteQuery }),
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
        body: EditLetterForm.body,
        response: { 200: Html, 303: Redirect, ...formPageErrors(400, 409), ...errors(401, 403, 404) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('text', (body) => ({ draft: EditLetterForm.typed(body) })),
    },
    async (req, reply) => {
      const slug = req.params.slug;
      if (req.body.preview) {
        const draft = EditLetterForm.typed(req.body);
        return letterPage(req, reply, slug, { draft, previewHtml: renderMarkdown(draft.body) });
      }
      const letter = await app.applyEffects(
        letters.updateLetter({ db: app.db, now: app.clock.now, reconsentDelayMs: app.config.reconsentDelaySeconds * 1000 }, req.organizer!.id, slug, EditLetterForm.parse(req.body)),
      );
      return reply.code(303).redirect(workspace(letter.slug, { done: 'saved' }));
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
        const letter = await app.applyEffects(transition({ db: app.db, now: app.clock.now }, req.organizer!.id, req.params.slug));
        return reply.code(303).redirect(workspace(letter.slug, { done: 'status', letterStatus: letter.status }));
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
        body: ModerationForm.body,
        response: { 303: Redirect, ...formPageErrors(400, 409), ...errors(401, 403, 404) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('moderation'),
    },
    async (req, reply) => {
      const { id, decision } = ModerationForm.parse(req.body);
      await app.applyEffects(decide({ db: app.db, sealer: app.sealer, now: app.clock.now, publishBatchSeconds: app.config.publishBatchSeconds }, req.organizer!.id, id, decision));
      return reply.code(303).redirect(workspace(req.params.slug, { done: 'moderated', decision }));
    },
  );

  app.post(
    '/organize/letters/:slug/addresses',
    {
      schema: {
        tags: pageTags,
        summary: "Let co-organizers see signers' addresses, or not (owners)",
        params: SlugParams,
        body: AddressesForm.body,
        response: { 303: Redirect, ...formPageErrors(400), ...errors(401, 403, 404) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('addresses'),
    },
    async (req, reply) => {
      const allow = AddressesForm.parse(req.body).coOrganizersSeeAddresses === true;
      await app.applyEffects(letters.updateLetter({ db: app.db, now: app.clock.now }, req.organizer!.id, req.params.slug, { coOrganizersSeeAddresses: allow }));
      return reply.code(303).redirect(workspace(req.params.slug, { done: allow ? 'addressesShown' : 'addressesHidden' }));
    },
  );

  app.post(
    '/organize/letters/:slug/goal',
    {
      schema: {
        tags: pageTags,
        summary: "Set the letter's goal, or clear it (editors, owners)",
        params: SlugParams,
        body: GoalForm.body,
        response: { 303: Redirect, ...formPageErrors(400), ...errors(401, 403, 404) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('goal'),
    },
    async (req, reply) => {
      const { goal, goalKind } = GoalForm.typed(req.body);
      const count = goal.trim() === '' ? null : Number(goal);
      if (count !== null && !(Number.isInteger(count) && count >= 1 && count <= 100_000_000)) {
        throw because('invalid', new AppError(400, 'VALIDATION_FAILED', 'goal: must be a whole number from 1 to 100000000', 'goal'));
      }
      const kind = SIGNER_KINDS.find((k) => k === goalKind) ?? null;
      await app.applyEffects(letters.updateLetter({ db: app.db, now: app.clock.now }, req.organizer!.id, req.params.slug, { goal: count === null ? null : { count, kind } }));
      return reply.code(303).redirect(workspace(req.params.slug, { done: 'goalSaved' }));
    },
  );

  app.post(
    '/organize/letters/:slug/widget',
    {
      schema: {
        tags: pageTags,
        summary: 'Set the sites that may frame the sign widget, one per line (editors, owners)',
        params: SlugParams,
        body: WidgetForm.body,
        response: { 303: Redirect, ...formPageErrors(400), ...errors(401, 403, 404) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('widget', (body) => ({ widgetOrigins: WidgetForm.typed(body).origins })),
    },
    async (req, reply) => {
      const origins = WidgetForm.parse(req.body).origins.split(/\s+/).filter(Boolean);
      await setWidgetOrigins(app.db, req.organizer!.id, req.params.slug, origins);
      return reply.code(303).redirect(workspace(req.params.slug, { done: 'widgetSaved' }));
    },
  );

  app.post(
    '/organize/letters/:slug/partners',
    {
      schema: {
        tags: pageTags,
        summary: 'Add a partner for the sign widget (editors, owners)',
        params: SlugParams,
        body: PartnerForm.body,
        response: { 303: Redirect, ...formPageErrors(400), ...errors(401, 403, 404) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('partners'),
    },
    async (req, reply) => {
      await createPartner(app.db, req.organizer!.id, req.params.slug, PartnerForm.parse(req.body).label);
      return reply.code(303).redirect(workspace(req.params.slug, { done: 'partnerAdded' }));
    },
  );

  app.post(
    '/organize/letters/:slug/invite',
    {
      schema: { tags: pageTags, summary: 'Invite signers from pasted CSV', params: SlugParams, body: InviteForm.body, response: { 200: Html, ...formPageErrors(400, 409), ...errors(401, 403, 404) } },
      onRequest: signedIn,
      preHandler: guards,
      bodyLimit: formBodyLimit(INVITATIONS_BODY_LIMIT),
      ...onWorkspaceForm('invite', (body) => ({ inviteCsv: InviteForm.typed(body).csv })),
    },
    async (req, reply) => {
      const { csv } = InviteForm.parse(req.body);
      const result = await app.applyEffects(invite({ db: app.db, sealer: app.sealer, tokens: app.tokens, now: app.clock.now }, req.organizer!.id, req.params.slug, parseCsv(csv, MAX_INVITEES)));
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
        body: TeamForm.body,
        response: { 303: Redirect, ...formPageErrors(400, 404, 409), ...errors(401, 403) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('team', (body) => ({ teamValues: TeamForm.typed(body) })),
    },
    async (req, reply) => {
      if (req.body.remove) {
        const { email } = RemoveForm.parse(req.body);
        await removeCoOrganizer(app.db, req.organizer!.id, req.params.slug, email);
        return reply.code(303).redirect(workspace(req.params.slug, { done: 'removed', email }));
      }
      const input = TeamForm.parse(req.body);
      await app.applyEffects(setCoOrganizer(app.db, req.organizer!.id, req.params.slug, input, app.clock.now(), req.ui.code));
      return reply.code(303).redirect(workspace(req.params.slug, { done: 'roleSet', email: input.email, role: input.role }));
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
