import cors from '@fastify/cors';
import etag from '@fastify/etag';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sessionCookieName } from './auth.js';

/** The read-only public JSON other sites may fetch from a browser; never the organizers' routes. */
function isPublicJson(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') return false;
  const path = req.url.split('?')[0] ?? '';
  return /^\/api\/v1\/letters\/[a-z0-9-]+(\/(stats|signatures|versions|translations|ledger))?$/.test(path);
}

/** Adds request headers to the response's Vary, keeping those a route or plugin named before. */
function vary(reply: FastifyReply, ...names: string[]) {
  const before = String(reply.getHeader('vary') ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const all = [...before, ...names.filter((n) => !before.some((b) => b.toLowerCase() === n.toLowerCase()))];
  reply.header('Vary', all.join(', '));
}

/**
 * Caching and sharing for public reads: an ETag on every response (If-None-Match answers 304),
 * revalidation on every public GET so a changed list shows at once, nothing stored for anything
 * personal, and CORS (any origin, GET only) on the public JSON.
 */
export default fp(
  async (app) => {
    await app.register(etag);
    await app.register(cors, {
      delegator: (req, callback) => callback(null, isPublicJson(req) ? { origin: '*', methods: ['GET', 'HEAD'], maxAge: 86_400 } : { origin: false }),
    });
    const sessionCookie = new RegExp(`(?:^|;)\\s*${sessionCookieName(app.config.publicUrl)}=`);
    /**
     * Personal: anything an organizer sees or could see (a token or session cookie came with it,
     * whether or not the route looked at it; an organizer page), anything that sets a cookie,
     * any change, any error. Whatever the route said, no cache keeps it.
     */
    const isPersonal = (req: FastifyRequest, reply: FastifyReply) =>
      req.organizer !== null ||
      req.headers.authorization !== undefined ||
      sessionCookie.test(req.headers.cookie ?? '') ||
      /^\/organize(\/|$)/.test(req.routeOptions.url ?? '') ||
      reply.hasHeader('set-cookie') ||
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      reply.statusCode >= 400;
    app.addHook('onSend', async (req, reply, payload) => {
      if (isPersonal(req, reply)) {
        // A route's own no-store (pages behind mailed links) already says it all.
        if (!/\bno-store\b/.test(String(reply.getHeader('cache-control') ?? ''))) reply.header('Cache-Control', 'private, no-store');
        return payload;
      }
      if (!reply.hasHeader('cache-control')) reply.header('Cache-Control', 'public, max-age=0, must-revalidate');
      vary(reply, 'Accept-Language', 'Accept');
      return payload;
    });
  },
  { name: 'http-caching', dependencies: ['auth', 'config', 'security'] },
);
