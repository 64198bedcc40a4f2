import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsync } from 'fastify';
import Handlebars from 'handlebars';
import { Type } from 'typebox';
import { AppError } from '../errors.js';
import { encodeBody, sendEncoded } from '../http/encoded.js';
import { errors } from '../http/schemas.js';
import { LOCALES, localeOf } from '../i18n/locales.js';
import { text } from '../i18n/messages.js';
import { letterSnapshot, readerText } from '../letters/document.js';
import { LangQuery } from '../letters/pages.js';
import { contentTag } from '../letters/public-cache.js';
import { Slug } from '../letters/schemas.js';
import { readerLanguages, uiContext } from '../plugins/i18n.js';
import { excerptOf, markOf, sizeText, typeName } from './public-view.js';
import { documentUrl, replyUrl } from './routes.js';

const Html = Type.String({ description: 'text/html' });
// Any id: one that names no published reply of the letter is the site's 404, not a 400.
const ReplyPageParams = Type.Object({ slug: Slug, id: Type.String({ minLength: 1, maxLength: 100 }) });
const Query = Type.Object({ lang: Type.Optional(LangQuery) }, { additionalProperties: false });

const escapeHtml = (s: string) => Handlebars.escapeExpression(s);

/**
 * A published reply's own page: the letter it answers, who replied and when, how that is vouched
 * for, the whole text and its documents. One document for every reader of a language, rendered
 * once per change of the letter (publishing a reply renews it) and named by an ETag.
 */
const replyPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/letters/:slug/replies/:id',
    {
      schema: {
        tags: ['pages'],
        summary: "An addressee's published reply: its text, how it is verified, its documents",
        params: ReplyPageParams,
        querystring: Query,
        response: { 200: Html, ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const deps = { db: app.db, cache: app.publicCache, now: app.clock.now };
      const snap = await letterSnapshot(deps, req.params.slug);
      const found = snap.replies.find((r) => r.id === req.params.id);
      if (!found) throw new AppError(404, 'NOT_FOUND', 'No such reply');
      const reader = readerLanguages(req);
      const letterText = readerText(snap, reader);
      const ui = reader.ui;
      const slug = snap.view.slug;
      // Links keep the language asked for; without ?lang= they stay negotiated.
      const lang = reader.requested ? `?lang=${encodeURIComponent(ui)}` : '';
      const variant = `reply:${found.id}:${letterText.language}:${ui}:${lang}`;
      const { html, etag } = await app.publicCache.get(slug, variant, async () => {
        const mark = markOf(found);
        const page = await app.view('pages/reply', {
          ...uiContext(localeOf(ui)),
          title: text(ui, 'reply.title', { addressee: found.addressee, title: letterText.title }),
          description: excerptOf(found.text, 160).text,
          canonicalUrl: `${app.config.publicUrl}${replyUrl(slug, found.id)}`,
          switcher: LOCALES.map((l) => ({ code: l.code, name: l.name, dir: l.dir, current: l.code === ui })),
          reply: found,
          mark,
          letterHref: `/letters/${slug}${lang}`,
          // The letter's title in its own language and direction, inside a sentence of the interface's.
          letterTitle: new Handlebars.SafeString(`<bdi lang="${escapeHtml(letterText.language)}" dir="${letterText.dir}">${escapeHtml(letterText.title)}</bdi>`),
          verifyUrl: `/letters/${slug}/verify${lang}`,
          documents: found.documents.map((d) => ({ ...d, url: documentUrl(slug, found.id, d.position), type: typeName(d.contentType), size: sizeText(ui, d.size) })),
        });
        return { value: { html: await encodeBody(page), etag: `W/"reply-${contentTag(page)}"` } };
      });
      reply.header('ETag', etag);
      return sendEncoded(req, reply, html, 'text/html; charset=utf-8');
    },
  );
};

export default replyPages;
