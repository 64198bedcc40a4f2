import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { countryName } from '../countries.js';
import { SIGNATURE_STATUSES } from '../db/schema.js';
import { AppError, because } from '../errors.js';
import { defineForm, formErrors } from '../http/forms.js';
import { Choice, errors, formPageErrors } from '../http/schemas.js';
import { validate } from '../http/validate.js';
import { formatDateTime, listSeparator } from '../i18n/messages.js';
import { SlugParams } from '../letters/schemas.js';
import { afterChange, confirmPage, NoteQuery, sectionPath, workspaceKit } from '../organizers/workspace.js';
import { exportSignaturesCsv } from './export.js';
import { heldAsLookalike } from './lookalikes.js';
import { decide, type InvalidateCriteria, invalidate, signatureToDecide, workspaceSignatures } from './moderation.js';
import { DecisionBody, InvalidateBody, type OrganizerSignatureView } from './schemas.js';

const Html = Type.String({ description: 'text/html' });
const Redirect = Type.Null({ description: 'see other' });
const pageTags = ['organizer pages'];
const ModerationForm = defineForm(DecisionBody, ['id', 'decision']);

/** The decisions that are asked first: a rejection mails the signer, a hiding is for abuse. */
const ASKED = ['reject', 'shadow'] as const;
const DecisionQuery = Type.Object({ id: DecisionBody.properties.id, decision: Choice(ASKED) });

// The invalidation form: what a browser sends, each a string (the times as datetime-local
// controls send them, read as UTC; or, from the confirmation page, as ISO 8601).
const criteriaFields = {
  emailDomain: Type.Optional(Type.String({ maxLength: 253 })),
  ipHash: Type.Optional(Type.String({ maxLength: 32 })),
  from: Type.Optional(Type.String({ maxLength: 40 })),
  to: Type.Optional(Type.String({ maxLength: 40 })),
};
type CriteriaField = keyof typeof criteriaFields;
const CRITERIA = Object.keys(criteriaFields) as CriteriaField[];
const InvalidateQuery = Type.Object(criteriaFields);
const InvalidateForm = Type.Object(
  {
    ...criteriaFields,
    // The confirmation page's button: apply (as the API's `apply`); without it, only the preview.
    apply: Type.Optional(Type.String({ maxLength: 10 })),
    _csrf: Type.Optional(Type.String({ maxLength: 400 })),
    homepage: Type.Optional(Type.String({ maxLength: 400 })),
  },
  { additionalProperties: false },
);

/** What was typed into the invalidation form, as strings, to show it again. */
function criteriaTyped(sent: unknown): Record<CriteriaField, string> {
  const values = (sent && typeof sent === 'object' ? sent : {}) as Record<string, unknown>;
  return Object.fromEntries(CRITERIA.map((f) => [f, typeof values[f] === 'string' ? values[f].trim() : ''])) as Record<CriteriaField, string>;
}

// A datetime-local control's value (to the minute, seconds optional), or an ISO 8601 time in UTC.
const FORM_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z)?$/;

/** A time of the form, read as UTC, as the API's ISO 8601; 400 naming the field when it is no time. */
function timeFromForm(field: 'from' | 'to', value: string): string {
  const m = FORM_TIME.exec(value);
  const date = m ? new Date(m[7] ? value : `${value}Z`) : undefined;
  // 2030-02-30 would parse as March 2nd: a day the calendar has not is refused too.
  if (!m || !date || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() + 1 !== Number(m[2])) {
    throw because('invalid', new AppError(400, 'VALIDATION_FAILED', `${field}: must be a date and time (UTC)`, field));
  }
  return date.toISOString();
}

/** The form's criteria as the API's (checked by its schema), or null when none was given. */
function criteriaFrom(sent: unknown): InvalidateCriteria | null {
  const typed = criteriaTyped(sent);
  if (CRITERIA.every((f) => typed[f] === '')) return null;
  const input: InvalidateCriteria = {};
  if (typed.emailDomain) input.emailDomain = typed.emailDomain;
  if (typed.ipHash) input.ipHash = typed.ipHash;
  if (typed.from) input.from = timeFromForm('from', typed.from);
  if (typed.to) input.to = timeFromForm('to', typed.to);
  return validate<InvalidateCriteria>(InvalidateBody, input);
}

/** "Member of Parliament, House of Commons, Conservative, United Kingdom": who a signer claims to be, beyond their name and kind. */
function claimOf(ui: string, s: OrganizerSignatureView): string {
  return [s.title, s.parliament, s.party, s.organization, s.role, countryName(s.country, ui)].filter((p) => p).join(listSeparator(ui));
}

/** The workspace's signatures: the moderation queue, every signature (filtered, searched), the export, bulk invalidation. */
const signatureWorkspacePages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const kit = workspaceKit(app);
  const moderationDeps = () => ({ db: app.db, sealer: app.sealer, now: app.clock.now, publishBatchSeconds: app.config.publishBatchSeconds });

  const show = kit.section('signatures', 'ws-signatures', async (req: FastifyRequest, slug: string) => {
    const query = req.query as { status?: string; q?: string };
    // An unknown status shows them all, as a filter left unset does.
    const status = SIGNATURE_STATUSES.find((s) => s === query.status);
    // The queue, the table and its search, as this organizer may see them; recorded in the audit log.
    const { queue, rows, access, role } = await workspaceSignatures({ db: app.db, sealer: app.sealer }, req.organizer!.id, slug, { status, q: query.q });
    return {
      // Each held signature as a decision to make: who they claim to be, and why it waits.
      queue: queue.map((s) => ({
        ...s,
        lookalike: heldAsLookalike(s.moderationReason),
        countryName: countryName(s.country, req.ui.code),
        website: s.website !== null,
      })),
      rows,
      canModerate: role === 'owner' || role === 'moderator',
      addresses: { hidden: access !== 'full', domainsOnly: access === 'domain' },
      filter: { status: status ?? '', q: query.q ?? '' },
      statuses: ['', ...SIGNATURE_STATUSES].map((s) => ({ value: s, label: s ? req.t('ws.signatureStatus', { status: s }) : req.t('ws.filter.all'), selected: s === (status ?? '') })),
      invalidateValues: { emailDomain: '', ipHash: '', from: '', to: '' },
    };
  });

  app.get(
    sectionPath(':slug', 'signatures'),
    {
      schema: {
        tags: pageTags,
        summary: 'The moderation queue and every signature, filtered and searched',
        params: SlugParams,
        querystring: Type.Object({ status: Type.Optional(Type.String({ maxLength: 20 })), q: Type.Optional(Type.String({ maxLength: 200 })), ...NoteQuery }),
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
      },
      ...kit.page,
    },
    async (req, reply) => (req.organizer ? show(req, reply, req.params.slug) : kit.toLogin(reply)),
  );

  app.get(
    '/organize/letters/:slug/moderate',
    {
      schema: {
        tags: pageTags,
        summary: 'What rejecting or hiding a signature will do, and the button that does it',
        params: SlugParams,
        querystring: DecisionQuery,
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
      },
      ...kit.page,
    },
    async (req, reply) => {
      if (!req.organizer) return kit.toLogin(reply);
      const { slug } = req.params;
      const { id, decision } = req.query;
      const { signature, listed, mailable } = await signatureToDecide({ db: app.db, sealer: app.sealer }, req.organizer.id, slug, id);
      const who = signature.name;
      const values = { decision, who, kind: signature.kind, claim: claimOf(req.ui.code, signature), listed: listed ? 'yes' : 'no', mailable: mailable ? 'yes' : 'no' };
      return confirmPage(kit.render, req, reply, slug, 'signatures', {
        heading: req.t('ws.decide.heading', values),
        consequences: req.t('ws.decide.consequences', values).split('\n'),
        action: `/organize/letters/${slug}/moderate`,
        fields: [
          { name: 'id', value: id },
          { name: 'decision', value: decision },
        ],
        button: req.t('ws.decide.button', values),
        danger: true,
        back: sectionPath(slug, 'signatures'),
      });
    },
  );

  app.post(
    '/organize/letters/:slug/moderate',
    {
      schema: {
        tags: pageTags,
        summary: 'Approve (publish), reject (the signer is told) or shadow (hide) a signature',
        params: SlugParams,
        body: ModerationForm.body,
        response: { 303: Redirect, ...formPageErrors(400, 409), ...errors(401, 403, 404) },
      },
      onRequest: kit.signedIn,
      preHandler: kit.guards,
      ...kit.onForm('moderation', show),
    },
    async (req, reply) => {
      const { id, decision } = ModerationForm.parse(req.body);
      await app.applyEffects(decide(moderationDeps(), req.organizer!.id, id, decision));
      return reply.code(303).redirect(afterChange(req.params.slug, 'signatures', { done: 'moderated', decision }));
    },
  );

  // The invalidation form's mistakes show beside it, with what was typed.
  const onInvalidateForm = (from: (req: FastifyRequest) => unknown) =>
    formErrors((req, reply, error) => show(req, reply, (req.params as { slug: string }).slug, { formError: { form: 'invalidate', ...error }, invalidateValues: criteriaTyped(from(req)) }));

  /**
   * What an invalidation would do: the count and the consequences, with the button that applies
   * it (its criteria carried as hidden fields, as the API's, with `apply`); or, on the Signatures
   * page, that no criterion was given or that nothing matches.
   */
  async function preview(req: FastifyRequest, reply: FastifyReply, slug: string, sent: unknown) {
    const typed = criteriaTyped(sent);
    const criteria = criteriaFrom(sent);
    if (!criteria) return show(req, reply, slug, { invalidateResult: 'none', invalidateValues: typed });
    const { matched } = await app.applyEffects(invalidate(moderationDeps(), req.organizer!.id, slug, { ...criteria, apply: false }));
    if (matched === 0) return show(req, reply, slug, { invalidateResult: 'nothing', invalidateValues: typed });
    const { emailDomain, from, to, ipHash } = criteria;
    const parts = [
      emailDomain ? req.t('ws.invalidate.byDomain', { domain: emailDomain.replace(/^@/, '').toLowerCase() }) : null,
      from || to
        ? req.t('ws.invalidate.byTime', {
            from: from ? formatDateTime(req.ui.code, from) : '',
            to: to ? formatDateTime(req.ui.code, to) : '',
            bounds: from && to ? 'both' : from ? 'from' : 'to',
          })
        : null,
      ipHash ? req.t('ws.invalidate.byNetwork', { fingerprint: ipHash }) : null,
    ].filter((p): p is string => p !== null);
    return confirmPage(kit.render, req, reply, slug, 'signatures', {
      heading: req.t('ws.invalidate.confirmHeading', { count: matched }),
      consequences: [req.t('ws.invalidate.matching', { criteria: parts.join('; ') }), ...req.t('ws.invalidate.consequences', { count: matched }).split('\n')],
      action: `/organize/letters/${slug}/invalidate`,
      fields: [...CRITERIA.filter((f) => criteria[f]).map((f) => ({ name: f, value: criteria[f]! })), { name: 'apply', value: '1' }],
      button: req.t('ws.invalidate.button', { count: matched }),
      danger: true,
      back: sectionPath(slug, 'signatures'),
    });
  }

  app.get(
    '/organize/letters/:slug/invalidate',
    {
      schema: {
        tags: pageTags,
        summary: 'How many signatures a bulk invalidation would mark as fraudulent, and the button that does it',
        params: SlugParams,
        querystring: InvalidateQuery,
        response: { 200: Html, 303: Redirect, ...formPageErrors(400), ...errors(403, 404) },
      },
      ...kit.page,
      ...onInvalidateForm((req) => req.query),
    },
    async (req, reply) => {
      if (!req.organizer) return kit.toLogin(reply);
      // A query the schema refused is said beside the form (a page has no guards to throw it).
      if (req.validationError) throw req.validationError;
      return preview(req, reply, req.params.slug, req.query);
    },
  );

  app.post(
    '/organize/letters/:slug/invalidate',
    {
      schema: {
        tags: pageTags,
        summary: "With apply: mark the signatures matching the criteria as fraudulent (the confirmation page's button); without: the preview",
        params: SlugParams,
        body: InvalidateForm,
        response: { 200: Html, 303: Redirect, ...formPageErrors(400), ...errors(401, 403, 404) },
      },
      onRequest: kit.signedIn,
      preHandler: kit.guards,
      ...onInvalidateForm((req) => req.body),
    },
    async (req, reply) => {
      const { slug } = req.params;
      // Without `apply` (as in the API), only the preview.
      if (req.body.apply !== '1') return preview(req, reply, slug, req.body);
      const criteria = criteriaFrom(req.body);
      if (!criteria) return show(req, reply, slug, { invalidateResult: 'none', invalidateValues: criteriaTyped(req.body) });
      const { invalidated } = await app.applyEffects(invalidate(moderationDeps(), req.organizer!.id, slug, { ...criteria, apply: true }));
      return reply.code(303).redirect(afterChange(slug, 'signatures', { done: 'invalidated', count: String(invalidated) }));
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
      onRequest: kit.signedIn,
    },
    async (req, reply) => {
      const csv = await exportSignaturesCsv({ db: app.db, sealer: app.sealer }, req.organizer!.id, req.params.slug);
      reply.header('Cache-Control', 'private, no-store');
      return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${req.params.slug}-all-signatures.csv"`).send(csv);
    },
  );
};

export default signatureWorkspacePages;
