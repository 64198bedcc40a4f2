import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SIGNER_KINDS, type SignerKind } from '../db/schema.js';
import { AppError, because } from '../errors.js';
import { defineForm } from '../http/forms.js';
import { errors, formPageErrors, LANGUAGE_TAG } from '../http/schemas.js';
import { validate } from '../http/validate.js';
import { LOCALES } from '../i18n/locales.js';
import { canonicalLanguage } from '../languages.js';
import { afterChange, NoteQuery, sectionPath, workspaceKit } from '../organizers/workspace.js';
import { reachLetter } from './access.js';
import { renderMarkdown } from './markdown.js';
import { SlugParams, TranslationBody, UpdateLetterBody, type UpdateLetterInput } from './schemas.js';
import * as letters from './service.js';
import { saveTranslation, translationsOf } from './translations.js';

const Html = Type.String({ description: 'text/html' });
const Redirect = Type.Null({ description: 'see other' });
const pageTags = ['organizer pages'];

// The settings form: a closing time (datetime-local, in UTC; empty: none) and two sets of
// checkboxes, each posted once per ticked box (one box ticked arrives as a one-item list).
const KindBoxes = Type.Array(Type.String({ maxLength: 20 }), { maxItems: SIGNER_KINDS.length });
const SettingsForm = Type.Object(
  {
    closesAt: Type.Optional(Type.String({ maxLength: 40 })),
    signerKinds: Type.Optional(KindBoxes),
    moderatedKinds: Type.Optional(KindBoxes),
    _csrf: Type.Optional(Type.String({ maxLength: 400 })),
    homepage: Type.Optional(Type.String({ maxLength: 400 })),
  },
  { additionalProperties: false },
);
interface SettingsTyped {
  closesAt: string;
  signerKinds: string[];
  moderatedKinds: string[];
}

/** What was sent, as the form shows it again: the time as typed, the boxes ticked. */
function settingsTyped(body: unknown): SettingsTyped {
  const sent = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  return { closesAt: typeof sent.closesAt === 'string' ? sent.closesAt : '', signerKinds: list(sent.signerKinds), moderatedKinds: list(sent.moderatedKinds) };
}

// What a datetime-local control sends: a date and a time to the minute, seconds optional.
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** The form's time, read as UTC, as the API's ISO 8601; null when left empty; 400 when it is no time. */
export function closingTimeFromForm(value: string): string | null {
  const text = value.trim();
  if (!text) return null;
  const m = LOCAL_TIME.exec(text);
  const date = m ? new Date(`${text}Z`) : undefined;
  // 2030-02-30 parses, as March 2nd: a day the calendar has not is refused too.
  if (!m || !date || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() + 1 !== Number(m[2])) {
    throw because('invalid', new AppError(400, 'VALIDATION_FAILED', 'closesAt: must be a date and time (UTC)', 'closesAt'));
  }
  return date.toISOString();
}

/** The form's checkboxes as a list of kinds: each one known, none twice. */
function kindsFromForm(field: 'signerKinds' | 'moderatedKinds', sent: string[]): SignerKind[] {
  const kinds = [...new Set(sent)];
  if (!kinds.every((k): k is SignerKind => (SIGNER_KINDS as readonly string[]).includes(k))) {
    throw because('choose', new AppError(400, 'VALIDATION_FAILED', `${field}: choose among ${SIGNER_KINDS.join(', ')}`, field));
  }
  return kinds;
}

/**
 * The settings form's values, for the settings page: the closing time as a datetime-local
 * control shows it (UTC, to the minute) and each kind with its two boxes; or, after a mistake,
 * what was sent.
 */
export function settingsFields(
  letter: { closesAt: string | null; signerKinds: readonly string[]; moderatedKinds: readonly string[]; replyWaitDays?: number },
  typed?: SettingsTyped,
  replyWaitTyped?: string,
) {
  const values = typed ?? { closesAt: letter.closesAt ? letter.closesAt.slice(0, 16) : '', signerKinds: letter.signerKinds, moderatedKinds: letter.moderatedKinds };
  return {
    settingsForm: {
      closesAt: values.closesAt,
      kinds: SIGNER_KINDS.map((kind) => ({ kind, signs: values.signerKinds.includes(kind), moderated: values.moderatedKinds.includes(kind) })),
      // --- replies-workspace ---
      replyWaitDays: replyWaitTyped ?? String(letter.replyWaitDays ?? ''),
    },
  };
}

// --- replies-workspace ---
// How long the public page waits before an addressee's silence reads as "no reply": a number field.
const ReplyWaitForm = Type.Object(
  {
    replyWaitDays: Type.Optional(Type.String({ maxLength: 12 })),
    _csrf: Type.Optional(Type.String({ maxLength: 400 })),
    homepage: Type.Optional(Type.String({ maxLength: 400 })),
  },
  { additionalProperties: false },
);
const typedReplyWait = (body: unknown) => {
  const sent = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return typeof sent.replyWaitDays === 'string' ? sent.replyWaitDays : '';
};

/** The form's number of days, a whole number from 1 to 365 (400 naming the field otherwise). */
export function replyWaitFromForm(value: string): number {
  const text = value.trim();
  const days = /^[0-9]{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!(days >= 1 && days <= 365)) throw because('days', new AppError(400, 'VALIDATION_FAILED', 'replyWaitDays: must be a whole number of days from 1 to 365', 'replyWaitDays'));
  return days;
}

// The translation form: the fields of POST /api/v1/letters/:slug/translations (but basedOnVersion:
// a translation saved here follows the current version), and the Preview button.
const TranslationForm = defineForm(TranslationBody, ['language', 'title', 'addressee', 'body'], { asTyped: ['body'], controls: ['preview'] });

/** The workspace's settings forms (closing time, who signs, who is moderated; the wait for replies) and its translations. */
const letterWorkspacePages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const kit = workspaceKit(app);
  const read = (req: FastifyRequest, slug: string) => letters.readLetter({ db: app.db, now: app.clock.now }, slug, req.organizer!.id);

  // The settings page as the organizers' pages show it (the goal's kinds), with this form's values.
  const showSettings = kit.section('settings', 'ws-settings', async (req, slug) => {
    const letter = await read(req, slug);
    return { goalKinds: letter.signerKinds.map((kind) => ({ kind, selected: letter.goal?.kind === kind })), ...settingsFields(letter) };
  });

  app.post(
    '/organize/letters/:slug/settings',
    {
      schema: {
        tags: pageTags,
        summary: 'Set the closing time, who may sign, and whose signatures are held for moderation (editors, owners)',
        params: SlugParams,
        body: SettingsForm,
        response: { 303: Redirect, ...formPageErrors(400), ...errors(401, 403, 404) },
      },
      onRequest: kit.signedIn,
      preHandler: kit.guards,
      ...kit.onForm('settings', async (req, reply, slug, extra = {}) => {
        const letter = await read(req, slug);
        return showSettings(req, reply, slug, { ...extra, ...settingsFields(letter, settingsTyped(req.body)) });
      }),
    },
    async (req, reply) => {
      const typed = settingsTyped(req.body);
      const signerKinds = kindsFromForm('signerKinds', typed.signerKinds);
      if (!signerKinds.length) throw because('required', new AppError(400, 'VALIDATION_FAILED', 'signerKinds: tick at least one', 'signerKinds'));
      // The same checks as the API's body, then the same command.
      const patch = validate<UpdateLetterInput>(UpdateLetterBody, {
        closesAt: closingTimeFromForm(typed.closesAt),
        signerKinds,
        moderatedKinds: kindsFromForm('moderatedKinds', typed.moderatedKinds),
      });
      await app.applyEffects(letters.updateLetter({ db: app.db, now: app.clock.now }, req.organizer!.id, req.params.slug, patch));
      return reply.code(303).redirect(afterChange(req.params.slug, 'settings', { done: 'settingsSaved' }));
    },
  );

  // --- replies-workspace ---
  app.post(
    '/organize/letters/:slug/reply-wait',
    {
      schema: {
        tags: pageTags,
        summary: "Set how many days after delivery an addressee who has not answered counts as 'no reply' (editors, owners)",
        params: SlugParams,
        body: ReplyWaitForm,
        response: { 303: Redirect, ...formPageErrors(400), ...errors(401, 403, 404) },
      },
      onRequest: kit.signedIn,
      preHandler: kit.guards,
      ...kit.onForm('replyWait', async (req, reply, slug, extra = {}) => {
        const letter = await read(req, slug);
        return showSettings(req, reply, slug, { ...extra, ...settingsFields(letter, undefined, typedReplyWait(req.body)) });
      }),
    },
    async (req, reply) => {
      const patch = validate<UpdateLetterInput>(UpdateLetterBody, { replyWaitDays: replyWaitFromForm(typedReplyWait(req.body)) });
      await app.applyEffects(letters.updateLetter({ db: app.db, now: app.clock.now }, req.organizer!.id, req.params.slug, patch));
      return reply.code(303).redirect(afterChange(req.params.slug, 'settings', { done: 'replyWaitSaved' }));
    },
  );

  const showTranslations = kit.section('translations', 'ws-translations', async (req, slug) => {
    const { row } = await reachLetter(app.db, slug, { as: 'organizer', organizerId: req.organizer!.id, can: 'read' });
    const translations = await translationsOf(app.db, row);
    const own = row.language.toLowerCase();
    // The site's languages and those the letter has already (an API client may have added any), but the letter's own.
    const codes = [...new Set([...LOCALES.map((l) => l.code), ...translations.map((t) => t.language)])].filter((c) => c.toLowerCase() !== own);
    // ?edit=zh-hans: that translation's text in the form.
    const asked = (req.query as { edit?: string }).edit;
    let editing: string | undefined;
    try {
      editing = asked ? canonicalLanguage(asked) : undefined;
    } catch {
      editing = undefined;
    }
    const current = editing ? translations.find((t) => t.language.toLowerCase() === editing!.toLowerCase()) : undefined;
    return {
      translations: translations.map((t) => ({
        ...t,
        editHref: `${sectionPath(slug, 'translations')}?edit=${encodeURIComponent(t.language)}`,
        publicHref: `/letters/${slug}?lang=${encodeURIComponent(t.language)}`,
      })),
      isPublic: row.status === 'open' || row.status === 'closed',
      translationDraft: current
        ? { language: current.language, title: current.title, addressee: current.addressee ?? '', body: current.body }
        : { language: editing ?? '', title: '', addressee: '', body: '' },
      languageCodes: codes,
      limits: TranslationForm.limits,
    };
  });

  app.get(
    sectionPath(':slug', 'translations'),
    {
      schema: {
        tags: pageTags,
        summary: "The letter's translations, each with the version it follows; a form to add or update one, with a preview",
        params: SlugParams,
        querystring: Type.Object({ edit: Type.Optional(Type.String({ pattern: LANGUAGE_TAG, maxLength: 35 })), ...NoteQuery }),
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
      },
      ...kit.page,
    },
    async (req, reply) => (req.organizer ? showTranslations(req, reply, req.params.slug) : kit.toLogin(reply)),
  );

  app.post(
    sectionPath(':slug', 'translations'),
    {
      schema: {
        tags: pageTags,
        summary: 'Add or replace a translation (or preview it) (editors, owners)',
        params: SlugParams,
        body: TranslationForm.body,
        response: { 200: Html, 303: Redirect, ...formPageErrors(400), ...errors(401, 403, 404) },
      },
      onRequest: kit.signedIn,
      preHandler: kit.guards,
      ...kit.onForm('translation', showTranslations, (body) => ({ translationDraft: TranslationForm.typed(body) })),
    },
    async (req, reply) => {
      const { slug } = req.params;
      if (req.body.preview) {
        const draft = TranslationForm.typed(req.body);
        return showTranslations(req, reply, slug, { translationDraft: draft, preview: { ...draft, html: renderMarkdown(draft.body) } });
      }
      await app.applyEffects(saveTranslation({ db: app.db, now: app.clock.now }, req.organizer!.id, slug, TranslationForm.parse(req.body)));
      return reply.code(303).redirect(afterChange(slug, 'translations', { done: 'translationSaved' }));
    },
  );
};

export default letterWorkspacePages;
