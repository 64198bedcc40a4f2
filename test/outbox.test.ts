import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters, outbox, signatures } from '../server/db/schema.js';
import { MAIL_BOUND } from '../server/signatures/service.js';
import { buildTestApp, DRIVER, newLetter, newOrganizer, uniq, useTestApp } from './helpers/app.js';
import { individual } from './helpers/signers.js';
import { tokenFrom } from './helpers/smtp.js';
import { settleOutbox } from './helpers/outbox.js';

// Behind a trusted proxy, so each simulated signer can come from an address of their own.
const ctx = useTestApp({ smtp: true, env: { TRUST_PROXY: 'true' } });

async function openLetter() {
  const { auth } = await newOrganizer(ctx);
  return newLetter(ctx, auth);
}

async function outboxRowsFor(signatureIds: string[]) {
  return ctx.database.db
    .select()
    .from(outbox)
    .where(inArray(sql`${outbox.payload}->>'signatureId'`, signatureIds));
}

async function signatureIdsOf(slug: string) {
  const rows = await ctx.database.db.select({ id: signatures.id }).from(signatures).innerJoin(letters, eq(letters.id, signatures.letterId)).where(eq(letters.slug, slug));
  return rows.map((r) => r.id);
}

describe('the durable outbox', () => {
  it('loses no message when the SMTP server refuses the first attempts', async () => {
    const letter = await openLetter();
    const signer = individual();
    ctx.smtp.refuse(3);
    const refusedBefore = ctx.smtp.refused;
    await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(signer).expect(202);
    const [mail] = await ctx.smtp.waitFor(signer.email, 1, 20_000);
    expect(ctx.smtp.refused - refusedBefore).toBe(3);
    const ids = await signatureIdsOf(letter.slug);
    // Marked sent once the SMTP server has answered, a moment after the mail arrives.
    await expect.poll(async () => (await outboxRowsFor(ids))[0], { timeout: 5_000 }).toMatchObject({ status: 'sent', attempts: 4, lockedUntil: null });
    // And the link in the message that finally went out works.
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(mail!, 'confirm') })
      .expect(200);
  });

  it('sends after a restart what was accepted before it', async () => {
    const letter = await openLetter();
    const signer = individual();
    await ctx.app.outbox.stop();
    // An instance that accepts the signature and stops before sending anything.
    const first = await buildTestApp(ctx, { autostart: false });
    const res = await first.inject({ method: 'POST', url: `/api/v1/letters/${letter.slug}/signatures`, payload: signer });
    expect(res.statusCode).toBe(202);
    // Both workers are stopped and a send is awaited before close returns: nothing can be in flight.
    await first.close();
    expect(ctx.smtp.to(signer.email)).toHaveLength(0);

    // The next instance finds it in the outbox.
    const next = await buildTestApp(ctx);
    try {
      const [mail] = await ctx.smtp.waitFor(signer.email);
      expect(mail!.subject).toContain(letter.title);
    } finally {
      await next.close();
      ctx.app.outbox.start();
    }
  });

  it('retries a message whose claim expired with a worker that died mid-send', async () => {
    const letter = await openLetter();
    const signer = individual();
    const stalled = await buildTestApp(ctx, { autostart: false });
    // The file's own worker waits while the dead worker's claim is staged, so it cannot send first.
    await ctx.app.outbox.stop();
    const lease = 120_000;
    try {
      await stalled.inject({ method: 'POST', url: `/api/v1/letters/${letter.slug}/signatures`, payload: signer });
      const ids = await signatureIdsOf(letter.slug);
      // Simulate a worker that claimed the row and died: the claim runs out, another worker takes it.
      await ctx.database.db
        .update(outbox)
        .set({ lockedUntil: new Date(ctx.clock.now().getTime() + lease), attempts: 1 })
        .where(inArray(sql`${outbox.payload}->>'signatureId'`, ids));
    } finally {
      ctx.app.outbox.start();
    }
    const ids = await signatureIdsOf(letter.slug);
    await stalled.close();
    // While the claim holds, no worker sends the message.
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(signer.email)).toHaveLength(0);
    ctx.clock.advance(lease);
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(signer.email)).toHaveLength(1);
    expect((await outboxRowsFor(ids))[0]).toMatchObject({ status: 'sent', attempts: 2, lockedUntil: null });
  });

  it('200 concurrent submissions from 150 addresses: 150 signatures, each address mailed within the bound', async () => {
    const letter = await openLetter();
    const emails = Array.from({ length: 150 }, () => `${uniq('crowd')}@example.org`);
    // 150 people, 50 of whom press the button twice; each from their own network address.
    const submissions = [...emails, ...emails.slice(0, 50)].map((email) => individual({ email }));
    const responses = await Promise.all(
      submissions.map((s) =>
        ctx.http
          .post(`/api/v1/letters/${letter.slug}/signatures`)
          .set('X-Forwarded-For', `198.51.100.${emails.indexOf(s.email) % 250}, 203.0.113.${Math.floor(emails.indexOf(s.email) / 250)}`)
          .send(s),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(submissions.map(() => 202));
    expect(await signatureIdsOf(letter.slug)).toHaveLength(150);

    await Promise.all(emails.map((e) => ctx.smtp.waitFor(e, 1, 30_000)));
    // Re-sends of a still-pending signature may still be leaving: send all that is due, then count.
    await settleOutbox(ctx.app);
    const ids = await signatureIdsOf(letter.slug);
    for (const email of emails) {
      const count = ctx.smtp.to(email).length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(MAIL_BOUND);
    }
    const sentOrSkipped = (await outboxRowsFor(ids)).filter((r) => r.status !== 'pending');
    expect(sentOrSkipped.length).toBeGreaterThanOrEqual(150);
  });

  it(`two instances on one database send each message once (${DRIVER})`, async () => {
    const letter = await openLetter();
    const second = await buildTestApp(ctx);
    try {
      const signers = Array.from({ length: 40 }, () => individual());
      await Promise.all(
        signers.map((s, i) =>
          (i % 2 ? second : ctx.app).inject({
            method: 'POST',
            url: `/api/v1/letters/${letter.slug}/signatures`,
            payload: s,
            remoteAddress: `198.51.100.${i}`,
          }),
        ),
      );
      await Promise.all(signers.map((s) => ctx.smtp.waitFor(s.email)));
      await settleOutbox(ctx.app, second);
      for (const s of signers) expect(ctx.smtp.to(s.email)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
