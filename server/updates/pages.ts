import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ButtonForm, defineForm } from '../http/forms.js';
import { errors, formPageErrors } from '../http/schemas.js';
import { LOCALES, ownName } from '../i18n/locales.js';
import { formatList } from '../i18n/messages.js';
import { renderMarkdown } from '../letters/markdown.js';
import { SlugParams } from '../letters/schemas.js';
import { afterChange, confirmPage, NoteQuery, sectionPath, workspaceKit } from '../organizers/workspace.js';
import { UPDATES_PER_MONTH, UpdateBody, UpdateIdParams, UpdateTranslationBody } from './schemas.js';
import { createUpdate, listUpdates, readUpdate, saveUpdateTranslation, sendPreview, sendUpdate } from './service.js';

const Html = Type.String({ description: 'text/html' });
const Redirect = Type.Null({ description: 'see other' });
const pageTags = ['organizer pages'];
/** Those who write and send updates (the service's "edit" capability). */
const EDITORS = new Set(['owner', 'editor']);

// The forms take their fields from the API's bodies: a new update (title and Markdown body), and one translation of it.
const UpdateForm = defineForm(UpdateBody, ['title', 'body'], { asTyped: ['body'], controls: ['preview'] });
const TranslationForm = defineForm(UpdateTranslationBody, ['language', 'title', 'body'], { asTyped: ['body'], controls: ['preview'] });
const UpdatesQuery = Type.Object({ edit: Type.Optional(Type.String({ format: 'uuid' })), ...NoteQuery });

/**
 * The workspace's news section: the letter's updates (drafts, and those sent, with when), the
 * form that writes one (with a preview), a draft's translations (a language and its text, with a
 * preview), and sending, after a confirmation that says how many signers get it in which language.
 */
const updatePages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const kit = workspaceKit(app);

  const show = kit.section('updates', 'ws-updates', async (req: FastifyRequest, slug: string) => {
    const organizerId = req.organizer!.id;
    const { letter, role, items, subscribers } = await listUpdates(app.db, organizerId, slug);
    const editId = (req.query as { edit?: string } | undefined)?.edit ?? (req.params as { id?: string }).id;
    const editing = items.find((u) => u.id === editId && !u.sentAt);
    const own = letter.language.toLowerCase();
    const codes = [...new Set([...LOCALES.map((l) => l.code), ...(editing?.translations.map((t) => t.language) ?? [])])].filter((c) => c.toLowerCase() !== own);
    const base = sectionPath(slug, 'updates');
    return {
      canEdit: role !== null && EDITORS.has(role),
      subscribers,
      perMonth: UPDATES_PER_MONTH,
      letterLanguage: { code: letter.language, name: ownName(letter.language) },
      updates: items.map((u) => ({
        ...u,
        languages: formatList(req.ui.code, [ownName(u.language), ...u.translations.map((t) => ownName(t.language))]),
        editHref: `${base}?edit=${u.id}#update-translations`,
        sendHref: `${base}/${u.id}/send`,
        publicHref: `/letters/${slug}#update-${u.id}`,
      })),
      editing: editing ? { ...editing, translationsAction: `${base}/${editing.id}/translations`, sendHref: `${base}/${editing.id}/send` } : null,
      languageCodes: codes,
      limits: { ...UpdateForm.limits, ...TranslationForm.limits },
    };
  });

  app.get(
    sectionPath(':slug', 'updates'),
    {
      schema: {
        tags: pageTags,
        summary: "The letter's news to its signers: the updates written and sent, the form that writes one, a draft's translations (?edit=ID)",
        params: SlugParams,
        querystring: UpdatesQuery,
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
      },
      ...kit.page,
    },
    async (req, reply) => (req.organizer ? show(req, reply, req.params.slug) : kit.toLogin(reply)),
  );

  app.post(
    sectionPath(':slug', 'updates'),
    {
      schema: {
        tags: pageTags,
        summary: 'Write an update, a draft until sent (or, with `preview`, show it formatted) (editors, owners)',
        params: SlugParams,
        body: UpdateForm.body,
        response: { 200: Html, 303: Redirect, ...formPageErrors(400), ...errors(401, 403, 404) },
      },
      onRequest: kit.signedIn,
      preHandler: kit.guards,
      ...kit.onForm('update', show, (body) => ({ updateDraft: UpdateForm.typed(body) })),
    },
    async (req, reply) => {
      const { slug } = req.params;
      if (req.body.preview) {
        const draft = UpdateForm.typed(req.body);
        return show(req, reply, slug, { updateDraft: draft, preview: { ...draft, html: renderMarkdown(draft.body) } });
      }
      const update = await app.applyEffects(createUpdate(app.db, req.organizer!.id, slug, UpdateForm.parse(req.body)));
      return reply.code(303).redirect(`${afterChange(slug, 'updates', { done: 'saved' })}&edit=${update.id}#update-translations`);
    },
  );

  app.post(
    '/organize/letters/:slug/updates/:id/translations',
    {
      schema: {
        tags: pageTags,
        summary: "Add or replace a draft update's translation `{language, title, body}` (or, with `preview`, show it formatted) (editors, owners)",
        params: UpdateIdParams,
        body: TranslationForm.body,
        response: { 200: Html, 303: Redirect, ...formPageErrors(400, 404, 409), ...errors(401, 403) },
      },
      onRequest: kit.signedIn,
      preHandler: kit.guards,
      ...kit.onForm('updateTranslation', show, (body) => ({ translationDraft: TranslationForm.typed(body) })),
    },
    async (req, reply) => {
      const { slug, id } = req.params;
      if (req.body.preview) {
        const draft = TranslationForm.typed(req.body);
        return show(req, reply, slug, { translationDraft: draft, preview: { ...draft, html: renderMarkdown(draft.body) } });
      }
      await app.applyEffects(saveUpdateTranslation(app.db, req.organizer!.id, slug, id, TranslationForm.parse(req.body)));
      return reply.code(303).redirect(`${afterChange(slug, 'updates', { done: 'translationSaved' })}&edit=${id}#update-translations`);
    },
  );

  app.get(
    '/organize/letters/:slug/updates/:id/send',
    {
      schema: {
        tags: pageTags,
        summary: 'What sending an update will do (how many signers get it, in which language), and the button that sends it',
        params: UpdateIdParams,
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404, 409) },
      },
      ...kit.page,
    },
    async (req, reply) => {
      if (!req.organizer) return kit.toLogin(reply);
      const { slug, id } = req.params;
      const { letter, update } = await readUpdate(app.db, req.organizer.id, slug, id);
      if (update.sentAt) return reply.code(303).redirect(sectionPath(slug, 'updates'));
      const preview = await sendPreview(app.db, letter.id, update, app.clock.now());
      const languages = preview.byLanguage.map((l) => req.t('ws.updates.confirmLanguage', { language: ownName(l.language), count: l.count, original: l.original ? 'yes' : 'no' }));
      return confirmPage(kit.render, req, reply, slug, 'updates', {
        heading: req.t('ws.updates.confirmHeading', { title: update.title, count: preview.reached }),
        consequences: [
          req.t('ws.updates.confirmWho', { count: preview.reached, perMonth: UPDATES_PER_MONTH }),
          ...(languages.length ? [req.t('ws.updates.confirmLanguages', { languages: formatList(req.ui.code, languages) })] : []),
          ...(preview.paced ? [req.t('ws.updates.confirmPaced', { count: preview.paced, perMonth: UPDATES_PER_MONTH })] : []),
          req.t('ws.updates.confirmPublic'),
          req.t('ws.updates.confirmFinal'),
        ],
        action: `${sectionPath(slug, 'updates')}/${id}/send`,
        button: req.t('ws.updates.confirmButton', { count: preview.reached }),
        back: `${sectionPath(slug, 'updates')}?edit=${id}#update-translations`,
      });
    },
  );

  app.post(
    '/organize/letters/:slug/updates/:id/send',
    {
      schema: {
        tags: pageTags,
        summary: 'Send an update to the signers who asked for news, each in their language, and show it on the letter page (editors, owners)',
        params: UpdateIdParams,
        body: ButtonForm,
        response: { 303: Redirect, ...formPageErrors(400, 404, 409), ...errors(401, 403) },
      },
      onRequest: kit.signedIn,
      preHandler: kit.guards,
      ...kit.onForm('send', show),
    },
    async (req, reply) => {
      const { slug, id } = req.params;
      const { queued } = await app.applyEffects(sendUpdate(app.db, req.organizer!.id, slug, id, app.config.deliveryIntervalMs, app.clock.now()));
      req.auditCount = queued;
      return reply.code(303).redirect(afterChange(slug, 'updates', { done: 'updateSent', count: String(queued) }));
    },
  );
};

export default updatePages;
