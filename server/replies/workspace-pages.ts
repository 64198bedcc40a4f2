import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listRecipients } from '../delivery/service.js';
import { AppError, toErrorBody, validationReason } from '../errors.js';
import { ButtonForm, type FormError } from '../http/forms.js';
import { errors, formPageErrors } from '../http/schemas.js';
import { reachLetter } from '../letters/access.js';
import { SlugParams } from '../letters/schemas.js';
import { afterChange, confirmPage, NoteQuery, sectionPath, workspaceKit } from '../organizers/workspace.js';
import { documentUploads, documentUrl, filesOf } from './routes.js';
import { ReplyIdParams } from './schemas.js';
import { dismissReply, extensionOf, type InboxReplyView, MAX_ATTACHMENTS, MAX_REPLY_CHARS, publishReply, recordReply, repliesForOrganizers } from './service.js';

const Html = Type.String({ description: 'text/html' });
const Redirect = Type.Null({ description: 'see other' });
const pageTags = ['organizer pages'];

/** A reply longer than this (characters, or lines) is shown folded, its opening first. */
const FOLD_CHARS = 700;
const FOLD_LINES = 12;
const EXCERPT_CHARS = 280;

/**
 * The form that records a reply, as multipart/form-data: the addressee, the day, the text and
 * documents (`file`, repeated), the CSRF token and the honeypot. Each field is a string as a
 * browser sends it; the service checks them (a date, an addressee of this letter, PDFs or images).
 */
const RecordForm = Type.Object(
  {
    recipientId: Type.Optional(Type.String({ maxLength: 100 })),
    receivedOn: Type.Optional(Type.String({ maxLength: 40 })),
    // A browser sends a textarea's line breaks as CRLF: the service counts the text once they are one.
    text: Type.Optional(Type.String({ maxLength: 2 * MAX_REPLY_CHARS })),
    file: Type.Optional(Type.Unknown({ description: 'a document (PDF or image, at most 10 MB); repeated for more' })),
    _csrf: Type.Optional(Type.String({ maxLength: 400 })),
    homepage: Type.Optional(Type.String({ maxLength: 400 })),
  },
  { additionalProperties: false },
);

interface RecordTyped {
  recipientId: string;
  receivedOn: string;
  text: string;
}

/** What was typed into the record form, to show again beside its mistake (files cannot be). */
function recordTyped(body: unknown): RecordTyped {
  const sent = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return { recipientId: str(sent.recipientId), receivedOn: str(sent.receivedOn), text: str(sent.text) };
}

/** A reply's opening, cut at a word, for a long reply shown folded. */
function excerptOf(text: string): string {
  const cut = text.slice(0, EXCERPT_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The workspace's replies section: what the addressees answered. Replies that came by mail wait
 * for an editor or owner to publish them (beside the letter, on its ledger, in the next PDF) or
 * set them aside, each after a confirmation; a reply received otherwise (by post) is recorded by
 * a form, with its documents, and published at once. The forms post to the API's commands.
 */
const replyWorkspacePages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const kit = workspaceKit(app);
  const today = () => app.clock.now().toISOString().slice(0, 10);

  const viewOf = (slug: string, r: InboxReplyView) => {
    const long = r.text.length > FOLD_CHARS || r.text.split('\n').length > FOLD_LINES;
    const base = `${sectionPath(slug, 'replies')}/${r.id}`;
    return {
      ...r,
      long,
      chars: r.text.length,
      excerpt: long ? excerptOf(r.text) : '',
      documents: r.documents.map((d) => ({ ...d, url: documentUrl(slug, r.id, d.position), type: extensionOf(d.contentType).toUpperCase(), kb: Math.max(1, Math.round(d.size / 1024)) })),
      publishHref: `${base}/publish`,
      dismissHref: `${base}/dismiss`,
    };
  };

  const show = kit.section('replies', 'ws-replies', async (req: FastifyRequest, slug: string) => {
    const organizerId = req.organizer!.id;
    const [{ letter, items }, addressees] = await Promise.all([repliesForOrganizers(app.db, organizerId, slug), listRecipients(app.db, organizerId, slug)]);
    return {
      inboundDomain: app.config.inbound?.domain ?? null,
      waiting: items.filter((r) => r.status === 'queued').map((r) => viewOf(letter.slug, r)),
      published: items.filter((r) => r.status === 'published').map((r) => viewOf(letter.slug, r)),
      dismissed: items.filter((r) => r.status === 'dismissed').length,
      addressees: addressees.map((a) => ({ id: a.id, name: a.name, group: a.group })),
      today: today(),
      maxFiles: MAX_ATTACHMENTS,
      limits: { text: MAX_REPLY_CHARS },
    };
  });

  app.get(
    sectionPath(':slug', 'replies'),
    {
      schema: {
        tags: pageTags,
        summary: "The addressees' replies: those that came by mail and wait (with their DKIM verification), the form that records one received otherwise, those published",
        params: SlugParams,
        querystring: Type.Object(NoteQuery),
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
      },
      ...kit.page,
    },
    async (req, reply) => (req.organizer ? show(req, reply, req.params.slug) : kit.toLogin(reply)),
  );

  // The record form carries documents: multipart/form-data, in this scope only. Its CSRF token is
  // a field of that body, which multipart parses before validation: the guards (preHandler) read it there.
  await app.register(async (scope) => {
    await documentUploads(scope);
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      sectionPath(':slug', 'replies'),
      {
        schema: {
          tags: pageTags,
          summary: 'Record a reply received otherwise (by post, by hand), with its documents, and publish it (multipart/form-data) (editors, owners)',
          consumes: ['multipart/form-data', 'application/x-www-form-urlencoded'],
          params: SlugParams,
          body: RecordForm,
          response: { 200: Html, 303: Redirect, ...formPageErrors(400, 413, 415), ...errors(401, 403, 404) },
        },
        onRequest: kit.signedIn,
        preHandler: kit.guards,
        attachValidation: true,
        // The form's mistakes come back on its page with what was typed, a refused document too
        // (413, 415); anything else (not signed in, a forged post, an upload over multipart's limits) is the app's error page.
        errorHandler: async (error: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply) => {
          const { statusCode, code, message, field } = toErrorBody(error);
          const refusedFile = (statusCode === 413 || statusCode === 415) && error instanceof AppError && field === 'file';
          if (!((statusCode === 400 && (error as FastifyError).validationContext !== 'params') || refusedFile)) throw error;
          reply.code(statusCode);
          const reason = validationReason(error);
          const formError: FormError & { form: string } = { form: 'record', statusCode, code, message, field, ...(reason ? { reason } : {}) };
          return show(req, reply, (req.params as { slug: string }).slug, { formError, recordValues: recordTyped(req.body) });
        },
      },
      async (req, reply) => {
        const { slug } = req.params;
        const { recipientId, receivedOn, text } = recordTyped(req.body);
        await app.applyEffects(recordReply(app.db, req.organizer!.id, slug, { recipientId: recipientId.trim(), receivedOn: receivedOn.trim(), text, files: filesOf(req.body.file) }, app.clock.now()));
        return reply.code(303).redirect(afterChange(slug, 'replies', { done: 'replyRecorded' }));
      },
    );
  });

  /** A reply of the letter, for an editor or owner about to decide on it (403 for the others, as the post). */
  async function replyToDecide(req: FastifyRequest, slug: string, id: string) {
    await reachLetter(app.db, slug, { as: 'organizer', organizerId: req.organizer!.id, can: 'edit' });
    const { items } = await repliesForOrganizers(app.db, req.organizer!.id, slug);
    const found = items.find((r) => r.id === id);
    if (!found) throw new AppError(404, 'REPLY_NOT_FOUND', 'No such reply');
    return found;
  }

  const DECISIONS = {
    publish: {
      note: 'replyPublished',
      confirm: 'What publishing a reply that came by mail will do, and the button that does it',
      summary: 'Publish a reply that came by mail: beside the letter, on its ledger, in the next PDF (editors, owners)',
    },
    dismiss: {
      note: 'replyDismissed',
      confirm: 'What setting aside a reply that came by mail will do, and the button that does it',
      summary: 'Set aside a reply that came by mail: never shown (editors, owners)',
    },
  } as const;

  for (const [decision, { note, confirm, summary }] of Object.entries(DECISIONS) as Array<[keyof typeof DECISIONS, (typeof DECISIONS)[keyof typeof DECISIONS]]>) {
    app.get(
      `/organize/letters/:slug/replies/:id/${decision}`,
      {
        schema: { tags: pageTags, summary: confirm, params: ReplyIdParams, response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) } },
        ...kit.page,
      },
      async (req, reply) => {
        if (!req.organizer) return kit.toLogin(reply);
        const { slug, id } = req.params;
        const found = await replyToDecide(req, slug, id);
        // Already published or set aside: nothing to confirm.
        if (found.status !== 'queued') return reply.code(303).redirect(sectionPath(slug, 'replies'));
        const who = found.addressee;
        const verification = found.dkimVerifiedFor
          ? req.t('ws.replies.confirmVerified', { domain: found.dkimVerifiedFor })
          : req.t('ws.replies.confirmUnverified', { known: found.senderDomain ? 'yes' : 'no', domain: found.senderDomain ?? '' });
        return confirmPage(kit.render, req, reply, slug, 'replies', {
          heading: req.t(decision === 'publish' ? 'ws.replies.publishHeading' : 'ws.replies.dismissHeading', { who }),
          consequences:
            decision === 'publish'
              ? [verification, ...req.t('ws.replies.publishConsequences', { documents: found.documents.length }).split('\n')]
              : req.t('ws.replies.dismissConsequences', { who }).split('\n'),
          action: `${sectionPath(slug, 'replies')}/${id}/${decision}`,
          button: req.t(decision === 'publish' ? 'ws.replies.publishButton' : 'ws.replies.dismissButton'),
          danger: decision === 'dismiss',
          back: `${sectionPath(slug, 'replies')}#reply-${id}`,
        });
      },
    );

    app.post(
      `/organize/letters/:slug/replies/:id/${decision}`,
      {
        schema: { tags: pageTags, summary, params: ReplyIdParams, body: ButtonForm, response: { 303: Redirect, ...formPageErrors(400, 404, 409), ...errors(401, 403) } },
        onRequest: kit.signedIn,
        preHandler: kit.guards,
        ...kit.onForm('decide', show),
      },
      async (req, reply) => {
        const { slug, id } = req.params;
        const organizerId = req.organizer!.id;
        await (decision === 'publish' ? app.applyEffects(publishReply(app.db, organizerId, slug, id, app.clock.now())) : app.applyEffects(dismissReply(app.db, organizerId, slug, id)));
        return reply.code(303).redirect(afterChange(slug, 'replies', { done: note }));
      },
    );
  }
};

export default replyWorkspacePages;
