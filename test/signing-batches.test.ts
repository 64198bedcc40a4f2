import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters, outbox, signatures } from '../server/db/schema.js';
import { MAIL_CONFIRM } from '../server/signatures/mail-kinds.js';
import { IP_DAILY_THRESHOLD } from '../server/signatures/service.js';
import { type FormSubmission, SigningBatcher } from '../server/signatures/submissions.js';
import { useTestApp } from './helpers/app.js';
import { organizerWithLetter } from './helpers/flows.js';
import { settleOutbox } from './helpers/outbox.js';
import { individual } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true, env: { TRUST_PROXY: '1' } });

async function openLetter() {
  const { slug } = await organizerWithLetter(ctx);
  const [row] = await ctx.database.db.select({ id: letters.id, version: letters.version }).from(letters).where(eq(letters.slug, slug));
  return { slug, ...row! };
}

/** A submission of the form as sign() makes it, from the network `network`. */
function submission(letter: { id: string; version: number }, email: string, network: string = randomUUID()): FormSubmission {
  const { sealer } = ctx.app;
  return {
    now: ctx.clock.now(),
    details: sealer.seal(JSON.stringify({ email })),
    row: {
      letterId: letter.id,
      letterVersion: letter.version,
      kind: 'individual',
      name: 'Batched Signer',
      nameSkeleton: 'batched signer',
      country: 'GB',
      display: 'full',
      emailSealed: sealer.seal(email),
      emailIndex: sealer.index(email),
      emailDomainHash: sealer.fingerprint('domain', 'example.org'),
      ipHash: sealer.networkFingerprint(letter.id, network),
      verification: null,
      moderation: 'none',
      language: 'en',
    },
  };
}

async function statuses(letterId: string) {
  const rows = await ctx.database.db.select({ status: signatures.status }).from(signatures).where(eq(signatures.letterId, letterId));
  return rows.reduce<Record<string, number>>((n, r) => ({ ...n, [r.status]: (n[r.status] ?? 0) + 1 }), {});
}

async function confirmationsQueued(letterId: string) {
  const [{ n }] = (
    await ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${outbox} where ${outbox.kind} = ${MAIL_CONFIRM} and (${outbox.payload}->>'signatureId')::uuid in (select id from ${signatures} where ${signatures.letterId} = ${letterId})`,
    )
  ).rows as [{ n: number }];
  return Number(n);
}

describe('concurrent signers share one statement, each with its own outcome', () => {
  it('a busy letter takes forty signers at once: each is answered 202 and mailed its own link', async () => {
    const letter = await openLetter();
    const signers = Array.from({ length: 40 }, (_, i) => individual({ name: `Signer ${i}` }));
    const answers = await Promise.all(signers.map((signer, i) => ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).set('X-Forwarded-For', `10.0.${i}.1`).send(signer)));
    expect(answers.map((a) => a.status)).toEqual(signers.map(() => 202));
    expect(await statuses(letter.id)).toEqual({ pending: 40 });
    await settleOutbox(ctx.app);
    for (const signer of signers) expect(ctx.smtp.to(signer.email as string)).toHaveLength(1);
  });

  it('the flood check counts the new rows from one network earlier in the same statement', async () => {
    const letter = await openLetter();
    const network = '10.9.9.9';
    const batcher = new SigningBatcher(ctx.app.db, { maxInFlight: 1 });
    // Submitted in one turn of the event loop: one statement holds them all.
    const found = await Promise.all(Array.from({ length: IP_DAILY_THRESHOLD + 5 }, (_, i) => batcher.submit(submission(letter, `flood-${i}-${randomUUID()}@example.org`, network))));
    expect(found.every(Boolean)).toBe(true);
    expect(await statuses(letter.id)).toEqual({ pending: IP_DAILY_THRESHOLD, fraudulent: 5 });
    expect(await confirmationsQueued(letter.id)).toBe(IP_DAILY_THRESHOLD);
  });

  it('one bad row fails alone: its signer gets the error, the others in its statement are recorded', async () => {
    const letter = await openLetter();
    const batcher = new SigningBatcher(ctx.app.db);
    const good = Array.from({ length: 9 }, (_, i) => submission(letter, `good-${i}-${randomUUID()}@example.org`));
    // A letter that is not there (erased between the lookup and the insert): its foreign key fails.
    const bad = submission({ id: randomUUID(), version: 1 }, `bad-${randomUUID()}@example.org`);
    const outcomes = await Promise.allSettled([...good.slice(0, 4), bad, ...good.slice(4)].map((s) => batcher.submit(s)));
    expect(outcomes.map((o) => o.status)).toEqual([...Array(4).fill('fulfilled'), 'rejected', ...Array(5).fill('fulfilled')]);
    expect(await statuses(letter.id)).toEqual({ pending: 9 });
    expect(await confirmationsQueued(letter.id)).toBe(9);
  });

  it('the same address twice at once is one signature and two messages, as two submissions one after the other are', async () => {
    const letter = await openLetter();
    const batcher = new SigningBatcher(ctx.app.db);
    const email = `twice-${randomUUID()}@example.org`;
    const found = await Promise.all([batcher.submit(submission(letter, email)), batcher.submit(submission(letter, email))]);
    expect(found).toEqual([true, true]);
    const rows = await ctx.database.db
      .select({ mailCount: signatures.mailCount })
      .from(signatures)
      .where(and(eq(signatures.letterId, letter.id), eq(signatures.emailIndex, ctx.app.sealer.index(email))));
    expect(rows).toEqual([{ mailCount: 2 }]);
    expect(await confirmationsQueued(letter.id)).toBe(2);
  });
});
