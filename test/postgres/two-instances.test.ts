import { randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, useTestApp } from '../helpers/app.js';
import { organizerWithLetter } from '../helpers/flows.js';
import { SHARED_REDIS_URL, sharedRedisMissing } from '../helpers/services.js';
import { individual } from '../helpers/signers.js';
import { tokenFrom } from '../helpers/smtp.js';
import { settleOutbox } from '../helpers/outbox.js';

const ip = () => `100.${randomInt(128, 192)}.${randomInt(256)}.${randomInt(1, 255)}`;

/**
 * Two instances of the app on one PostgreSQL and one Redis, a client alternating between them:
 * each message is sent once, counts are exact on both, and rate limits are one shared budget.
 */
const redisMissing = await sharedRedisMissing();

describe.skipIf(redisMissing)(`two instances${redisMissing ? ` (skipped: ${redisMissing})` : ''}`, () => {
  const ctx = useTestApp({
    smtp: true,
    env: { TRUST_PROXY: 'true', REDIS_URL: SHARED_REDIS_URL },
    rateLimits: { scale: 1000, max: { signPerIp: 6 } },
  });
  let second: FastifyInstance;
  beforeAll(async () => {
    second = await buildTestApp(ctx);
  });
  afterAll(async () => {
    await second?.close();
  });

  it('send each message once, count exactly, and share one rate-limit budget', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const instances = [supertest(ctx.app.server), supertest(second.server)];
    const at = (i: number) => instances[i % 2]!;
    // Sixty different people: one name sixty times would be held as look-alikes of the first listed.
    const signers = Array.from({ length: 60 }, (_, i) => individual({ name: `Signer Number ${i + 1}` }));

    await Promise.all(signers.map((s, i) => at(i).post(`/api/v1/letters/${slug}/signatures`).set('X-Forwarded-For', ip()).send(s).expect(202)));
    const mails = await Promise.all(signers.map((s) => ctx.smtp.waitFor(s.email)));
    // Confirm through the other instance than the one that took the signature.
    await Promise.all(
      mails.map(([mail], i) =>
        at(i + 1)
          .post('/api/v1/signatures/confirm')
          .send({ token: tokenFrom(mail!, 'confirm') })
          .expect(200),
      ),
    );

    for (const http of instances) {
      const stats = await http.get(`/api/v1/letters/${slug}/stats`).expect(200);
      expect(stats.body.total).toBe(60);
      expect((await http.get(`/api/v1/letters/${slug}`).expect(200)).body.stats.total).toBe(60);
    }
    await settleOutbox(ctx.app, second);
    for (const s of signers) expect(ctx.smtp.to(s.email)).toHaveLength(1);

    // One address, alternating instances: 6 allowed in all, not 6 each.
    const shared = ip();
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await at(i).post(`/api/v1/letters/${slug}/signatures`).set('X-Forwarded-For', shared).send(individual())).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 202, 429, 429]);
  });
});
