import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { LOGIN_TTL_MS } from '../server/organizers/sessions.js';
import { csrfTokenIn, newLetter, newOrganizer, useTestApp } from './helpers/app.js';
import type { ReceivedMail } from './helpers/smtp.js';
import { settleOutbox } from './helpers/outbox.js';

const ctx = useTestApp({ smtp: true });

const loginToken = (mail: ReceivedMail) => /\/login\/([\w-]+)/.exec(mail.text)![1]!;

/** Asks for a link through the sign-in page and follows it, as a person does; returns the browser. */
async function signIn(email: string) {
  const browser = supertest.agent(ctx.app.server);
  await browser.get('/login').expect(200);
  await browser.post('/login').type('form').send({ email }).expect(200);
  const mails = await ctx.smtp.waitFor(email);
  const token = loginToken(mails.at(-1)!);
  const confirm = await browser.get(`/login/${token}`).expect(200);
  const landed = await browser
    .post(`/login/${token}`)
    .type('form')
    .send({ _csrf: csrfTokenIn(confirm.text) })
    .expect(303);
  expect(landed.headers.location).toBe('/organize');
  return { browser, token };
}

describe('magic-link sign-in', () => {
  it('a link read from the mail opens a session: the dashboard and the API work with its cookie', async () => {
    const { organizer, auth } = await newOrganizer(ctx, 'Ada Organizer');
    const letter = await newLetter(ctx, auth, { title: 'Dashboard letter' });
    const { browser } = await signIn(organizer.email);
    const dashboard = await browser.get('/organize').expect(200);
    expect(dashboard.text).toContain('Dashboard letter');
    expect((await browser.get('/api/v1/auth/me').expect(200)).body).toEqual({ email: organizer.email, name: 'Ada Organizer', digest: false });
    // The cookie is HttpOnly and SameSite=Strict; with it the organizer API works from our pages.
    await browser.post(`/api/v1/letters/${letter.slug}/close`).set('Origin', 'http://undersigned.test').expect(200);
    // ...and not from another site.
    await browser.post(`/api/v1/letters/${letter.slug}/publish`).set('Origin', 'https://evil.example').expect(403);

    // Sessions are listed and revocable; signing out ends this one.
    const sessions = await browser.get('/api/v1/auth/sessions').expect(200);
    expect(sessions.body.items).toEqual([expect.objectContaining({ current: true })]);
    await browser.post('/api/v1/auth/logout').expect(200);
    await browser.get('/api/v1/auth/me').expect(401);
    expect((await browser.get('/organize').expect(303)).headers.location).toBe('/login');
  });

  it('links work once, within 15 minutes; unknown addresses learn nothing; forged cookies are 401', async () => {
    const { organizer } = await newOrganizer(ctx);
    const { token } = await signIn(organizer.email);
    const again = supertest.agent(ctx.app.server);
    const page = await again.get(`/login/${token}`).expect(200);
    const reused = await again
      .post(`/login/${token}`)
      .type('form')
      .send({ _csrf: csrfTokenIn(page.text) })
      .expect(410);
    expect(reused.body.code).toBe('LINK_USED');

    await ctx.http.post('/api/v1/auth/login').send({ email: organizer.email }).expect(202);
    const mails = await ctx.smtp.waitFor(organizer.email, 2);
    const late = loginToken(mails[1]!);
    ctx.clock.advance(LOGIN_TTL_MS);
    const expiredPage = await again.get(`/login/${late}`).expect(200);
    const expired = await again
      .post(`/login/${late}`)
      .type('form')
      .send({ _csrf: csrfTokenIn(expiredPage.text) })
      .expect(410);
    expect(expired.body.code).toBe('TOKEN_EXPIRED');

    const unknown = await ctx.http.post('/api/v1/auth/login').send({ email: 'nobody-here@example.org' }).expect(202);
    expect(unknown.body).toEqual({ status: 'sent_if_known' });
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to('nobody-here@example.org')).toHaveLength(0);

    await ctx.http.get('/api/v1/auth/me').set('Cookie', 'session=forged-session-token-value').expect(401);
    // A stale cookie does not break public reads.
    await ctx.http.get('/health').set('Cookie', 'session=forged').expect(200);
  });

  it('API tokens are created once-shown, listed and revoked', async () => {
    const { auth } = await newOrganizer(ctx);
    const created = await ctx.http.post('/api/v1/auth/tokens').set(auth).send({ label: 'import script' }).expect(201);
    const fresh = { Authorization: `Bearer ${created.body.token}` };
    await ctx.http.get('/api/v1/auth/me').set(fresh).expect(200);
    const list = await ctx.http.get('/api/v1/auth/tokens').set(fresh).expect(200);
    expect(list.body.items.map((t: { label: string | null }) => t.label)).toEqual(['import script', null]);
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    await ctx.http.post(`/api/v1/auth/tokens/${created.body.id}/revoke`).set(auth).expect(200);
    await ctx.http.get('/api/v1/auth/me').set(fresh).expect(401);
  });
});
