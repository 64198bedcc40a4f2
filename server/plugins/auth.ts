import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';
import { requireSameOrigin } from '../http/same-origin.js';
import { type Organizer, organizerForToken } from '../organizers/service.js';
import { organizerForSession } from '../organizers/sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by app.authenticate (required) or app.identify (optional). */
    organizer: Organizer | null;
    /** The browser session the organizer came with, if not an API token. */
    sessionId: string | null;
  }
  interface FastifyInstance {
    /** onRequest hook: 401 unless the request carries a valid organizer API token. */
    authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void>;
    /** onRequest hook: reads a token if one is sent, and rejects only a malformed or wrong one. */
    identify(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+([A-Za-z0-9_-]{16,128})\s*$/i.exec(header);
  if (!match?.[1]) throw unauthorized('The Authorization header must be "Bearer TOKEN"');
  return match[1];
}

function unauthorized(message: string) {
  return new AppError(401, 'UNAUTHORIZED', message);
}

/** The session cookie's name: host-locked (__Host-) whenever the site is served over https. */
export const sessionCookieName = (publicUrl: string) => (publicUrl.startsWith('https:') ? '__Host-session' : 'session');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Organizer authentication: an API token (Authorization: Bearer TOKEN), or in a browser the
 * session cookie that a sign-in link opened.
 */
export default fp(
  async (app) => {
    app.decorateRequest('organizer', null);
    app.decorateRequest('sessionId', null);
    const cookieName = sessionCookieName(app.config.publicUrl);
    const sameOrigin = requireSameOrigin(app.config.publicUrl);
    const deps = () => ({ db: app.db, tokens: app.tokens, now: app.clock.now });

    /** `strict`: a session cookie that no longer works is an error (on public reads it is ignored). */
    async function identifyWith(request: FastifyRequest, reply: FastifyReply, strict: boolean) {
      const token = bearerToken(request);
      if (token !== null) {
        const organizer = await organizerForToken(deps(), token);
        if (!organizer) {
          reply.header('WWW-Authenticate', 'Bearer error="invalid_token"');
          throw unauthorized('The API token is unknown or revoked');
        }
        request.organizer = organizer;
        return;
      }
      const cookie = request.cookies?.[cookieName];
      if (!cookie) return;
      const session = await organizerForSession(deps(), cookie);
      if (!session) {
        if (strict) throw unauthorized('Your session has ended or is not valid; sign in again');
        return;
      }
      // A cookie rides along with any request the browser makes: changes must come from our own pages.
      if (!SAFE_METHODS.has(request.method)) await sameOrigin(request, reply);
      request.organizer = { id: session.id, email: session.email, name: session.name };
      request.sessionId = session.sessionId;
    }

    // The answer depends on who asks: a cache that keeps the anonymous one must key it on these.
    const identify = (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('Vary', 'Authorization, Cookie');
      return identifyWith(request, reply, false);
    };
    app.decorate('identify', identify);
    app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
      await identifyWith(request, reply, true);
      if (!request.organizer) {
        reply.header('WWW-Authenticate', 'Bearer');
        throw unauthorized('Sign in, or send an organizer API token (Authorization: Bearer TOKEN)');
      }
    });
  },
  { name: 'auth', dependencies: ['db', 'config', 'clock'] },
);
