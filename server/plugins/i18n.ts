import '@fastify/accepts';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type MessageKey, type MessageValues, text } from '../i18n/messages.js';
import { interfaceLocale, LOCALES, type Locale } from '../i18n/locales.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The interface language: ?lang=, then Accept-Language, then English (see i18n/locales.ts). */
    ui: Locale;
    /** A catalog message in the interface language, as plain text (page titles, subjects). */
    t: (key: MessageKey, values?: MessageValues) => string;
  }
}

/**
 * The reader's interface language on every request, and in every template rendered for it
 * (`ui`, `dir`). No cookie: a public page stays one document per language, told apart by its URL
 * or by Accept-Language (which http-caching names in Vary).
 */
export default fp(
  async (app) => {
    app.decorateRequest('ui', null as unknown as Locale);
    app.decorateRequest('t', null as unknown as FastifyRequest['t']);
    app.addHook('onRequest', async (req, reply) => {
      const lang = (req.query as { lang?: unknown } | undefined)?.lang;
      const ui = interfaceLocale(typeof lang === 'string' ? lang : undefined, req.languages());
      req.ui = ui;
      req.t = (key, values) => text(ui.code, key, values);
      const view = reply as typeof reply & { locals: Record<string, unknown> | null };
      view.locals = { ...view.locals, ...uiContext(req.ui) };
      reply.header('Content-Language', req.ui.code);
    });
  },
  { name: 'i18n', dependencies: ['views', '@fastify/accepts'] },
);

/** What every template needs of the interface language. */
export const uiContext = (locale: Locale) => ({ ui: locale.code, dir: locale.dir });

export { LOCALES };

/** The languages a request asks for, for letterDocument: ?lang=, Accept-Language, the interface's. */
export const readerLanguages = (req: FastifyRequest) => ({
  requested: (req.query as { lang?: string } | undefined)?.lang,
  accepted: req.languages(),
  ui: req.ui.code,
});
