import cors from '@fastify/cors';
import etag from '@fastify/etag';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** The read-only public JSON other sites may fetch from a browser; never the organizers' routes. */
function isPublicJson(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') return false;
  const path = req.url.split('?')[0] ?? '';
  return /^\/api\/v1\/letters\/[a-z0-9-]+(\/(stats|signatures|versions|translations|ledger))?$/.test(path);
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
      delegator: (req, callback) =>
        callback(null, isPublicJson(req) ? { origin: '*', methods: ['GET', 'HEAD'], maxAge: 86_400 } : { origin: false }),
    });
    app.addHook('onSend', async (req, reply, payload) => {
      if (reply.hasHeader('cache-control')) return payload;
      const personal = req.headers.authorization !== undefined || (req.method !== 'GET' && req.method !== 'HEAD');
      reply.header(
        'Cache-Control',
        personal || reply.statusCode >= 400 ? 'private, no-store' : 'public, max-age=0, must-revalidate',
      );
      if (!personal) reply.header('Vary', 'Accept-Language, Accept');
      return payload;
    });
  },
  { name: 'http-caching' },
);
