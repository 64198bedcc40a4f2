import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters } from '../server/db/schema.js';
import { RECONSENT_DELAY_MS } from '../server/letters/service.js';
import supertest from 'supertest';
import { csrfTokenIn, uniq, useTestApp } from './helpers/app.js';
import { organizerView, organizerWithLetter, publicNames, signAndConfirm } from './helpers/flows.js';
import { individual, legislator } from './helpers/signers.js';
import { type ReceivedMail, tokenFrom } from './helpers/smtp.js';

const ctx = useTestApp({ smtp: true });

const total = async (slug: string) => (await ctx.http.get(`/api/v1/letters/${slug}/stats`).expect(200)).body.total as number;
const ledgerLength = async (slug: string) => (await ctx.http.get(`/api/v1/letters/${slug}/ledger`).expect(200)).body.length as number;
const today = () => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
const inviteToken = (mail: ReceivedMail) => /\/invitations\/([\w-]+)/.exec(mail.text)![1]!;

/** A signature waiting for its confirmation on an open, unmoderated letter; returns its mail. */
async function pendingSignature() {
  const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
  const signer = individual({ name: 'Too Late' });
  await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(signer).expect(202);
  const [mail] = await ctx.smtp.waitFor(signer.email);
  return { slug, auth, signer, mail: mail! };
}

/** Moves a letter's closing time into the past, as time would, behind the app's back. */
async function passClosingTime(slug: string) {
  await ctx.database.db.update(letters).set({ closesAt: sql`now() - interval '1 minute'` }).where(eq(letters.slug, slug));
  await ctx.app.letterChanged(slug);
}

describe('closing is final for confirmations too', () => {
  it('a signature still pending when the organizers close the letter is not added by its link', async () => {
    const { slug, auth, mail } = await pendingSignature();
    const token = tokenFrom(mail, 'confirm');
    // A browser that opened the confirmation page while the letter was still open.
    const browser = supertest.agent(ctx.app.server);
    const opened = await browser.get(`/confirm/${token}`).expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/close`).set(auth).expect(200);

    const api = await ctx.http.post('/api/v1/signatures/confirm').send({ token }).expect(409);
    expect(api.body).toMatchObject({ code: 'LETTER_CLOSED', message: expect.stringContaining('was not added') });
    expect(await total(slug)).toBe(0);
    expect(await ledgerLength(slug)).toBe(0);

    // The page says so before the button, and there is no button.
    const page = await ctx.http.get(`/confirm/${token}`).expect(200);
    expect(page.text).toContain(`closed on ${today()}`);
    expect(page.text).toContain('was not added');
    expect(page.text).not.toContain('Confirm my signature</button>');
    const posted = await browser
      .post(`/confirm/${token}`)
      .set('Accept', 'text/html')
      .type('form')
      .send({ _csrf: csrfTokenIn(opened.text) });
    expect(posted.status).toBe(409);
    expect(posted.text).toContain('takes no more signatures');
    expect(await total(slug)).toBe(0);
  });

  it('nor once its closing time has passed', async () => {
    const { slug, mail } = await pendingSignature();
    await passClosingTime(slug);
    const res = await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(mail, 'confirm') })
      .expect(409);
    expect(res.body.code).toBe('LETTER_CLOSED');
    expect(await total(slug)).toBe(0);
  });

  it('a confirmed signature stays, and confirming it again after the close is harmless', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const mail = await signAndConfirm(ctx, slug, individual({ name: 'In Time' }));
    await ctx.http.post(`/api/v1/letters/${slug}/close`).set(auth).expect(200);
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(mail, 'confirm') })
      .expect(200);
    expect(await publicNames(ctx, slug)).toEqual(['In Time']);
  });

  it('a moderator cannot add a held signature to a closed letter; rejecting one still works', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const held = legislator({ name: 'Held At Close' });
    const other = legislator({ name: 'Rejected After Close' });
    await signAndConfirm(ctx, slug, held);
    await signAndConfirm(ctx, slug, other);
    await ctx.http.post(`/api/v1/letters/${slug}/close`).set(auth).expect(200);
    const { id } = await organizerView(ctx, slug, auth, held.email);
    const res = await ctx.http.post(`/api/v1/signatures/${id}/approve`).set(auth).expect(409);
    expect(res.body.code).toBe('LETTER_CLOSED');
    expect(await total(slug)).toBe(0);
    expect((await organizerView(ctx, slug, auth, held.email)).moderation).toBe('pending');
    const rejected = await organizerView(ctx, slug, auth, other.email);
    await ctx.http.post(`/api/v1/signatures/${rejected.id}/reject`).set(auth).expect(200);
  });

  it('an invitation is not accepted once the closing time has passed, and its page says the letter closed', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const email = `${uniq('inv')}@example.org`;
    await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .send({ invitees: [{ name: 'Late Invitee', email, kind: 'individual', country: 'FR' }] })
      .expect(201);
    const [mail] = await ctx.smtp.waitFor(email);
    await passClosingTime(slug);
    const res = await ctx.http
      .post('/api/v1/invitations/accept')
      .send({ token: inviteToken(mail!) })
      .expect(409);
    expect(res.body.code).toBe('LETTER_CLOSED');
    expect(await total(slug)).toBe(0);
    // Its page offers no form that would only be refused.
    const page = (await ctx.http.get(`/invitations/${inviteToken(mail!)}`).expect(200)).text;
    expect(page).not.toContain('<form method="post"');
    expect(page).toContain('takes no more signatures');
  });

  it('re-consent keeps a counted signature current after the close, and adds none', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const signer = individual({ name: 'Consents Again' });
    await signAndConfirm(ctx, slug, signer);
    await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ body: 'A changed demand.' }).expect(200);
    ctx.clock.advance(RECONSENT_DELAY_MS);
    const [, reconsent] = await ctx.smtp.waitFor(signer.email, 2);
    await ctx.http.post(`/api/v1/letters/${slug}/close`).set(auth).expect(200);
    const token = /\/reconsent\/([\w-]+)/.exec(reconsent!.text)![1]!;
    await ctx.http.post('/api/v1/signatures/reconsent').send({ token }).expect(200);
    expect(await total(slug)).toBe(1);
  });
});
