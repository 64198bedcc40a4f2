import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters, outbox, signatures } from '../server/db/schema.js';
import { addOrganizer } from '../server/organizers/service.js';
import { newLetter, newOrganizer, uniq, useTestApp } from './helpers/app.js';
import { organizerView } from './helpers/flows.js';
import { settleOutbox } from './helpers/outbox.js';
import { individual } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true });

const SAME_ORIGIN = { Origin: 'http://undersigned.test' };

async function openLetter(overrides: Record<string, unknown> = {}) {
  const { auth } = await newOrganizer(ctx);
  const letter = await newLetter(ctx, auth, { moderatedKinds: [], ...overrides });
  return { slug: letter.slug as string, letter, auth };
}

async function signatureCount(slug: string) {
  const rows = await ctx.database.db.select({ id: signatures.id }).from(signatures).innerJoin(letters, eq(letters.id, signatures.letterId)).where(eq(letters.slug, slug));
  return rows.length;
}

async function outboxCount() {
  const [row] = await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(outbox);
  return row!.n;
}

const sign = (slug: string, body: Record<string, unknown>) => ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(body);

/** The sign form, posted as the letter page's form is (same origin, a browser's Accept). */
const signForm = (slug: string, fields: Record<string, unknown>) => ctx.http.post(`/letters/${slug}/sign`).set(SAME_ORIGIN).set('Accept', 'text/html').type('form').send(fields);

describe('the API warns before mailing a provider a state can read', () => {
  it('answers 409 RISKY_MAILBOX for a qq.com address, naming the provider and China, and stores and sends nothing', async () => {
    const { slug } = await openLetter();
    const before = await outboxCount();
    const signer = individual({ email: `${uniq('wang')}@qq.com` });
    const res = await sign(slug, signer).expect(409);
    expect(res.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'RISKY_MAILBOX',
      field: 'email',
      details: { provider: 'qq.com', jurisdiction: 'CN' },
      message:
        'Your mail provider, qq.com, is subject to the laws of China, whose authorities can read your mail. If this letter concerns China, the confirmation we send would tell them that you signed it. You may use another address, or sign without your name being listed (counted only), or continue anyway.',
    });
    // A subdomain is the same provider; a look-alike domain is not.
    const vip = await sign(slug, individual({ email: `${uniq('li')}@VIP.qq.com` })).expect(409);
    expect(vip.body.details).toEqual({ provider: 'qq.com', jurisdiction: 'CN' });
    await sign(slug, individual({ email: `${uniq('li')}@notqq.com` })).expect(202);
    const ru = await sign(slug, individual({ email: `${uniq('ivan')}@mail.ru` })).expect(409);
    expect(ru.body.details).toEqual({ provider: 'mail.ru', jurisdiction: 'RU' });
    expect(ru.body.message).toContain('subject to the laws of Russia');

    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(signer.email)).toHaveLength(0);
    expect(await signatureCount(slug)).toBe(1);
    expect(await outboxCount()).toBe(before + 1);
  });

  it('with acknowledgeRiskyMailbox: true it proceeds, and the confirmation goes', async () => {
    const { slug } = await openLetter();
    const signer = individual({ email: `${uniq('wang')}@qq.com` });
    await sign(slug, { ...signer, acknowledgeRiskyMailbox: false }).expect(409);
    await sign(slug, { ...signer, acknowledgeRiskyMailbox: true }).expect(202);
    const [mail] = await ctx.smtp.waitFor(signer.email);
    expect(mail!.text).toContain('/confirm/');
    expect(await signatureCount(slug)).toBe(1);
  });

  it('a letter with riskyMailProviders: [] sends at once', async () => {
    const { slug, letter } = await openLetter({ riskyMailProviders: [] });
    expect(letter.riskyMailProviders).toEqual([]);
    const signer = individual({ email: `${uniq('wang')}@qq.com` });
    await sign(slug, signer).expect(202);
    await ctx.smtp.waitFor(signer.email);
  });

  it("a letter's own list: its jurisdictions, its domains (with or without a state), and nothing else", async () => {
    const { slug, auth, letter } = await openLetter();
    expect(letter.riskyMailProviders).toBeNull();
    const patched = await ctx.http
      .patch(`/api/v1/letters/${slug}`)
      .set(auth)
      .send({ riskyMailProviders: ['ru', '@ChMail.ir:ir', 'example.org', 'RU'] })
      .expect(200);
    expect(patched.body.riskyMailProviders).toEqual(['RU', 'chmail.ir:IR', 'example.org']);
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).expect(200)).body.riskyMailProviders).toEqual(['RU', 'chmail.ir:IR', 'example.org']);

    // Not on this letter's list: China's providers.
    const chinese = individual({ email: `${uniq('wang')}@qq.com` });
    await sign(slug, chinese).expect(202);
    await ctx.smtp.waitFor(chinese.email);

    const ru = await sign(slug, individual({ email: `${uniq('ivan')}@yandex.ru` })).expect(409);
    expect(ru.body.details).toEqual({ provider: 'yandex.ru', jurisdiction: 'RU' });
    expect(ru.body.message).toMatch(/^Your mail provider, yandex\.ru, is subject to the laws of Russia, whose authorities can read your mail\. This letter concerns Russia\. /);
    const ir = await sign(slug, individual({ email: `${uniq('ali')}@chmail.ir` })).expect(409);
    expect(ir.body.details).toEqual({ provider: 'chmail.ir', jurisdiction: 'IR' });
    expect(ir.body.message).toContain('subject to the laws of Iran');
    const other = await sign(slug, individual({ email: `${uniq('x')}@mx.example.org` })).expect(409);
    expect(other.body.details).toEqual({ provider: 'example.org', jurisdiction: null });
    expect(other.body.message).toContain("Your mail provider, example.org, is one this letter's organizers warn about");

    // Back to the shipped list.
    await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ riskyMailProviders: null }).expect(200);
    await sign(slug, individual({ email: `${uniq('wang')}@qq.com` })).expect(409);
    await sign(slug, individual({ email: `${uniq('ali')}@chmail.ir` })).expect(202);
  });

  it('refuses entries it cannot use, naming the field, and lets only editors and owners set the list', async () => {
    const { slug, auth } = await openLetter();
    for (const entry of ['XX', 'not a domain', 'qq.com:ZZ', 'localhost']) {
      const res = await ctx.http
        .patch(`/api/v1/letters/${slug}`)
        .set(auth)
        .send({ riskyMailProviders: [entry] })
        .expect(400);
      expect(res.body.field).toMatch(/^riskyMailProviders/);
    }
    const email = `${uniq('moderator')}@example.org`;
    await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(auth).send({ email, role: 'moderator' }).expect(200);
    const { token } = await addOrganizer({ db: ctx.app.db, tokens: ctx.app.tokens }, { email });
    await ctx.http
      .patch(`/api/v1/letters/${slug}`)
      .set({ Authorization: `Bearer ${token}` })
      .send({ riskyMailProviders: [] })
      .expect(403);
  });
});

describe('the sign form warns on the page, and the signer chooses', () => {
  it('answers the form again with the warning and what was typed, then continues once acknowledged', async () => {
    const { slug } = await openLetter();
    const email = `${uniq('wang')}@qq.com`;
    const fields = { kind: 'individual', name: 'Wang Wei', email, country: 'CN', display: 'initials' };
    const warned = await signForm(slug, fields).expect(409);
    expect(warned.headers['content-type']).toMatch(/^text\/html/);
    expect(warned.text).toContain('role="alert"');
    expect(warned.text).toContain('Your mail provider, qq.com, is subject to the laws of China, whose authorities can read your mail.');
    expect(warned.text).toContain('name="acknowledgedMailbox" value="qq.com"');
    expect(warned.text).toContain(`value="${email}"`);
    expect(warned.text).toContain('value="Wang Wei"');
    expect(warned.text).toMatch(/<option value="CN" selected>/);
    expect(warned.text).toMatch(/<option value="initials" selected>/);
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(email)).toHaveLength(0);
    expect(await signatureCount(slug)).toBe(0);

    // Acknowledged for another domain than the one now typed: warned again, about this one.
    const other = `${uniq('ivan')}@bk.ru`;
    const again = await signForm(slug, { ...fields, email: other, acknowledgedMailbox: 'qq.com' }).expect(409);
    expect(again.text).toContain('Your mail provider, bk.ru, is subject to the laws of Russia');
    expect(await signatureCount(slug)).toBe(0);

    const done = await signForm(slug, { ...fields, acknowledgedMailbox: 'qq.com' }).expect(200);
    expect(done.text).toContain('Check your email');
    await ctx.smtp.waitFor(email);
  });

  it('"counted only" signs without the name being listed', async () => {
    const { slug, auth } = await openLetter();
    const email = `${uniq('wang')}@163.com`;
    const fields = { kind: 'individual', name: 'Wang Wei', email, country: 'CN', display: 'full' };
    await signForm(slug, fields).expect(409);
    const done = await signForm(slug, { ...fields, acknowledgedMailbox: '163.com', countedOnly: 'yes' }).expect(200);
    expect(done.text).toContain('Check your email');
    await ctx.smtp.waitFor(email);
    expect((await organizerView(ctx, slug, auth, email)).display).toBe('anonymous');
  });

  it('an address at another provider goes at once', async () => {
    const { slug } = await openLetter();
    const email = `${uniq('me')}@mail.example`;
    const done = await signForm(slug, { kind: 'individual', name: 'Ayşe Yılmaz', email, country: 'TR' }).expect(200);
    expect(done.text).toContain('Check your email');
    await ctx.smtp.waitFor(email);
  });
});
