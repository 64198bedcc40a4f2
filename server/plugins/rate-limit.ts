import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { AppError } from '../errors.js';

type Limiter = preHandlerAsyncHookHandler;

declare module 'fastify' {
  interface FastifyInstance {
    limits: {
      /** One network address signing (any letter): generous enough for a shared office or campus. */
      signPerIp: Limiter;
      /** One letter's whole intake: a ceiling far above a real spike, below a flood that would harm the service. */
      signPerLetter: Limiter;
      /** Pages and posts behind mailed links. */
      tokenPerIp: Limiter;
      /** The organizers' API, counted per address before authentication. */
      organizerPerIp: Limiter;
    };
  }
}

export interface RateLimitOptions {
  /** Multiplies every budget (the benchmarks raise them; tests lower them). */
  scale?: number;
}

const ip = (req: FastifyRequest) => normalizeIP(req.ip, 64);
const slug = (req: FastifyRequest) => (req.params as { slug?: string }).slug ?? '-';

/**
 * Rate limits (@fastify/rate-limit), answered with 429 and Retry-After. With REDIS_URL every
 * instance draws on one shared budget; without it each process counts for itself.
 */
export default fp<RateLimitOptions>(
  async (app, { scale = 1 }) => {
    const redis = app.config.redisUrl
      ? new Redis(app.config.redisUrl, { connectTimeout: 2_000, maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false })
      : undefined;
    redis?.on('error', (err) => app.log.warn({ err: err.message }, 'rate limit store: redis error'));
    await app.register(rateLimit, {
      global: false,
      redis,
      nameSpace: 'undersigned:rate:',
      // A store that is down must not take signing down with it.
      skipOnError: true,
      errorResponseBuilder: (_req, context) =>
        new AppError(429, 'RATE_LIMITED', `Too many requests; try again in ${context.after}`),
    });
    const limit = (max: number, timeWindow: string, keyGenerator: (req: FastifyRequest) => string, groupId: string) =>
      app.rateLimit({ max: Math.max(1, Math.round(max * scale)), timeWindow, keyGenerator, groupId }) as Limiter;
    app.decorate('limits', {
      signPerIp: limit(30, '1 minute', (req) => `sign:${ip(req)}`, 'sign-ip'),
      signPerLetter: limit(30_000, '1 minute', (req) => `letter:${slug(req)}`, 'sign-letter'),
      tokenPerIp: limit(60, '1 minute', (req) => `token:${ip(req)}`, 'token-ip'),
      organizerPerIp: limit(600, '1 minute', (req) => `organizer:${ip(req)}`, 'organizer-ip'),
    });
    if (redis) app.addHook('onClose', async () => void (await redis.quit().catch(() => undefined)));
  },
  { name: 'rate-limit', dependencies: ['config'] },
);
