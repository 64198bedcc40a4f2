import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../http/schemas.js';
import { TokenParams } from '../signatures/schemas.js';
import { UnsubscribeBody } from './schemas.js';
import { inspectUnsubscribe, unsubscribe } from './service.js';

const Html = Type.String({ description: 'text/html' });

// Behind a mailed link: never cached, and its address (which holds the token) never sent on as a Referer.
const privatePage = (reply: FastifyReply) => reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');

/**
 * The unsubscribe link of news mail (RFC 8058). Mail providers POST to it for their one-click
 * button, from their own servers, so the POST is not held to the same-origin and CSRF checks of
 * our forms: the token it carries is its authority, and ending news is all it can do. A GET
 * (which mail scanners follow) only shows the button.
 */
const unsubscribePages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  await app.register(formbody, { bodyLimit: 4 * 1024 });
  // RFC 8058 allows the one-click body as multipart/form-data too: nothing in it is needed.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 4 * 1024 }, (_req, _body, done) => done(null, {}));
  const deps = () => ({ db: app.db, tokens: app.tokens });

  app.get(
    '/unsubscribe/:token',
    {
      schema: { tags: ['pages'], summary: 'The page behind a news mail’s unsubscribe link: shows a button, changes nothing', params: TokenParams, response: { 200: Html, ...errors(400, 404, 429) } },
      preHandler: app.limits.tokenPerIp,
    },
    async (req, reply) => {
      privatePage(reply);
      const { letter, subscribed } = await inspectUnsubscribe(deps(), req.params.token);
      const lang = (req.query as { lang?: string } | undefined)?.lang ? `?lang=${encodeURIComponent(req.ui.code)}` : '';
      return reply.view('pages/unsubscribe', { title: req.t('unsubscribe.title'), letter, done: !subscribed, action: `/unsubscribe/${req.params.token}${lang}` });
    },
  );

  app.post(
    '/unsubscribe/:token',
    {
      schema: {
        tags: ['pages'],
        summary: 'Unsubscribe from the letter’s news: the one-click POST of mail providers (RFC 8058, body List-Unsubscribe=One-Click), or the page’s button',
        params: TokenParams,
        body: UnsubscribeBody,
        response: { 200: Html, ...errors(400, 404, 413, 415, 429) },
      },
      // A POST with no body at all is as good as one with the RFC's.
      preValidation: async (req) => {
        req.body ??= {};
      },
      preHandler: app.limits.tokenPerIp,
    },
    async (req, reply) => {
      privatePage(reply);
      const { letter } = await app.applyEffects(unsubscribe(deps(), req.params.token));
      return reply.view('pages/unsubscribe', { title: req.t('unsubscribe.title'), letter, done: true, action: null });
    },
  );
};

export default unsubscribePages;
