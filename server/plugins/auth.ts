import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';
import { type Organizer, organizerForToken } from '../organizers/service.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by app.authenticate (required) or app.identify (optional). */
    organizer: Organizer | null;
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

/** Organizer authentication by API token (Authorization: Bearer TOKEN). */
export default fp(
  async (app) => {
    app.decorateRequest('organizer', null);

    async function identify(request: FastifyRequest, reply: FastifyReply) {
      const token = bearerToken(request);
      if (token === null) return;
      const organizer = await organizerForToken({ db: app.db, tokens: app.tokens }, token);
      if (!organizer) {
        reply.header('WWW-Authenticate', 'Bearer error="invalid_token"');
        throw unauthorized('The API token is unknown or revoked');
      }
      request.organizer = organizer;
    }

    app.decorate('identify', identify);
    app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
      await identify(request, reply);
      if (!request.organizer) {
        reply.header('WWW-Authenticate', 'Bearer');
        throw unauthorized('An organizer API token is required (Authorization: Bearer TOKEN)');
      }
    });
  },
  { name: 'auth', dependencies: ['db', 'config'] },
);
