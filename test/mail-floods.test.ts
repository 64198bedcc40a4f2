import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mailQuotas, outbox } from '../server/db/schema.js';
import { RECONSENT_DELAY_MS } from '../server/letters/service.js';
import { MAIL_LOGIN } from '../server/organizers/mail-kinds.js';
import { requestLogin } from '../server/organizers/sessions.js';
import { CAPPED, MAIL_CAP, MAIL_CAP_WINDOW_MS, SIGN_IN_PAST_CAP_MS } from '../server/outbox/quota.js';
import type { SignInput } from '../server/signatures/schemas.js';
import { sign } from '../server/signatures/service.js';
import { newOrganizer, uniq, useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { settleOutbox } from './helpers/outbox.js';
import { recordingDb } from './helpers/queries.js';
import { individual } from './helpers/signers.js';
import type { ReceivedMail } from './helpers/smtp.js';

const ctx = useTestApp({ smtp: true });

const MINUTE = 60_000;

async function askForLinks(email: string, times: number) {
  for (let i = 0; i < times; i++) {
    const res = await ctx.http.post('/api/v1/auth/login').send({ email }).expect(202);
    expect(res.body).toEqual({ status: 'sent_if_known' });
  }
}

describe('a request answers in the same way, doing the same work, whoever the address belongs to', () => {
  it('asking for a sign-in link: the same statements for an organizer and for an unknown address', async () => {
    const { organizer } = await newOrganizer(ctx);
    const recorder = recordingDb(ctx.database);
    const deps = { db: recorder.db, tokens: ctx.app.tokens, now: ctx.app.clock.now };
    const known = await recorder.shapesOf(() => requestLogin(deps, organizer.email));
    const unknown = await recorder.shapesOf(() => requestLogin(deps, `${uniq('nobody')}@example.org`));
    expect(known.length).toBeGreaterThan(0);
    expect(unknown).toEqual(known);
    // The same answer, and the same effects (the outbox is woken either way).
    const a = await requestLogin(deps, organizer.email);
    const b = await requestLogin(deps, `${uniq('nobody')}@example.org`);
    expect(b).toEqual(a);
    // Only the organizer is mailed; the unknown address's row names nobody and is not sent.
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(organizer.email)).toHaveLength(2);
    const nobody = await ctx.app.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, MAIL_LOGIN), sql`${outbox.payload}->>'organizerId' = ''`));
    expect(nobody.length).toBeGreaterThanOrEqual(2);
    expect(nobody.every((row) => row.status === 'skipped')).toBe(true);
  });

  it('signing: the same statements for a new address, one that signed and confirmed, and one waiting for its confirmation', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const confirmed = individual();
    await signAndConfirm(ctx, slug, confirmed);
    const waiting = individual();
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(waiting).expect(202);
    const recorder = recordingDb(ctx.database);
    const deps = { db: recorder.db, sealer: ctx.app.sealer, tokens: ctx.app.tokens, legislatures: ctx.app.legislatures, now: ctx.app.clock.now, publishBatchSeconds: 0 };
    const context = { ip: '192.0.2.7' };
    const submit = (signer: Record<string, unknown>) => recorder.shapesOf(() => sign(deps, slug, signer as SignInput, context));
    const fresh = await submit(individual());
    const again = await submit(confirmed);
    const pending = await submit(waiting);
    expect(fresh.length).toBeGreaterThan(0);
    expect(again).toEqual(fresh);
    expect(pending).toEqual(fresh);
    // Each still got its own message: a confirmation, "you have already signed", a second confirmation.
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(confirmed.email as string).map((m) => m.subject)).toEqual([expect.stringContaining('Confirm'), expect.stringContaining('already signed')]);
    expect(ctx.smtp.to(waiting.email as string)).toHaveLength(2);
  });
});

describe('no address is flooded with mail', () => {
  it('152 requests for sign-in links in minutes deliver at most the cap; a sign-in stays possible, one link per 10 minutes', async () => {
    const { organizer } = await newOrganizer(ctx);
    const email = organizer.email;
    for (let round = 0; round < 8; round++) {
      await askForLinks(email, 19);
      ctx.clock.advance(15_000);
    }
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(email)).toHaveLength(MAIL_CAP);
    // The rest were dropped, saying why and naming no address.
    const dropped = await ctx.app.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, MAIL_LOGIN), eq(outbox.status, 'skipped'), eq(outbox.lastError, CAPPED)));
    expect(dropped).toHaveLength(152 - MAIL_CAP);
    const quotas = await ctx.app.db.select().from(mailQuotas);
    expect(JSON.stringify(quotas)).not.toContain(email);
    expect(JSON.stringify(quotas)).not.toContain(email.split('@')[0]);

    // Under attack, the organizer still signs in: one link goes out 10 minutes after the last.
    await askForLinks(email, 1);
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(email)).toHaveLength(MAIL_CAP);
    ctx.clock.advance(SIGN_IN_PAST_CAP_MS);
    const browser = await signInBrowser(ctx, email);
    await browser.get('/organize').expect(200);
    expect(ctx.smtp.to(email)).toHaveLength(MAIL_CAP + 1);
    // ...and only one: the attacker's next requests in those 10 minutes send nothing.
    await askForLinks(email, 20);
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(email)).toHaveLength(MAIL_CAP + 1);

    // An hour on, the cap starts again.
    ctx.clock.advance(MAIL_CAP_WINDOW_MS);
    await askForLinks(email, MAIL_CAP + 3);
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(email)).toHaveLength(2 * MAIL_CAP + 1);
  });

  it('the cap counts every kind by mailbox: signing many letters as someone else mails them at most the cap', async () => {
    const victim = `${uniq('victim')}@gmail.com`;
    const [local, domain] = victim.split('@') as [string, string];
    for (let i = 0; i < MAIL_CAP + 3; i++) {
      const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
      // Spelled otherwise each time (+tags and dots are the same Gmail mailbox).
      const spelled = i % 2 ? `${local}+${i}@${domain}` : `${local.slice(0, 3)}.${local.slice(3)}@${domain}`;
      await ctx.http
        .post(`/api/v1/letters/${slug}/signatures`)
        .send(individual({ email: spelled }))
        .expect(202);
    }
    await settleOutbox(ctx.app);
    const received = ctx.smtp.messages.filter((m) => m.to.replace(/\+\d+@/, '@').replaceAll('.', '') === victim.replaceAll('.', ''));
    expect(received).toHaveLength(MAIL_CAP);
  });

  it('three substantive edits in a row ask each signer once, about the newest version', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], body: 'We urge you to reject the candidate.' });
    const signers = [individual({ name: 'First Signer' }), individual({ name: 'Second Signer' })];
    for (const signer of signers) await signAndConfirm(ctx, slug, signer);
    for (const [i, body] of ['We urge you to reject him.', 'We urge you to reject the candidate now.', 'We urge all of you to reject the candidate now.'].entries()) {
      const edited = await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ body }).expect(200);
      expect(edited.body.version).toBe(i + 2);
      ctx.clock.advance(5 * MINUTE);
    }
    await settleOutbox(ctx.app);
    for (const signer of signers) expect(ctx.smtp.to(signer.email as string)).toHaveLength(1);

    ctx.clock.advance(RECONSENT_DELAY_MS);
    await settleOutbox(ctx.app);
    for (const signer of signers) {
      const mails = ctx.smtp.to(signer.email as string);
      expect(mails).toHaveLength(2);
      const mail = mails[1] as ReceivedMail;
      expect(mail.subject).toContain('has changed');
      expect(mail.text).toContain('it is now version 4');
      const token = /\/reconsent\/([\w-]+)/.exec(mail.text)![1]!;
      const res = await ctx.http.post('/api/v1/signatures/reconsent').send({ token }).expect(200);
      expect(res.body.version).toBe(4);
    }
    // A later edit, once those were sent, asks again.
    await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ body: 'We urge all of you to reject the candidate today.' }).expect(200);
    ctx.clock.advance(RECONSENT_DELAY_MS);
    await settleOutbox(ctx.app);
    for (const signer of signers) expect(ctx.smtp.to(signer.email as string)).toHaveLength(3);
  });
});
