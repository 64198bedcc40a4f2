import { randomInt } from 'node:crypto';
import { Agent } from 'node:http';
import { and, eq } from 'drizzle-orm';
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { letters, signatures, signatureTokens } from '../server/db/schema.js';
import { openSubmission, sealSubmission } from '../server/signatures/service.js';
import { newOrganizer, submitForm, testConfig, uniq, useTestApp } from './helpers/app.js';
import { organizerView, organizerWithLetter, publicNames } from './helpers/flows.js';
import { SHARED_REDIS_URL, sharedRedisMissing } from './helpers/services.js';
import { individual, legislator } from './helpers/signers.js';
import { settleOutbox } from './helpers/outbox.js';
import { forwardingProxy } from './helpers/proxy.js';
import { tokenFrom } from './helpers/smtp.js';

// Behind a trusted proxy, so tests can speak from many network addresses (X-Forwarded-For).
const ctx = useTestApp({ smtp: true, env: { TRUST_PROXY: 'true' }, rateLimits: { scale: 1000, max: { signPerIp: 3, signPerLetter: 8 } } });

const redisMissing = await sharedRedisMissing();

/** An address no other test (or test run within the minute) uses. */
const someIp = () => `100.${randomInt(64, 128)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function rowsOf(slug: string) {
  return ctx.database.db
    .select({ s: signatures })
    .from(signatures)
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .where(eq(letters.slug, slug))
    .then((r) => r.map((x) => x.s));
}

const sign = (slug: string, body: object, ip = someIp()) => ctx.http.post(`/api/v1/letters/${slug}/signatures`).set('X-Forwarded-For', ip).send(body);

describe('rate limits', () => {
  it('per address: 429 with Retry-After in the error shape once the budget is spent; another address goes on', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const ip = someIp();
    for (let i = 0; i < 3; i++) await sign(slug, individual(), ip).expect(202);
    const limited = await sign(slug, individual(), ip).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED' });
    expect(limited.body.message).toMatch(/try again in/);
    await sign(slug, individual()).expect(202);
    expect(await rowsOf(slug)).toHaveLength(4);
  });

  it('per letter: a ceiling for the whole letter, whatever the addresses', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const statuses = [];
    for (let i = 0; i < 9; i++) statuses.push((await sign(slug, individual())).status);
    expect(statuses, JSON.stringify(statuses)).toEqual([202, 202, 202, 202, 202, 202, 202, 202, 429]);
    // Another letter has its own budget.
    const other = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await sign(other.slug, individual()).expect(202);
  });

  it('with the default budgets, 90 people signing one letter within a minute from 90 addresses all succeed', async () => {
    const app = await buildApp(testConfig({ TRUST_PROXY: 'true' }), { database: ctx.database, logger: false, outbox: { autostart: false }, maintenance: { intervalMs: 0 } });
    await app.ready();
    try {
      const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
      const results = await Promise.all(Array.from({ length: 90 }, () => supertest(app.server).post(`/api/v1/letters/${slug}/signatures`).set('X-Forwarded-For', someIp()).send(individual())));
      expect(results.map((r) => r.status)).toEqual(Array(90).fill(202));
    } finally {
      await app.close();
    }
  });

  it.skipIf(redisMissing)(`two instances with REDIS_URL share one budget${redisMissing ? ` (skipped: ${redisMissing})` : ''}`, async () => {
    const config = testConfig({ TRUST_PROXY: 'true', REDIS_URL: SHARED_REDIS_URL });
    const options = { database: ctx.database, logger: false, outbox: { autostart: false }, maintenance: { intervalMs: 0 }, rateLimits: { max: { signPerIp: 4 } } };
    const [a, b] = [await buildApp(config, options), await buildApp(config, options)];
    await Promise.all([a.ready(), b.ready()]);
    try {
      const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
      const ip = someIp();
      const statuses = [];
      for (let i = 0; i < 6; i++) {
        const app = i % 2 ? b : a;
        statuses.push((await supertest(app.server).post(`/api/v1/letters/${slug}/signatures`).set('X-Forwarded-For', ip).send(individual())).status);
      }
      // Alone, each instance would have allowed 4; together they allowed 4.
      expect(statuses).toEqual([202, 202, 202, 202, 429, 429]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('anti-bot measures that do not hurt people', () => {
  it('the honeypot: a bot is shown the usual page, nothing is written, nothing is mailed', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const bot = individual();
    const res = await submitForm(ctx, `/letters/${slug}`, `/letters/${slug}/sign`, { ...bot, homepage: 'http://spam.example' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Check your email');
    expect(await rowsOf(slug)).toEqual([]);
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(bot.email)).toHaveLength(0);
  });

  it('a flood from one address is kept as fraudulent, silently; verified signers are exempt', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    // Through an app without the per-address rate limit, to reach the daily threshold.
    const app = await buildApp(testConfig({ TRUST_PROXY: 'true' }), {
      database: ctx.database,
      logger: false,
      outbox: { autostart: false },
      maintenance: { intervalMs: 0 },
      rateLimits: { scale: 100 },
    });
    await app.ready();
    try {
      const ip = someIp();
      const post = (body: object) => supertest(app.server).post(`/api/v1/letters/${slug}/signatures`).set('X-Forwarded-For', ip).send(body);
      for (let i = 0; i < 25; i++) await post(individual()).expect(202);
      const flood = individual({ name: 'Flood Bot' });
      const answer = await post(flood).expect(202);
      expect(answer.body).toEqual({ status: 'pending_confirmation' });
      const mp = legislator({ email: `${uniq('mp')}@parliament.uk`, parliament: 'House of Commons' });
      await post(mp).expect(202);
      const all = await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).query({ limit: 100 }).set(auth).expect(200);
      const byEmail = Object.fromEntries(all.body.items.map((i: { email: string; status: string }) => [i.email, i.status]));
      expect(byEmail[flood.email]).toBe('fraudulent');
      expect(byEmail[mp.email]).toBe('pending');
      expect(Object.values(byEmail).filter((s) => s === 'pending')).toHaveLength(26);
      // All 27 share one address fingerprint, which organizers can see and act on.
      expect(new Set(all.body.items.map((i: { ipHash: string }) => i.ipHash)).size).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('bodies over 16 KB and other content types are refused before anything is read', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const big = await sign(slug, { ...individual(), name: 'x'.repeat(20_000) }).expect(413);
    expect(big.body.statusCode).toBe(413);
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).set('Content-Type', 'text/plain').send('kind=individual').expect(400);
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).set('Content-Type', 'application/x-www-form-urlencoded').send('kind=individual&name=X').expect(415);
    expect(await rowsOf(slug)).toEqual([]);
  });
});

describe('network fingerprints', () => {
  it("are keyed per letter: one address signing two letters links nothing, and one letter's hash finds nothing on another", async () => {
    const a = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const b = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const ip = someIp();
    const [onA, onB] = [individual(), individual()];
    await sign(a.slug, onA, ip).expect(202);
    await sign(b.slug, onB, ip).expect(202);
    const hashA = (await organizerView(ctx, a.slug, a.auth, onA.email)).ipHash as string;
    const hashB = (await organizerView(ctx, b.slug, b.auth, onB.email)).ipHash as string;
    expect(hashA).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(hashB).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(hashA).not.toBe(hashB);

    // B's organizer, holding a hash seen on letter A, learns nothing about B's signers from it.
    const probe = await ctx.http.get(`/api/v1/letters/${b.slug}/signatures/all`).query({ ipHash: hashA }).set(b.auth).expect(200);
    expect(probe.body.items).toEqual([]);
    const preview = await ctx.http.post(`/api/v1/letters/${b.slug}/signatures/invalidate`).set(b.auth).send({ ipHash: hashA }).expect(200);
    expect(preview.body).toEqual({ matched: 0, invalidated: 0 });
    // Within a letter the hash still groups its signers by address.
    const own = await ctx.http.get(`/api/v1/letters/${b.slug}/signatures/all`).query({ ipHash: hashB }).set(b.auth).expect(200);
    expect(own.body.items.map((i: { email: string }) => i.email)).toEqual([onB.email]);
  });

  it('a confirm link mailed before fingerprints were keyed per letter confirms, and brings back no old-keyed hash', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const signer = individual();
    await sign(slug, signer).expect(202);
    const [mail] = await ctx.smtp.waitFor(signer.email);
    // What such a link holds: its submission, sealed without the mark, with a hash under the one global key.
    const [row] = await rowsOf(slug);
    const [link] = await ctx.database.db
      .select()
      .from(signatureTokens)
      .where(and(eq(signatureTokens.signatureId, row!.id), eq(signatureTokens.purpose, 'confirm')));
    const { ipHashScope: _, ...old } = openSubmission(ctx.app.sealer, link!.details!);
    await ctx.database.db
      .update(signatureTokens)
      .set({ details: sealSubmission(ctx.app.sealer, { ...old, ipHash: 'OldGlobalHash123' }) })
      .where(eq(signatureTokens.tokenHash, link!.tokenHash));
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(mail!, 'confirm') })
      .expect(200);
    expect(await organizerView(ctx, slug, auth, signer.email)).toMatchObject({ status: 'confirmed', ipHash: null });
  });

  it.each([
    ['1', 'one hop'],
    ['127.0.0.2/32', "the proxy's address"],
  ])('behind a proxy (TRUST_PROXY=%s, %s), a client forging X-Forwarded-For is still one address and its flood is marked', async (trustProxy) => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const app = await buildApp(testConfig({ TRUST_PROXY: trustProxy }), {
      database: ctx.database,
      logger: false,
      outbox: { autostart: false },
      maintenance: { intervalMs: 0 },
      rateLimits: { scale: 100 },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const proxy = await forwardingProxy(`http://127.0.0.1:${(app.server.address() as { port: number }).port}`);
    // Two real clients: one floods (from 127.0.0.1), one signs twice (from 127.0.0.3); both forge hops.
    const other = new Agent({ localAddress: '127.0.0.3' });
    const post = (agent?: Agent) => {
      const req = supertest(proxy.url).post(`/api/v1/letters/${slug}/signatures`);
      if (agent) req.agent(agent);
      return req.set('X-Forwarded-For', `${someIp()}, ${someIp()}, ${someIp()}`);
    };
    try {
      const flood = Array.from({ length: 35 }, () => individual());
      for (const signer of flood) await post().send(signer).expect(202);
      const neighbours = [individual(), individual()];
      for (const signer of neighbours) await post(other).send(signer).expect(202);

      const all = await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).query({ limit: 100 }).set(auth).expect(200);
      type Item = { email: string; ipHash: string; status: string };
      const of = (signers: { email: string }[]) => all.body.items.filter((i: Item) => signers.some((s) => s.email === i.email)) as Item[];
      expect(new Set(of(flood).map((i) => i.ipHash)).size).toBe(1);
      expect(of(flood).filter((i) => i.status === 'fraudulent')).toHaveLength(35 - 25);
      expect(new Set(of(neighbours).map((i) => i.ipHash)).size).toBe(1);
      expect(of(neighbours)[0]!.ipHash).not.toBe(of(flood)[0]!.ipHash);
      expect(of(neighbours).map((i) => i.status)).toEqual(['pending', 'pending']);
    } finally {
      other.destroy();
      await proxy.close();
      await app.close();
    }
  });
});

describe('organizers invalidate floods in bulk, after a preview', () => {
  it('by mail domain, address fingerprint or time window; fraudulent signatures leave every public view', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const spamDomain = `${uniq('spam')}.example`;
    const botIp = someIp();
    const start = new Date().toISOString();
    await sign(slug, individual({ name: 'Spam One', email: `a@${spamDomain}` })).expect(202);
    await sign(slug, individual({ name: 'Spam Two', email: `b@${spamDomain}` })).expect(202);
    await sign(slug, individual({ name: 'Bot Three' }), botIp).expect(202);
    await sign(slug, individual({ name: 'Real Person' })).expect(202);
    await ctx.database.db
      .update(signatures)
      .set({ status: 'confirmed', confirmedAt: new Date(), publishedAt: new Date(), namedAt: new Date() })
      .where(eq(signatures.letterId, (await rowsOf(slug))[0]!.letterId));
    await ctx.app.letterChanged(slug);
    expect(await publicNames(ctx, slug)).toHaveLength(4);

    const preview = await ctx.http.post(`/api/v1/letters/${slug}/signatures/invalidate`).set(auth).send({ emailDomain: spamDomain }).expect(200);
    expect(preview.body).toEqual({ matched: 2, invalidated: 0 });
    expect(await publicNames(ctx, slug)).toHaveLength(4);
    const applied = await ctx.http
      .post(`/api/v1/letters/${slug}/signatures/invalidate`)
      .set(auth)
      .send({ emailDomain: `@${spamDomain}`, apply: true })
      .expect(200);
    expect(applied.body).toEqual({ matched: 2, invalidated: 2 });

    const all = await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(auth).expect(200);
    const bot = all.body.items.find((i: { name: string }) => i.name === 'Bot Three');
    const byIp = await ctx.http.post(`/api/v1/letters/${slug}/signatures/invalidate`).set(auth).send({ ipHash: bot.ipHash, apply: true }).expect(200);
    expect(byIp.body).toEqual({ matched: 1, invalidated: 1 });
    expect(await publicNames(ctx, slug)).toEqual(['Real Person']);
    expect((await ctx.http.get(`/api/v1/letters/${slug}/stats`)).body.total).toBe(1);

    const window = await ctx.http
      .post(`/api/v1/letters/${slug}/signatures/invalidate`)
      .set(auth)
      .send({ from: start, to: new Date(Date.now() + 60_000).toISOString() })
      .expect(200);
    expect(window.body).toEqual({ matched: 1, invalidated: 0 });
  });

  it("needs a criterion, and only the letter's organizers may do it", async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const none = await ctx.http.post(`/api/v1/letters/${slug}/signatures/invalidate`).set(auth).send({ apply: true }).expect(400);
    expect(none.body.field).toBe('emailDomain');
    const other = await newOrganizer(ctx);
    await ctx.http.post(`/api/v1/letters/${slug}/signatures/invalidate`).set(other.auth).send({ emailDomain: 'x.example' }).expect(403);
    await ctx.http.post(`/api/v1/letters/${slug}/signatures/invalidate`).send({ emailDomain: 'x.example' }).expect(401);
  });
});

describe('pages', () => {
  it('carry a strict Content Security Policy and no inline script or style', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const page = await ctx.http.get(`/letters/${slug}`).expect(200);
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.text).not.toMatch(/<script/i);
    expect(page.text).not.toMatch(/\sstyle="/i);
    expect(page.text).not.toMatch(/\son[a-z]+="/i);
    // The public page sets no cookie; a private page's CSRF cookie is first-party, HttpOnly and SameSite=Strict.
    expect(page.headers['set-cookie']).toBeUndefined();
    const signer = individual();
    await sign(slug, signer).expect(202);
    const [mail] = await ctx.smtp.waitFor(signer.email);
    const confirmPage = await ctx.http.get(`/confirm/${/\/confirm\/([\w-]+)/.exec(mail!.text)![1]!}`).expect(200);
    expect(String(confirmPage.headers['set-cookie'])).toMatch(/csrf=.*HttpOnly.*SameSite=Strict/i);
  });
});

describe('a signer sees what is stored about them, and erases it', () => {
  it('through the withdrawal link, by API and on the page', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const signer = individual({ name: 'Careful Signer' });
    await sign(slug, signer).expect(202);
    const [mail] = await ctx.smtp.waitFor(signer.email);
    const confirmToken = /\/confirm\/([\w-]+)/.exec(mail!.text)![1]!;
    const token = /\/withdraw\/([\w-]+)/.exec(mail!.text)![1]!;
    await ctx.http.post('/api/v1/signatures/confirm').send({ token: confirmToken }).expect(200);

    const data = await ctx.http.post('/api/v1/signatures/data').send({ token }).expect(200);
    expect(data.body).toMatchObject({ letter: slug, name: 'Careful Signer', email: signer.email, status: 'confirmed', networkFingerprint: true });
    const page = await ctx.http.get(`/withdraw/${token}`).expect(200);
    expect(page.text).toContain('What we store about you');
    expect(page.text).toContain(signer.email);

    const erased = await submitForm(ctx, `/withdraw/${token}`, `/erase/${token}`, {});
    expect(erased.status).toBe(200);
    expect(erased.text).toContain('Erased');
    expect(await rowsOf(slug)).toEqual([]);
    expect((await ctx.http.get(`/api/v1/letters/${slug}/stats`)).body.total).toBe(0);
    await ctx.http.post('/api/v1/signatures/data').send({ token }).expect(404);
    await ctx.http.post('/api/v1/signatures/erase').send({ token: confirmToken }).expect(404);
  });
});
