import { once } from 'node:events';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import LocalStore, { type Counted, type Store } from '@fastify/rate-limit/store/LocalStore.js';
import RedisStore from '@fastify/rate-limit/store/RedisStore.js';
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
    /** Where the limits are counted now: 'redis' (shared by every instance) or 'memory' (this process). */
    rateLimitStore(): 'redis' | 'memory';
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
 * Counts in Redis while its connection is ready and in this process otherwise, so that a Redis
 * that is down costs nothing and still limits: each instance then allows its own budget until
 * Redis returns. A command that fails or times out on a ready connection is counted locally too.
 */
class FailoverStore implements Store {
  constructor(
    private readonly redis: Redis,
    private readonly shared: Store,
    private readonly local: Store,
  ) {}

  static for(redis: Redis, nameSpace: string) {
    return class extends FailoverStore {
      constructor({ continueExceeding, exponentialBackoff }: { continueExceeding?: boolean; exponentialBackoff?: boolean }) {
        super(redis, new RedisStore(continueExceeding, exponentialBackoff, redis, nameSpace), new LocalStore(continueExceeding, exponentialBackoff));
      }
    };
  }

  incr(key: string, done: (error: Error | null, result?: Counted) => void, timeWindow: number, max: number) {
    if (this.redis.status !== 'ready') return this.local.incr(key, done, timeWindow, max);
    this.shared.incr(key, (err, result) => (err ? this.local.incr(key, done, timeWindow, max) : done(null, result)), timeWindow, max);
  }

  child(routeOptions: object): Store {
    return new FailoverStore(this.redis, this.shared.child(routeOptions), this.local.child(routeOptions));
  }
}

/**
 * Rate limits (@fastify/rate-limit), answered with 429 and Retry-After. With REDIS_URL every
 * instance draws on one shared budget; without it (or while Redis is down) each process counts
 * for itself.
 */
export default fp<RateLimitOptions>(
  async (app, { scale = 1, max = {} }) => {
    const redis = app.config.redisUrl
      ? new Redis(app.config.redisUrl, {
          connectTimeout: 2_000,
          // Never wait for a connection: while there is none, FailoverStore counts in memory.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 0,
          // A server that stops answering costs a request at most commandTimeout; after
          // socketTimeout without a reply the connection is dropped, and counting moves to memory
          // until Redis is ready again. Not lower: a process stalled for longer (a long GC pause,
          // a starved CPU) would drop a healthy connection.
          commandTimeout: 100,
          socketTimeout: 2_000,
        })
      : undefined;
    if (redis) {
      // One line when counting moves to memory and one when it comes back, not one per retry.
      let shared: boolean | undefined;
      let closing = false;
      redis.on('ready', () => {
        if (shared === false) app.log.info('rate limit store: redis is back; limits are shared again');
        shared = true;
      });
      redis.on('close', () => {
        if (shared !== false && !closing) app.log.warn('rate limit store: redis is unreachable; counting in this process until it returns');
        shared = false;
      });
      redis.on('error', (err) => app.log.debug({ err: err.message }, 'rate limit store: redis error'));
      app.addHook('onClose', async () => {
        closing = true;
        await redis.quit().catch(() => undefined);
      });
      // Shared from the first request when Redis is there; in memory from the start when it is not.
      await once(redis, 'ready', { signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
    }
    app.decorate('rateLimitStore', () => (redis?.status === 'ready' ? 'redis' : 'memory'));
    await app.register(rateLimit, {
      global: false,
      ...(redis ? { store: FailoverStore.for(redis, 'undersigned:rate:') } : {}),
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
  },
  { name: 'rate-limit', dependencies: ['config'] },
);
