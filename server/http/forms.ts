import type { FastifyInstance, FastifyReply } from 'fastify';
import { type TObject, type TOptional, type TString, Type } from 'typebox';
import { requireSameOrigin } from './same-origin.js';

/** A field people never see (hidden by CSS, skipped by keyboard and screen readers); bots fill it. */
export const HONEYPOT = 'homepage';

/** The body of a plain HTML form: the given text fields, the CSRF token and the honeypot. */
export function formBody<K extends string>(fields: readonly K[]): TObject<Record<K | '_csrf' | typeof HONEYPOT, TOptional<TString>>> {
  const properties = Object.fromEntries(
    [...fields, '_csrf', HONEYPOT].map((f) => [f, Type.Optional(Type.String({ maxLength: 400 }))]),
  ) as Record<K | '_csrf' | typeof HONEYPOT, TOptional<TString>>;
  return Type.Object(properties, { additionalProperties: false });
}

/**
 * preHandlers for a form on a page that is private anyway (behind a mailed link or a session): it
 * must come from our own pages and carry the reader's CSRF token.
 */
export function formGuards(app: FastifyInstance) {
  return [requireSameOrigin(app.config.publicUrl), app.csrfProtection.bind(app)];
}

/**
 * preHandlers for a form on a public page (the sign form, the sign-in form). Such a page is one
 * document for every reader, cached by browsers and CDNs, so it holds no per-reader token: a
 * cached copy must still work after its reader's cookies are gone. The browser's own word on
 * where the post comes from (Origin, Sec-Fetch-Site) refuses other sites, and what such a form
 * asks for only takes effect through a link mailed to the address given.
 */
export function publicFormGuards(app: FastifyInstance) {
  return [requireSameOrigin(app.config.publicUrl)];
}

/** A private page with a form: a fresh CSRF token, and private to its reader because the token is theirs. */
export async function formPage(reply: FastifyReply): Promise<string> {
  if (!reply.hasHeader('cache-control')) reply.header('Cache-Control', 'private, no-cache');
  return reply.generateCsrf();
}
