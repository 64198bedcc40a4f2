import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../http/schemas.js';
import { letterDocument } from '../letters/document.js';
import { type SignFormState, signFormModel } from '../letters/letter-page.js';
import { LangQuery } from '../letters/pages.js';
import { SlugParams } from '../letters/schemas.js';
import { summaryIn } from '../letters/stats.js';
import { readerLanguages } from '../plugins/i18n.js';
import { PARTNER_CODE, widgetOriginsOf } from './service.js';

/** The widget's address: the language (framed pages get no first-party cookie) and the partner. */
export const WidgetQuery = Type.Object({
  lang: Type.Optional(LangQuery),
  partner: Type.Optional(Type.String({ pattern: PARTNER_CODE, description: "the partner site's code: signatures through its widget are counted for it" })),
});

/**
 * The sign widget as a whole small document: the count, the title (a link to the letter), and the
 * sign form, or its answer. Framed only by the sites the organizers listed (frame-ancestors),
 * besides the app itself; its form posts to the app, so its own same-origin check holds.
 */
export async function widgetPage(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, slug: string, state: { form?: SignFormState; done?: boolean }) {
  const doc = await letterDocument({ db: app.db, cache: app.publicCache, now: app.clock.now }, slug, readerLanguages(req));
  const query = req.query as { lang?: string; partner?: string };
  const params = new URLSearchParams({ ...(query.lang ? { lang: doc.ui } : {}), ...(query.partner ? { partner: query.partner } : {}) }).toString();
  const origins = await widgetOriginsOf(app.db, doc.letter.slug);
  reply
    .header('Content-Security-Policy', `default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors ${["'self'", ...origins].join(' ')}`)
    .header('Cache-Control', 'no-store')
    .removeHeader('x-frame-options');
  return reply.document('pages/widget', {
    title: doc.text.title,
    letter: doc.letter,
    text: doc.text,
    summary: summaryIn(doc.ui, doc.letter.stats),
    url: `${app.config.publicUrl}/letters/${doc.letter.slug}`,
    done: state.done ?? false,
    form: signFormModel(doc.letter, doc.ui, `/letters/${doc.letter.slug}/widget/sign${params ? `?${params}` : ''}`, state.form),
  });
}

const widgetPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/letters/:slug/widget',
    {
      schema: {
        tags: ['pages'],
        summary: 'The sign widget for partner sites (an iframe): the count and a complete sign form',
        params: SlugParams,
        querystring: WidgetQuery,
        response: { 200: Type.String({ description: 'text/html' }), ...errors(400, 404) },
      },
    },
    (req, reply) => widgetPage(app, req, reply, req.params.slug, {}),
  );
};

export default widgetPages;
