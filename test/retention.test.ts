import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters, outbox, replies, signatures } from '../server/db/schema.js';
import { DEFAULT_RETENTION, runMaintenance } from '../server/maintenance/service.js';
import { useTestApp } from './helpers/app.js';
import { settleOutbox } from './helpers/outbox.js';
import { insertSignatories, organizerView, organizerWithLetter, publicNames } from './helpers/flows.js';
import { individual } from './helpers/signers.js';

const ctx = useTestApp();
const DAY = 24 * 60 * 60 * 1000;
const later = (days: number) => new Date(Date.now() + days * DAY);

async function rowsOf(slug: string) {
  const [letter] = await ctx.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
  return ctx.database.db.select().from(signatures).where(eq(signatures.letterId, letter!.id));
}

describe('retention: personal data is kept no longer than it serves', () => {
  it('replies set aside are deleted after 30 days; waiting and published ones stay', async () => {
    const { slug } = await organizerWithLetter(ctx);
    const [letter] = await ctx.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
    const reply = (status: 'queued' | 'published' | 'dismissed') => ({
      letterId: letter!.id,
      addressee: `Mission (${status})`,
      status,
      source: 'email' as const,
      body: 'Text',
      receivedOn: '2026-12-01',
    });
    await ctx.database.db.insert(replies).values([reply('queued'), reply('published'), reply('dismissed')]);
    const left = async () => (await ctx.database.db.select({ status: replies.status }).from(replies).where(eq(replies.letterId, letter!.id))).map((r) => r.status).sort();
    await runMaintenance(ctx.database.db, DEFAULT_RETENTION, later(29));
    expect(await left()).toEqual(['dismissed', 'published', 'queued']);
    await runMaintenance(ctx.database.db, DEFAULT_RETENTION, later(31));
    expect(await left()).toEqual(['published', 'queued']);
  });

  it('unconfirmed signatures are deleted after 14 days; confirmed ones stay', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await ctx.http
      .post(`/api/v1/letters/${slug}/signatures`)
      .send(individual({ name: 'Never Confirmed' }))
      .expect(202);
    await insertSignatories(ctx, slug, [{ kind: 'individual', name: 'Confirmed Signer', country: 'GB' }]);
    await runMaintenance(ctx.database.db, DEFAULT_RETENTION, later(13));
    expect((await rowsOf(slug)).map((r) => r.name).sort()).toEqual(['Confirmed Signer', 'Never Confirmed']);
    const report = await runMaintenance(ctx.database.db, DEFAULT_RETENTION, later(15));
    expect(report.purgedUnconfirmed).toBeGreaterThanOrEqual(1);
    expect((await rowsOf(slug)).map((r) => r.name)).toEqual(['Confirmed Signer']);
  });

  it("signers' addresses are erased a set time after the letter closes; the public list stays", async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const signer = individual({ name: 'Kept On The List' });
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(signer).expect(202);
    await ctx.database.db.update(signatures).set({ status: 'confirmed', confirmedAt: new Date(), publishedAt: new Date(), namedAt: new Date() }).where(eq(signatures.name, 'Kept On The List'));
    await ctx.app.letterChanged(slug);
    await ctx.http.post(`/api/v1/letters/${slug}/close`).set(auth).expect(200);

    const policy = { ...DEFAULT_RETENTION, eraseEmailsAfterDays: 30 };
    await runMaintenance(ctx.database.db, policy, later(29));
    expect((await organizerView(ctx, slug, auth, signer.email))?.name).toBe('Kept On The List');

    const report = await runMaintenance(ctx.database.db, policy, later(31));
    expect(report.erasedSignatureEmails).toBeGreaterThanOrEqual(1);
    const [row] = await rowsOf(slug);
    expect(row).toMatchObject({ emailSealed: '', ipHash: null, emailDomainHash: null });
    expect(row!.emailIndex).toBe(`erased:${row!.id}`);
    expect(row!.emailErasedAt).not.toBeNull();
    const all = await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(auth).expect(200);
    expect(all.body.items).toEqual([expect.objectContaining({ name: 'Kept On The List', email: null })]);
    expect(await publicNames(ctx, slug)).toEqual(['Kept On The List']);
    // Idempotent.
    expect((await runMaintenance(ctx.database.db, policy, later(32))).erasedSignatureEmails).toBe(0);
  });

  it('finished outbox rows are pruned after 30 days', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(individual()).expect(202);
    await settleOutbox(ctx.app);
    const before = await ctx.database.db.select().from(outbox);
    expect(before.map((r) => [r.status, r.lastError])).toContainEqual(['sent', null]);
    await runMaintenance(ctx.database.db, DEFAULT_RETENTION, later(31));
    const after = await ctx.database.db.select().from(outbox);
    expect(after.filter((r) => r.status !== 'pending')).toEqual([]);
  });
});
