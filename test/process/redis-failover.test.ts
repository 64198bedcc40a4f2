import { randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { createLetter, publishLetter } from '../../server/letters/service.js';
import { systemClock } from '../../server/clock.js';
import { addOrganizer } from '../../server/organizers/service.js';
import { openTestDatabase, testConfig, uniq } from '../helpers/app.js';
import { waitFor } from '../helpers/process.js';
import { OwnRedis, ownServersMissing } from '../helpers/services.js';
import { individual } from '../helpers/signers.js';

/**
 * The rate-limit store with REDIS_URL, when Redis dies (a redis-server of this test's own is
 * killed) and comes back: limits go on in memory at once, without waiting on Redis, and are
 * shared through Redis again when it returns.
 */

const missing = ownServersMissing({ redis: true });
const BUDGET = 3;
let redis: OwnRedis;
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let app: FastifyInstance;
let slug: string;

beforeAll(async () => {
  if (missing) return;
  redis = await OwnRedis.start();
  const config = testConfig({ TRUST_PROXY: 'true', REDIS_URL: redis.url });
  database = await openTestDatabase(config);
  app = await buildApp(config, {
    database,
    logger: false,
    outbox: { autostart: false },
    maintenance: { intervalMs: 0 },
    rateLimits: { scale: 1000, max: { signPerIp: BUDGET } },
  });
  await app.ready();
  const { organizer } = await addOrganizer({ db: database.db, tokens: app.tokens }, { email: `${uniq('o')}@example.org` });
  const letter = await createLetter({ db: database.db, now: systemClock.now }, organizer.id, { title: 'Failover', body: 'Text.', addressee: 'Someone', moderatedKinds: [] });
  await publishLetter({ db: database.db, now: systemClock.now }, organizer.id, letter.slug);
  slug = letter.slug;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  await redis?.stop();
});

const someIp = () => `100.${randomInt(192, 255)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** BUDGET + 1 signatures from one address: their statuses, and the slowest answer in ms. */
async function spendBudget(ip = someIp()) {
  const statuses: number[] = [];
  let slowest = 0;
  for (let i = 0; i <= BUDGET; i++) {
    const started = performance.now();
    const res = await supertest(app.server).post(`/api/v1/letters/${slug}/signatures`).set('X-Forwarded-For', ip).send(individual());
    slowest = Math.max(slowest, performance.now() - started);
    statuses.push(res.status);
  }
  return { ip, statuses, slowest };
}

const limited = [...Array(BUDGET).fill(202), 429];

describe.skipIf(missing)(`the rate-limit store when Redis dies${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('keeps limiting in memory at once, and shares the budget through Redis again when it returns', async () => {
    const inspect = new Redis(redis.url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    const keysFor = async (ip: string) => {
      await inspect.connect();
      try {
        return (await inspect.keys('undersigned:rate:*')).filter((k) => k.includes(ip));
      } finally {
        inspect.disconnect();
      }
    };

    const shared = await spendBudget();
    expect(shared.statuses).toEqual(limited);
    expect(await keysFor(shared.ip)).not.toEqual([]);
    expect((await supertest(app.server).get('/health')).body).toEqual({ status: 'ok' });

    await redis.kill();
    const alone = await spendBudget();
    // Past the budget is still 429: a dead store is no reason to stop limiting.
    expect(alone.statuses).toEqual(limited);
    // And costs no wait on a store that is not there (it cost seconds a request).
    expect(alone.slowest).toBeLessThan(1_000);
    const degraded = await supertest(app.server).get('/health').expect(200);
    expect(degraded.body).toEqual({ status: 'degraded', database: 'ok', rateLimitStore: 'memory' });

    await redis.restart();
    await waitFor(() => (app.rateLimitStore() === 'redis' ? true : undefined));
    const again = await spendBudget();
    expect(again.statuses).toEqual(limited);
    expect(await keysFor(again.ip)).not.toEqual([]);
    expect((await supertest(app.server).get('/health')).body).toEqual({ status: 'ok' });
  });

  it('a Redis that hangs costs a request at most a fraction of a second, and limits still hold', async () => {
    redis.pause();
    try {
      const hung = await spendBudget();
      expect(hung.statuses).toEqual(limited);
      // Two limits a request, each waiting at most the command timeout (100 ms).
      expect(hung.slowest).toBeLessThan(1_000);
      // The silent connection is dropped; from then on nothing waits on it at all.
      await waitFor(() => (app.rateLimitStore() === 'memory' ? true : undefined), 10_000);
      const dropped = await spendBudget();
      expect(dropped.statuses).toEqual(limited);
      expect(dropped.slowest).toBeLessThan(500);
    } finally {
      redis.resume();
    }
    await waitFor(() => (app.rateLimitStore() === 'redis' ? true : undefined), 15_000);
  });
});
