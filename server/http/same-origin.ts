import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

/**
 * CSRF defence for HTML form posts: a browser names the page a form came from (Origin, or
 * Sec-Fetch-Site), and a post from another site is refused. Clients that send neither are not
 * browsers acting for someone else; they are let through like any API client.
 */
export function requireSameOrigin(publicUrl: string) {
  const allowed = new URL(publicUrl).origin;
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    const own = `${request.protocol}://${request.host}`;
    const ok = origin !== undefined ? origin === allowed || origin === own : site === undefined || site === 'same-origin' || site === 'none';
    if (!ok) throw new AppError(403, 'CROSS_SITE_FORM', 'This form was sent from another site and was refused');
  };
}
