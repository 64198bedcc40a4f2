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

type LimitName = 'signPerIp' | 'signPerLetter' | 'tokenPerIp' | 'organizerPerIp';

export interface RateLimitOptions {
  /** Multiplies every budget (the benchmarks and most tests raise them). */
  scale?: number;
  /** Exact budgets per minute for some limits (the rate-limit tests). */
  max?: Partial<Record<LimitName, number>>;
}

/** Requests per minute: per network address, except signPerLetter (per letter, from everyone). */
export const BUDGETS: Record<LimitName, number> = {
  signPerIp: 30,
  signPerLetter: 30_000,
  tokenPerIp: 60,
  organizerPerIp: 600,
};

const ip = (req: FastifyRequest) => normalizeIP(req.ip, 64);
const slug = (req: FastifyRequest) => (req.params as { slug?: string }).slug ?? '-';

/**
 * Rate limits (@fastify/rate-limit), answered with 429 and Retry-After. With REDIS_URL every
 * instance draws on one shared budget; without it each process counts for itself.
 */
export default fp<RateLimitOptions>(
  async (app, { scale = 1, max = {} }) => {
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
    });
    // createRateLimit, not rateLimit: the plugin runs only one of its own hooks per request, and a
    // route here has two (per address and per letter).
    const limit = (name: LimitName, key: (req: FastifyRequest) => string): Limiter => {
      const check = app.createRateLimit({
        max: max[name] ?? Math.max(1, Math.round(BUDGETS[name] * scale)),
        timeWindow: '1 minute',
        keyGenerator: (req) => `${name}:${key(req)}`,
      });
      return async (req, reply) => {
        const result = await check(req);
        if (result.isAllowed || !result.isExceeded) return;
        reply.header('Retry-After', String(result.ttlInSeconds));
        throw new AppError(429, 'RATE_LIMITED', `Too many requests; try again in ${result.ttlInSeconds} seconds`);
      };
    };
    app.decorate('limits', {
      signPerIp: limit('signPerIp', ip),
      signPerLetter: limit('signPerLetter', slug),
      tokenPerIp: limit('tokenPerIp', ip),
      organizerPerIp: limit('organizerPerIp', ip),
    });
    if (redis) app.addHook('onClose', async () => void (await redis.quit().catch(() => undefined)));
  },
  { name: 'rate-limit', dependencies: ['config'] },
);
