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

/** preHandlers for a form post: it must come from our own pages and carry a valid CSRF token. */
export function formGuards(app: FastifyInstance) {
  return [requireSameOrigin(app.config.publicUrl), app.csrfProtection.bind(app)];
}

/** A page with a form: a fresh CSRF token, and private to its reader because the token is theirs. */
export async function formPage(reply: FastifyReply): Promise<string> {
  if (!reply.hasHeader('cache-control')) reply.header('Cache-Control', 'private, no-cache');
  return reply.generateCsrf();
}
