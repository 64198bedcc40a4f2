import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, because } from '../errors.js';
import { ButtonForm, defineForm, formBodyLimit } from '../http/forms.js';
import { errors, formPageErrors, LANGUAGE_TAG } from '../http/schemas.js';
import { LOCALES, ownName } from '../i18n/locales.js';
import { formatList, listSeparator } from '../i18n/messages.js';
import { isPublicStatus, reachLetter } from '../letters/access.js';
import { SlugParams } from '../letters/schemas.js';
import { translationsOf } from '../letters/translations.js';
import { afterChange, confirmPage, NoteQuery, sectionPath, workspaceKit } from '../organizers/workspace.js';
import { deliveryMessage, type DeliveryMessageDeps } from './mail.js';
import { MAX_RECIPIENTS, RecipientBody, RecipientsCsv } from './schemas.js';
import { addRecipients, deliver, listRecipients, parseRecipientsCsv } from './service.js';

const Html = Type.String({ description: 'text/html' });
const Redirect = Type.Null({ description: 'see other' });
const pageTags = ['organizer pages'];
const RecipientForm = defineForm(RecipientBody, ['name', 'email', 'language', 'group']);
const CsvForm = defineForm(Type.Object({ csv: RecipientsCsv }), ['csv'], { asTyped: ['csv'] });
const LangQuery = Type.Object({ lang: Type.String({ pattern: LANGUAGE_TAG, maxLength: 35 }) });
/** Those who add addressees and send the letter (the service's "edit" capability). */
const EDITORS = new Set(['owner', 'editor']);
/** The states of an addressee's latest delivery, in the order the page counts them. */
const STATES = ['sent', 'queued', 'failed', 'unsent'] as const;
type State = (typeof STATES)[number];
/** Names the confirmation lists for one language before "and N others". */
const NAMES_SHOWN = 5;

/** Why a delivery failed, in words: the mail server's own answer is shown beside it as it came. */
export function failureKind(error: string | null): 'refused' | 'unreachable' | 'other' {
  if (!error) return 'other';
  if (/\b5\d\d\b|reject|refused the|not accepted|no such user|mailbox unavailable/i.test(error)) return 'refused';
  if (/ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|ECONNRESET|ESOCKET|EDNS|timed? ?out|\b4\d\d\b/i.test(error)) return 'unreachable';
  return 'other';
}

/** The addressees grouped by language, in the order they first appear. */
function byLanguage<T extends { language: string }>(list: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of list) groups.set(r.language, [...(groups.get(r.language) ?? []), r]);
  return groups;
}

/**
 * The workspace's delivery section: the addressees and the state of their latest delivery, adding
 * them (one, or many by pasted CSV), the preview of each language's message and PDF, and sending,
 * after a confirmation. The forms post to the API's commands (addRecipients, deliver).
 */
const deliveryPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const kit = workspaceKit(app);
  const messageDeps: DeliveryMessageDeps = { db: app.db, cache: app.publicCache, now: app.clock.now, render: app.renderMail, publicUrl: app.config.publicUrl };

  const show = kit.section('delivery', 'ws-delivery', async (req: FastifyRequest, slug: string) => {
    const organizerId = req.organizer!.id;
    const [{ row, role }, list] = await Promise.all([reachLetter(app.db, slug, { as: 'organizer', organizerId, can: 'read' }), listRecipients(app.db, organizerId, slug)]);
    const translations = await translationsOf(app.db, row);
    const recipients = list.map((r) => {
      // A bounce is a failure the addressee's server gave: refused.
      const state: State = r.status === 'bounced' ? 'failed' : (r.status ?? 'unsent');
      return { ...r, state, languageLabel: ownName(r.language), failure: r.status === 'bounced' ? 'refused' : state === 'failed' ? failureKind(r.error) : undefined };
    });
    const count = (state: State) => recipients.filter((r) => r.state === state).length;
    const counts = Object.fromEntries(STATES.map((s) => [s, count(s)])) as Record<State, number>;
    // Of the last delivery: every addressee it went to, by the state of that sending.
    const total = counts.sent + counts.queued + counts.failed;
    // The language choice: the letter's own, its translations, then the interface's other languages.
    const codes = [...new Set([row.language, ...translations.map((t) => t.language), ...LOCALES.map((l) => l.code)])];
    const chosen = (req.body as { language?: string } | undefined)?.language || row.language;
    return {
      recipients,
      canEdit: role !== null && EDITORS.has(role),
      published: isPublicStatus(row.status),
      stateCounts: STATES.filter((s) => counts[s] > 0)
        .map((state) => req.t('ws.delivery.count', { state, count: counts[state] }))
        .join(listSeparator(req.ui.code)),
      progress: total > 0 ? { total, done: counts.sent + counts.failed, ...counts } : null,
      languages: codes.map((code) => ({ code, name: ownName(code), selected: code === chosen })),
      limits: { ...RecipientForm.limits, ...CsvForm.limits },
    };
  });

  app.get(
    sectionPath(':slug', 'delivery'),
    {
      schema: {
        tags: pageTags,
        summary: 'The addressees, the state of their delivery, and the forms that add them',
        params: SlugParams,
        querystring: Type.Object(NoteQuery),
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
      },
      ...kit.page,
    },
    async (req, reply) => (req.organizer ? show(req, reply, req.params.slug) : kit.toLogin(reply)),
  );

  app.post(
    '/organize/letters/:slug/recipients',
    {
      schema: {
        tags: pageTags,
        summary: 'Add one addressee (editors, owners)',
        params: SlugParams,
        body: RecipientForm.body,
        response: { 303: Redirect, ...formPageErrors(400), ...errors(401, 403, 404) },
      },
      onRequest: kit.signedIn,
      preHandler: kit.guards,
      ...kit.onForm('recipient', show, (body) => ({ recipientValues: RecipientForm.typed(body) })),
    },
    async (req, reply) => {
      const input = RecipientForm.parse(req.body);
      const result = await addRecipients(app.db, req.organizer!.id, req.params.slug, [input]);
      const [error] = result.errors;
      // The one row's mistake, beside the form, in the reader's language.
      if (error) throw because(error.why ?? 'other', new AppError(400, error.code, error.reason, error.field ?? undefined));
      return reply.code(303).redirect(afterChange(req.params.slug, 'delivery', { done: 'recipientsAdded', count: String(result.added) }));
    },
  );

  app.post(
    '/organize/letters/:slug/recipients/import',
    {
      schema: {
        tags: pageTags,
        summary: 'Add addressees from pasted CSV (name,email,language,group); bad rows reported by line (editors, owners)',
        params: SlugParams,
        body: CsvForm.body,
        response: { 200: Html, 303: Redirect, ...formPageErrors(400), ...errors(401, 403, 404) },
      },
      onRequest: kit.signedIn,
      preHandler: kit.guards,
      bodyLimit: formBodyLimit(app.initialConfig.bodyLimit ?? 1024 * 1024),
      ...kit.onForm('import', show, (body) => ({ importCsv: CsvForm.typed(body).csv })),
    },
    async (req, reply) => {
      const { slug } = req.params;
      const rows = parseRecipientsCsv(CsvForm.parse(req.body).csv, MAX_RECIPIENTS);
      const result = await addRecipients(
        app.db,
        req.organizer!.id,
        slug,
        rows.map((r) => r.recipient),
      );
      // The audit log says how many were added, whichever answer follows.
      req.auditCount = result.added;
      if (result.errors.length === 0) return reply.code(303).redirect(afterChange(slug, 'delivery', { done: 'recipientsAdded', count: String(result.added) }));
      // Good rows are taken; each bad one is said with its line in the pasted text (the header is line 1).
      const errorsByLine = result.errors.map((e) => ({ ...e, line: rows[e.line - 1]?.line ?? e.line }));
      return show(req, reply, slug, { imported: { added: result.added, already: result.alreadyAdded, errors: errorsByLine }, importCsv: CsvForm.typed(req.body).csv });
    },
  );

  /** The addressees by language, each language with the message its first addressee will receive. */
  async function previews(organizerId: string, slug: string) {
    const [{ row, role }, list] = await Promise.all([reachLetter(app.db, slug, { as: 'organizer', organizerId, can: 'read' }), listRecipients(app.db, organizerId, slug)]);
    return { row, list, groups: byLanguage(list), canEdit: role !== null && EDITORS.has(role) };
  }

  app.get(
    '/organize/letters/:slug/delivery/preview',
    {
      schema: {
        tags: pageTags,
        summary: "Each addressee language's message and PDF, as they will be sent, and the button that sends them",
        params: SlugParams,
        response: { 200: Html, 303: Redirect, ...errors(403, 404) },
      },
      ...kit.page,
    },
    async (req, reply) => {
      if (!req.organizer) return kit.toLogin(reply);
      const { slug } = req.params;
      const { row, list, groups, canEdit } = await previews(req.organizer.id, slug);
      const published = isPublicStatus(row.status);
      const languages = published
        ? await Promise.all(
            [...groups].map(async ([language, people]) => {
              const message = await deliveryMessage(messageDeps, row, people[0]!);
              const query = `?lang=${encodeURIComponent(language)}`;
              return {
                language,
                languageLabel: ownName(language),
                count: people.length,
                as: people[0]!.name,
                // The text goes out in the original when the letter has no translation into this language.
                textLanguageLabel: message.doc.text.language === language ? null : ownName(message.doc.text.language),
                subject: message.subject,
                text: message.text,
                htmlHref: `/organize/letters/${slug}/delivery/message${query}`,
                pdfHref: `/letters/${slug}.pdf${query}`,
              };
            }),
          )
        : [];
      return kit.render(req, reply, slug, 'delivery', 'ws-delivery-preview', { previewLanguages: languages, published, canEdit, total: list.length });
    },
  );

  app.get(
    '/organize/letters/:slug/delivery/message',
    {
      schema: {
        tags: pageTags,
        summary: "One addressee language's message as mail programs show it (HTML), before sending",
        params: SlugParams,
        querystring: LangQuery,
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
      },
      ...kit.page,
    },
    async (req, reply) => {
      if (!req.organizer) return kit.toLogin(reply);
      const { row, groups } = await previews(req.organizer.id, req.params.slug);
      const first = groups.get(req.query.lang)?.[0];
      if (!first || !isPublicStatus(row.status)) throw new AppError(404, 'NOT_FOUND', 'No addressee of this public letter reads this language');
      const { html } = await deliveryMessage(messageDeps, row, first);
      // The mail as written, styled inline as mail is; nothing in it runs, and no other site may frame it.
      return reply
        .header('Cache-Control', 'private, no-store')
        .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'none'")
        .type('text/html; charset=utf-8')
        .send(html);
    },
  );

  app.get(
    '/organize/letters/:slug/deliver',
    {
      schema: { tags: pageTags, summary: 'What sending the letter will do, and the button that does it', params: SlugParams, response: { 200: Html, 303: Redirect, ...errors(403, 404) } },
      ...kit.page,
    },
    async (req, reply) => {
      if (!req.organizer) return kit.toLogin(reply);
      const { slug } = req.params;
      const { list, groups } = await previews(req.organizer.id, slug);
      if (list.length === 0) return reply.code(303).redirect(`${sectionPath(slug, 'delivery')}/preview`);
      const code = req.ui.code;
      const already = list.filter((r) => r.status === 'sent').length;
      const perLanguage = [...groups].map(([language, people]) => {
        const names = people.slice(0, people.length > NAMES_SHOWN + 1 ? NAMES_SHOWN : undefined).map((p) => p.name);
        const more = people.length - names.length;
        return req.t('ws.delivery.confirmLanguage', {
          names: formatList(code, more ? [...names, req.t('ws.delivery.andMore', { count: more })] : names),
          count: people.length,
          language: ownName(language),
        });
      });
      return confirmPage(kit.render, req, reply, slug, 'delivery', {
        heading: req.t('ws.delivery.confirmHeading', { count: list.length }),
        consequences: [...perLanguage, ...(already ? [req.t('ws.delivery.confirmAgain', { count: already })] : []), req.t('ws.delivery.confirmRecall'), req.t('ws.delivery.confirmPublic')],
        action: `/organize/letters/${slug}/deliver`,
        button: req.t('ws.delivery.confirmButton', { count: list.length }),
        back: `${sectionPath(slug, 'delivery')}/preview`,
      });
    },
  );

  app.post(
    '/organize/letters/:slug/deliver',
    {
      schema: {
        tags: pageTags,
        summary: 'Send the letter with its PDF to every addressee, in their language (editors, owners)',
        params: SlugParams,
        body: ButtonForm,
        response: { 303: Redirect, ...formPageErrors(400, 409), ...errors(401, 403, 404) },
      },
      onRequest: kit.signedIn,
      preHandler: kit.guards,
      ...kit.onForm('deliver', show),
    },
    async (req, reply) => {
      const { slug } = req.params;
      const { queued } = await app.applyEffects(deliver(app.db, req.organizer!.id, slug, app.config.deliveryIntervalMs, app.clock.now()));
      return reply.code(303).redirect(afterChange(slug, 'delivery', { done: 'deliveryQueued', count: String(queued) }));
    },
  );
};

export default deliveryPages;
