import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from 'helmet';
import fp from 'fastify-plugin';

/**
 * Headers and form protection for every page: a strict Content Security Policy (nothing from
 * another origin, no inline script or style, no framing but the embed), and CSRF tokens for every
 * form (the secret in a first-party, HttpOnly, SameSite=Strict cookie; the token in the form).
 */
export default fp(
  async (app) => {
    const https = app.config.publicUrl.startsWith('https:');
    // helmet's middleware, made once: @fastify/helmet builds it again on every request (its
    // CSP parsed each time), a cost a cached page's request felt. No route sets its own through
    // it; the few that need another policy (the widget, reply documents) set their header.
    const securityHeaders = helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      // Cross-origin isolation headers would stop other sites from embedding the counter's link.
      crossOriginEmbedderPolicy: false,
      hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'same-origin' },
    });
    app.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)));
    await app.register(cookie);
    await app.register(csrf, {
      cookieKey: https ? '__Host-csrf' : 'csrf',
      cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: https },
    });
  },
  { name: 'security', dependencies: ['config'] },
);
