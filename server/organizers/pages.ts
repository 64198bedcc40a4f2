import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ORGANIZER_ROLES, SIGNER_KINDS } from '../db/schema.js';
import { AppError, because } from '../errors.js';
import { ButtonForm, defineForm, type FormError, formBodyLimit, formErrors, formPage } from '../http/forms.js';
import { Choice, errors, formPageErrors, OneLineText } from '../http/schemas.js';
import { createPartner, setWidgetOrigins, widgetSettings } from '../widget/service.js';
import { INVITATIONS_BODY_LIMIT, InvitationsCsv, MAX_INVITEES } from '../invitations/schemas.js';
import { invite, parseCsv } from '../invitations/service.js';
import { CreateLetterBody, SlugParams, UpdateLetterBody } from '../letters/schemas.js';
import * as letters from '../letters/service.js';
import { reachLetter } from '../letters/access.js';
import { renderMarkdown } from '../letters/markdown.js';
import { listCoOrganizers, removeCoOrganizer, setCoOrganizer } from './letters.js';
import { createToken, listSessions, listTokens, revokeSession, revokeToken } from './sessions.js';
import { CoOrganizerBody, CreateTokenBody, IdParams, RemoveCoOrganizerBody } from './schemas.js';
import signatureWorkspacePages from '../signatures/workspace-pages.js';
import letterWorkspacePages, { settingsFields } from '../letters/workspace-pages.js';
import deliveryPages from '../delivery/pages.js';
import replyWorkspacePages from '../replies/workspace-pages.js';
import updatePages from '../updates/pages.js';
import auditPages from '../audit/pages.js';
import profilePages from './profile-pages.js';
import { digestWanted } from './digest.js';
import { afterChange, confirmPage, NoteQuery, type Section, sectionPath, type WorkspaceNote, workspaceKit } from './workspace.js';

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

/** A value inside a double-quoted HTML attribute of the snippet organizers copy (shown as text, escaped again by the page). */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The organizers' workspace in the browser: plain forms (no script needed), each posting to the
 * same services as the API, with the same role checks; every post is recorded in the audit log.
 * This plugin holds the account, the new letter and the text, settings, invitation, team and
 * sharing sections; each other domain's sections are its own plugin, registered here.
 */
const organizerPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // A form holds what the JSON API takes; the CSV of invitees has the invitation API's limit.
  await app.register(formbody, { bodyLimit: formBodyLimit(app.initialConfig.bodyLimit ?? 1024 * 1024) });
  // Each domain's pages of the workspace, inside this plugin so that they read the same forms.
  await app.register(signatureWorkspacePages);
  await app.register(letterWorkspacePages);
  await app.register(deliveryPages);
  await app.register(replyWorkspacePages);
  await app.register(updatePages);
  await app.register(auditPages);
  await app.register(profilePages);
  // Pages a browser opens: someone not signed in is sent to the sign-in page, not shown JSON.
  const { guards, signedIn, page, toLogin, render, onForm } = workspaceKit(app);
  const workspace = (slug: string, section: Section, note?: WorkspaceNote) => afterChange(slug, section, note);

  /** Each section's model, for its page and for a form of it shown again with its mistake. */
  const sectionModels: Partial<Record<Section, (req: FastifyRequest, slug: string) => Promise<Record<string, unknown>>>> = {
    text: async () => ({ limits: LETTER_LIMITS }),
    invite: async () => ({}),
    team: async (req, slug) => ({
      team: (await listCoOrganizers(app.db, req.organizer!.id, slug)).map((m) => ({ ...m, removeHref: `/organize/letters/${slug}/organizers/remove?${new URLSearchParams({ email: m.email })}` })),
      // The least power first, so that the list's default gives the least.
      roles: [...ORGANIZER_ROLES].reverse(),
    }),
    share: async (req, slug) => {
      const [letter, widget] = await Promise.all([letters.readLetter({ db: app.db, now: app.clock.now }, slug, req.organizer!.id), widgetSettings(app.db, req.organizer!.id, slug)]);
      const frame = (path: string, height: number) =>
        `<iframe src="${app.config.publicUrl}/letters/${letter.slug}/${path}" title="${escapeAttribute(letter.title)}" width="100%" height="${height}" style="border:0"></iframe>`;
      return {
        embedSnippet: frame('embed', 220),
        // The sign widget: its sites, and each partner with its count and the snippet to paste.
        widget: {
          origins: widget.origins.join('\n'),
          snippet: frame('widget', 900),
          partners: widget.partners.map((p) => ({ ...p, snippet: frame(`widget?partner=${p.code}`, 900) })),
        },
      };
    },
    settings: async (req, slug) => {
      const letter = await letters.readLetter({ db: app.db, now: app.clock.now }, slug, req.organizer!.id);
      return { goalKinds: letter.signerKinds.map((kind) => ({ kind, selected: letter.goal?.kind === kind })), ...settingsFields(letter) };
    },
  };
  const TEMPLATES: Partial<Record<Section, string>> = { text: 'workspace', invite: 'ws-invite', team: 'ws-team', share: 'ws-share', settings: 'ws-settings' };

  async function sectionPage(req: FastifyRequest, reply: FastifyReply, slug: string, section: Section, extra: Record<string, unknown> = {}) {
    const model = (await sectionModels[section]?.(req, slug)) ?? {};
    return render(req, reply, slug, section, TEMPLATES[section]!, { ...model, ...extra });
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
      signedIn: req.organizer,
      sessions: await listSessions(app.db, req.organizer!.id, req.sessionId, app.clock.now()),
      tokens: await listTokens(app.db, req.organizer!.id),
      // --- digest ---
      digest: await digestWanted(app.db, req.organizer!.id),
      limits: AccountForm.limits,
      csrfToken: await formPage(reply),
      ...extra,
    });
  }

  /** A workspace form's mistake, shown beside that form with what was typed. */
  const onWorkspaceForm = (form: string, section: Section, typed?: (body: unknown) => Record<string, unknown>) =>
    onForm(form, (req, reply, slug, extra) => sectionPage(req, reply, slug, section, extra), typed);

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
    return reply.view('pages/letter-new', { title: req.t('ws.new.title'), signedIn: req.organizer, csrfToken: await formPage(reply), values: { language: 'en' }, limits: LETTER_LIMITS });
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
          signedIn: req.organizer,
          csrfToken: await formPage(reply),
          values: NewLetterForm.typed(req.body),
          limits: LETTER_LIMITS,
          error,
        }),
      ),
    },
    async (req, reply) => {
      const letter = await letters.createLetter({ db: app.db, now: app.clock.now }, req.organizer!.id, NewLetterForm.parse(req.body));
      return reply.code(303).redirect(workspace(letter.slug, 'text', { done: 'draftSaved' }));
    },
  );

  app.get(
    '/organize/letters/:slug',
    {
      schema: {
        tags: pageTags,
        summary: "A letter's workspace, its first page: the text, edited with a preview; publish, close",
        params: SlugParams,
        querystring: Type.Object({ status: Type.Optional(Type.String({ maxLength: 20 })), q: Type.Optional(Type.String({ maxLength: 200 })), ...NoteQuery }),
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
      },
      ...page,
    },
    async (req, reply) => (req.organizer ? sectionPage(req, reply, req.params.slug, 'text') : toLogin(reply)),
  );

  // The other sections' pages (signatures, translations, delivery, replies, news and the audit log have their own, in their domains).
  const SUMMARIES: Partial<Record<Section, string>> = {
    settings: "The letter's settings: its goal, who sees signers' addresses",
    invite: 'Invite signers by pasted CSV',
    team: "The letter's organizers and their roles",
    share: 'The embed and widget snippets, the widget’s sites and partners',
  };
  for (const [section, summary] of Object.entries(SUMMARIES) as Array<[Section, string]>) {
    app.get(
      sectionPath(':slug', section),
      {
        schema: {
          tags: pageTags,
          summary,
          params: SlugParams,
          querystring: Type.Object({ status: Type.Optional(Type.String({ maxLength: 20 })), q: Type.Optional(Type.String({ maxLength: 200 })), ...NoteQuery }),
          response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
        },
        ...page,
      },
      async (req, reply) => (req.organizer ? sectionPage(req, reply, req.params.slug, section) : toLogin(reply)),
    );
  }

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
      ...onWorkspaceForm('text', 'text', (body) => ({ draft: EditLetterForm.typed(body) })),
    },
    async (req, reply) => {
      const slug = req.params.slug;
      if (req.body.preview) {
        const draft = EditLetterForm.typed(req.body);
        return sectionPage(req, reply, slug, 'text', { draft, preview: { ...draft, html: renderMarkdown(draft.body) } });
      }
      const letter = await app.applyEffects(
        letters.updateLetter({ db: app.db, now: app.clock.now, reconsentDelayMs: app.config.reconsentDelaySeconds * 1000 }, req.organizer!.id, slug, EditLetterForm.parse(req.body)),
      );
      return reply.code(303).redirect(workspace(letter.slug, 'text', { done: 'saved' }));
    },
  );

  const transitions = { publish: letters.publishLetter, close: letters.closeLetter, founding: letters.startFounding } as const;
  const STEP_SUMMARIES = { publish: 'Publish the letter (or open its founding round to all, or reopen it)', close: 'Close the letter', founding: 'Open the founding round (invitees only)' } as const;
  const STEP_NAMES = {
    publish: 'publishing the letter (or opening its founding round to all, or reopening it)',
    close: 'closing the letter',
    founding: 'opening the founding round (invitees only)',
  } as const;
  for (const [name, transition] of Object.entries(transitions) as Array<[keyof typeof transitions, (typeof transitions)[keyof typeof transitions]]>) {
    // Publishing, closing and the founding round are public steps: first a page that says what will happen.
    app.get(
      `/organize/letters/:slug/${name}`,
      {
        schema: { tags: pageTags, summary: `What ${STEP_NAMES[name]} will do, and the button that does it`, params: SlugParams, response: { 200: Html, 303: Redirect, ...errors(403, 404) } },
        ...page,
      },
      async (req, reply) => {
        if (!req.organizer) return toLogin(reply);
        const { slug } = req.params;
        // Only those who may take the step are asked to confirm it (403 otherwise, as its POST).
        const { row: letter } = await reachLetter(app.db, slug, { as: 'organizer', organizerId: req.organizer.id, can: 'edit' });
        // The step as the letter's state makes it: publishing a draft, opening a founding round to all, reopening.
        const step = name === 'publish' ? ({ draft: 'publish', founding: 'openToAll', closed: 'reopen', open: 'publish' } as const)[letter.status] : name;
        const url = `${app.config.publicUrl}/letters/${slug}`;
        return confirmPage(render, req, reply, slug, 'text', {
          heading: req.t('ws.confirm.heading', { step }),
          consequences: req.t('ws.confirm.consequences', { step, url }).split('\n'),
          action: `/organize/letters/${slug}/${name}`,
          button: req.t('ws.confirm.button', { step }),
          danger: step === 'close',
          back: sectionPath(slug, 'text'),
        });
      },
    );
    app.post(
      `/organize/letters/:slug/${name}`,
      {
        schema: { tags: pageTags, summary: `${STEP_SUMMARIES[name]} (editors, owners)`, params: SlugParams, body: ButtonForm, response: { 303: Redirect, ...errors(401, 403, 404, 409) } },
        onRequest: signedIn,
        preHandler: guards,
      },
      async (req, reply) => {
        const letter = await app.applyEffects(transition({ db: app.db, now: app.clock.now }, req.organizer!.id, req.params.slug));
        return reply.code(303).redirect(workspace(letter.slug, 'text', { done: 'status', letterStatus: letter.status }));
      },
    );
  }

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
      ...onWorkspaceForm('addresses', 'settings'),
    },
    async (req, reply) => {
      const allow = AddressesForm.parse(req.body).coOrganizersSeeAddresses === true;
      await app.applyEffects(letters.updateLetter({ db: app.db, now: app.clock.now }, req.organizer!.id, req.params.slug, { coOrganizersSeeAddresses: allow }));
      return reply.code(303).redirect(workspace(req.params.slug, 'settings', { done: allow ? 'addressesShown' : 'addressesHidden' }));
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
      ...onWorkspaceForm('goal', 'settings'),
    },
    async (req, reply) => {
      const { goal, goalKind } = GoalForm.typed(req.body);
      const count = goal.trim() === '' ? null : Number(goal);
      if (count !== null && !(Number.isInteger(count) && count >= 1 && count <= 100_000_000)) {
        throw because('invalid', new AppError(400, 'VALIDATION_FAILED', 'goal: must be a whole number from 1 to 100000000', 'goal'));
      }
      const kind = SIGNER_KINDS.find((k) => k === goalKind) ?? null;
      await app.applyEffects(letters.updateLetter({ db: app.db, now: app.clock.now }, req.organizer!.id, req.params.slug, { goal: count === null ? null : { count, kind } }));
      return reply.code(303).redirect(workspace(req.params.slug, 'settings', { done: 'goalSaved' }));
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
      ...onWorkspaceForm('widget', 'share', (body) => ({ widgetOrigins: WidgetForm.typed(body).origins })),
    },
    async (req, reply) => {
      const origins = WidgetForm.parse(req.body).origins.split(/\s+/).filter(Boolean);
      await setWidgetOrigins(app.db, req.organizer!.id, req.params.slug, origins);
      return reply.code(303).redirect(workspace(req.params.slug, 'share', { done: 'widgetSaved' }));
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
      ...onWorkspaceForm('partners', 'share'),
    },
    async (req, reply) => {
      await createPartner(app.db, req.organizer!.id, req.params.slug, PartnerForm.parse(req.body).label);
      return reply.code(303).redirect(workspace(req.params.slug, 'share', { done: 'partnerAdded' }));
    },
  );

  app.post(
    '/organize/letters/:slug/invite',
    {
      schema: { tags: pageTags, summary: 'Invite signers from pasted CSV', params: SlugParams, body: InviteForm.body, response: { 200: Html, ...formPageErrors(400, 409), ...errors(401, 403, 404) } },
      onRequest: signedIn,
      preHandler: guards,
      bodyLimit: formBodyLimit(INVITATIONS_BODY_LIMIT),
      ...onWorkspaceForm('invite', 'invite', (body) => ({ inviteCsv: InviteForm.typed(body).csv })),
    },
    async (req, reply) => {
      const { csv } = InviteForm.parse(req.body);
      const result = await app.applyEffects(invite({ db: app.db, sealer: app.sealer, tokens: app.tokens, now: app.clock.now }, req.organizer!.id, req.params.slug, parseCsv(csv, MAX_INVITEES)));
      // The audit log says how many were invited, as it does for the API's answer.
      req.auditCount = result.invited;
      return sectionPage(req, reply, req.params.slug, 'invite', { invitations: result });
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
        response: { 200: Html, 303: Redirect, ...formPageErrors(400, 404, 409), ...errors(401, 403) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('team', 'team', (body) => ({ teamValues: TeamForm.typed(body) })),
    },
    async (req, reply) => {
      // Removing someone is asked first: the button shows what it will do.
      if (req.body.remove) return confirmRemoval(req, reply, req.params.slug, RemoveForm.parse(req.body).email);
      const input = TeamForm.parse(req.body);
      await app.applyEffects(setCoOrganizer(app.db, req.organizer!.id, req.params.slug, input, app.clock.now(), req.ui.code));
      return reply.code(303).redirect(workspace(req.params.slug, 'team', { done: 'roleSet', email: input.email, role: input.role }));
    },
  );

  /** What removing a co-organizer does, and the button that does it (owners). */
  async function confirmRemoval(req: FastifyRequest, reply: FastifyReply, slug: string, email: string) {
    const member = (await listCoOrganizers(app.db, req.organizer!.id, slug)).find((m) => m.email === email.trim().toLowerCase());
    if (!member) throw new AppError(404, 'NOT_AN_ORGANIZER', 'email: is not an organizer of this letter', 'email');
    return confirmPage(render, req, reply, slug, 'team', {
      heading: req.t('ws.team.removeHeading', { who: member.name ?? member.email }),
      consequences: req.t('ws.team.removeConsequences', { who: member.name ?? member.email, role: member.role }).split('\n'),
      action: `/organize/letters/${slug}/organizers/remove`,
      fields: [{ name: 'email', value: member.email }],
      button: req.t('ws.team.removeButton'),
      danger: true,
      back: sectionPath(slug, 'team'),
    });
  }

  app.get(
    '/organize/letters/:slug/organizers/remove',
    {
      schema: {
        tags: pageTags,
        summary: 'What removing a co-organizer will do (owners)',
        params: SlugParams,
        querystring: RemoveCoOrganizerBody,
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
      },
      ...page,
    },
    async (req, reply) => (req.organizer ? confirmRemoval(req, reply, req.params.slug, req.query.email) : toLogin(reply)),
  );

  app.post(
    '/organize/letters/:slug/organizers/remove',
    {
      schema: {
        tags: pageTags,
        summary: 'Remove a co-organizer (owners)',
        params: SlugParams,
        body: RemoveForm.body,
        response: { 303: Redirect, ...formPageErrors(400, 404, 409), ...errors(401, 403) },
      },
      onRequest: signedIn,
      preHandler: guards,
      ...onWorkspaceForm('team', 'team'),
    },
    async (req, reply) => {
      const { email } = RemoveForm.parse(req.body);
      await removeCoOrganizer(app.db, req.organizer!.id, req.params.slug, email);
      return reply.code(303).redirect(workspace(req.params.slug, 'team', { done: 'removed', email }));
    },
  );
};

export default organizerPages;
