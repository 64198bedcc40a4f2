import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters, organizers, replies } from '../server/db/schema.js';
import { DEFAULT_RETENTION, runMaintenance } from '../server/maintenance/service.js';
import { IP_DAILY_THRESHOLD } from '../server/signatures/service.js';
import { csrfTokenIn, newOrganizer, useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { settleOutbox } from './helpers/outbox.js';
import { individual } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true });
const HOUR = 60 * 60 * 1000;
const origin = { Origin: 'http://undersigned.test' };

/** The hourly maintenance, run by hand at the app's clock, then the mail it queued sent. */
async function maintain() {
  const report = await runMaintenance(ctx.app.db, DEFAULT_RETENTION, ctx.clock.now());
  await settleOutbox(ctx.app);
  return report;
}

const digestsTo = (email: string) => ctx.smtp.to(email).filter((m) => m.subject.startsWith('Your daily digest'));

async function letterId(slug: string) {
  const [row] = await ctx.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
  return row!.id;
}

/** A reply as the inbound mail stores it: arrived by email, queued for an organizer to publish or dismiss. */
async function emailedReply(slug: string, fields: Partial<typeof replies.$inferInsert> = {}) {
  await ctx.database.db.insert(replies).values({
    letterId: await letterId(slug),
    addressee: 'The member states of Interpol',
    status: 'queued',
    source: 'email',
    subject: 'Re: our letter',
    body: 'Thank you for your letter. We will consider it.',
    receivedOn: ctx.clock.now().toISOString().slice(0, 10),
    createdAt: ctx.clock.now(),
    ...fields,
  });
}

async function optIn(auth: Record<string, string>) {
  const res = await ctx.http.patch('/api/v1/auth/me').set(auth).send({ digest: true }).expect(200);
  expect(res.body.digest).toBe(true);
}

describe("the organizers' daily digest", () => {
  it('names the reply that came by email and the goal reached, once a day, and the next day only what is new', async () => {
    const { slug, auth, organizer } = await organizerWithLetter(ctx, { title: 'Free the journalists', moderatedKinds: [], goal: { count: 1 } });
    expect((await ctx.http.get('/api/v1/auth/me').set(auth).expect(200)).body.digest).toBe(false);
    await optIn(auth);
    expect((await ctx.http.get('/api/v1/auth/me').set(auth).expect(200)).body).toEqual({ email: organizer.email, name: organizer.name, digest: true });
    await signAndConfirm(ctx, slug, individual());
    const [goalMail] = await ctx.smtp.waitFor(organizer.email);
    expect(goalMail!.subject).toMatch(/^Goal reached: /);
    await emailedReply(slug);
    // Recorded by an organizer, and published at once: nothing waits for them.
    await emailedReply(slug, { source: 'organizer', status: 'published', body: 'Answered by phone.' });

    const first = await maintain();
    expect(first.queuedDigests).toBeGreaterThanOrEqual(1);
    const [digest, ...more] = digestsTo(organizer.email);
    expect(more).toEqual([]);
    expect(digest!.subject).toBe('Your daily digest: Free the journalists');
    expect(digest!.text).toContain('Free the journalists');
    expect(digest!.text).toContain(`1 reply arrived by email and waits for you: publish or dismiss it.\n  http://undersigned.test/organize/letters/${slug}/replies`);
    expect(digest!.text).toContain(`It reached its goal of 1 signature. See the signatures.\n  http://undersigned.test/organize/letters/${slug}/signatures`);
    expect(digest!.text).not.toContain('flood check');
    expect(digest!.text).toContain('To stop the digest, untick its box on your account page:\nhttp://undersigned.test/organize/account');
    expect(digest!.text).toContain('You received this because you asked for a daily digest');
    expect(digest!.html).toContain(`<a href="http://undersigned.test/organize/letters/${slug}/replies">publish or dismiss it</a>`);
    expect(digest!.html).toContain('<a href="http://undersigned.test/organize/account">http://undersigned.test/organize/account</a>');

    // Two hours later, another reply: the next digest waits for the day to pass.
    ctx.clock.advance(2 * HOUR);
    await emailedReply(slug, { body: 'A second thought.' });
    await maintain();
    expect(digestsTo(organizer.email)).toHaveLength(1);

    // A day after the first: only what happened since it (the new reply; the goal was told already).
    ctx.clock.advance(23 * HOUR);
    await maintain();
    const next = digestsTo(organizer.email);
    expect(next).toHaveLength(2);
    expect(next[1]!.text).toContain('1 reply arrived by email and waits for you');
    expect(next[1]!.text).not.toContain('reached its goal');
  });

  it('names the new signatures the flood check kept out', async () => {
    const { slug, auth, organizer } = await organizerWithLetter(ctx, { title: 'Protect the river', moderatedKinds: [] });
    await optIn(auth);
    // One network address: past the daily threshold, the next signature is kept as fraudulent.
    for (let i = 0; i <= IP_DAILY_THRESHOLD; i++) await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(individual()).expect(202);
    await maintain();
    const [digest] = digestsTo(organizer.email);
    expect(digest!.text).toContain('1 new signature was kept out as fraudulent by the flood check (too many from one network in a day): it is not shown or counted.');
    expect(digest!.text).toContain(`http://undersigned.test/organize/letters/${slug}/signatures`);
    expect(digest!.text).not.toContain('reply');
  });

  it('is not sent to an organizer who did not ask for it, nor when nothing happened', async () => {
    const quiet = await organizerWithLetter(ctx, { title: 'Not asked for' });
    await emailedReply(quiet.slug);
    const idle = await organizerWithLetter(ctx, { title: 'Nothing happened' });
    await optIn(idle.auth);
    // Only what came by email and still waits counts: a reply already dealt with is no news.
    await emailedReply(idle.slug, { status: 'dismissed' });
    await maintain();
    expect(digestsTo(quiet.organizer.email)).toEqual([]);
    expect(digestsTo(idle.organizer.email)).toEqual([]);
    // Nothing was sent, so the next thing to happen is not held back a day.
    const [row] = await ctx.database.db.select({ digestSentAt: organizers.digestSentAt }).from(organizers).where(eq(organizers.id, idle.organizer.id));
    expect(row!.digestSentAt).toBeNull();
    await emailedReply(idle.slug);
    await maintain();
    expect(digestsTo(idle.organizer.email)).toHaveLength(1);
  });

  it('is turned on and off with the checkbox on the account page', async () => {
    const { organizer, auth } = await newOrganizer(ctx);
    const browser = await signInBrowser(ctx, organizer.email);
    let page = await browser.get('/organize/account').expect(200);
    expect(page.text).toContain('Send me a daily digest when something happens on my letters');
    expect(page.text).toMatch(/<input type="checkbox" name="digest" value="on" aria-describedby="digest-hint">/);
    // Without the page's CSRF token, nothing changes.
    await browser.post('/organize/account/digest').set(origin).type('form').send({ digest: 'on' }).expect(403);
    expect((await ctx.http.get('/api/v1/auth/me').set(auth).expect(200)).body.digest).toBe(false);

    await browser
      .post('/organize/account/digest')
      .set(origin)
      .type('form')
      .send({ digest: 'on', _csrf: csrfTokenIn(page.text) })
      .expect(303)
      .expect('Location', '/organize/account#digest');
    page = await browser.get('/organize/account').expect(200);
    expect(page.text).toMatch(/<input type="checkbox" name="digest" value="on" checked aria-describedby="digest-hint">/);
    expect((await ctx.http.get('/api/v1/auth/me').set(auth).expect(200)).body.digest).toBe(true);

    // Unticked, the box sends nothing: the digest is off.
    await browser
      .post('/organize/account/digest')
      .set(origin)
      .type('form')
      .send({ _csrf: csrfTokenIn(page.text) })
      .expect(303);
    expect((await ctx.http.get('/api/v1/auth/me').set(auth).expect(200)).body.digest).toBe(false);
  });
});
