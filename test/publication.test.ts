import { describe, expect, it } from 'vitest';
import { verifyFromDatabase } from '../server/ledger/service.js';
import { entryLeaf, parseCheckpoint, parseNote, verifyInclusion } from '../public/verify-ledger.mjs';
import { MAX_WAIT_MS } from '../server/signatures/publication.js';
import { useTestApp } from './helpers/app.js';
import { organizerWithLetter, publicNames, signAndConfirm } from './helpers/flows.js';
import { tokenFrom } from './helpers/smtp.js';
import { individual } from './helpers/signers.js';

// The instance's default batch length: what a new install runs with.
const BATCH_MS = 600_000;
const ctx = useTestApp({ smtp: true, env: { PUBLISH_BATCH_SECONDS: '600' } });

/** Puts the clock `offsetMs` past the next batch boundary that is at least a minute away; returns that boundary. */
function atFreshBoundary(offsetMs: number): number {
  const boundary = Math.ceil((Date.now() + 60_000) / BATCH_MS) * BATCH_MS;
  ctx.clock.set(new Date(boundary + offsetMs));
  return boundary;
}

/** Moves the clock on to `at` (where real time has not already taken it). */
const advanceTo = (at: number) => ctx.clock.advance(Math.max(0, at - ctx.clock.now().getTime()));

/** Everything a watcher can fetch about a letter: ledger, list, counts, JSON, CSV, page, PDF, and their ETags. */
async function observe(slug: string) {
  const get = (path: string) => ctx.http.get(path).expect(200);
  const [ledger, list, stats, json, csv, page, pdf] = await Promise.all([
    get(`/api/v1/letters/${slug}/ledger`),
    get(`/api/v1/letters/${slug}/signatures`),
    get(`/api/v1/letters/${slug}/stats`),
    get(`/api/v1/letters/${slug}`),
    get(`/letters/${slug}/signatures.csv`),
    get(`/letters/${slug}`),
    ctx.http.get(`/letters/${slug}.pdf`),
  ]);
  return {
    ledger: ledger.body,
    list: list.body,
    stats: stats.body,
    letter: json.body,
    csv: csv.text,
    page: page.text,
    etags: [ledger.headers.etag, json.headers.etag, csv.headers.etag, page.headers.etag, pdf.headers.etag],
  };
}

/** Signs and confirms; returns the signer's withdrawal link token (their key to their data page). */
async function signer(slug: string, name: string, country = 'FR', display = 'full') {
  const person = individual({ name, country, display });
  const mail = await signAndConfirm(ctx, slug, person);
  return { name, withdraw: tokenFrom(mail, 'withdraw') };
}

const dataOf = async (token: string) => (await ctx.http.post('/api/v1/signatures/data').send({ token }).expect(200)).body;

describe('batch publication', () => {
  it('lets a watcher place a confirmation no closer than its batch, and not order signers within it', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const boundary = atFreshBoundary(1_000);
    const before = await observe(slug);
    expect(before.stats.total).toBe(0);

    // Twelve confirmations spread over the batch's ten minutes, the watcher polling after each
    // (and the publisher running, as its timer would): nothing they can fetch changes.
    const names = Array.from({ length: 12 }, (_, i) => `Signer ${String(i + 1).padStart(2, '0')}`);
    const signers = [];
    for (const [i, name] of names.entries()) {
      advanceTo(boundary + 1_000 + i * 45_000);
      signers.push(await signer(slug, name));
      await ctx.app.publisher.publishDue();
      expect(await observe(slug)).toEqual(before);
    }
    // The signer sees their own signature at once, waiting for its batch, without a receipt yet.
    expect(await dataOf(signers[0]!.withdraw)).toMatchObject({ status: 'confirmed', publication: 'batched', receipt: null });

    // At the boundary the batch appears whole, dated by the boundary's day.
    advanceTo(boundary + BATCH_MS + 2_000);
    await ctx.app.publisher.publishDue();
    const after = await observe(slug);
    expect(after.stats.total).toBe(12);
    expect(after.ledger.length).toBe(12);
    const batchDay = new Date(boundary + BATCH_MS).toISOString().slice(0, 10);
    expect(new Set(after.ledger.entries.map((e: { day: string }) => e.day))).toEqual(new Set([batchDay]));
    expect(new Set(after.list.items.map((i: { signedAt: string }) => i.signedAt))).toEqual(new Set([batchDay]));
    for (const etag of after.etags) expect(before.etags).not.toContain(etag);

    // Neither the ledger's positions nor the list's order follow the order of confirmation
    // (twelve in their signing order by chance: one in 479 million).
    const byRef = new Map(after.list.items.map((i: { ref: string; name: string }) => [i.ref, i.name]));
    const ledgerOrder = after.ledger.entries.map((e: { ref: string }) => byRef.get(e.ref));
    expect([...ledgerOrder].sort()).toEqual(names);
    expect(ledgerOrder).not.toEqual(names);
    expect(after.list.items.map((i: { name: string }) => i.name)).not.toEqual(names);

    // The signer's data page now has their receipt, and the whole ledger verifies.
    const data = await dataOf(signers[0]!.withdraw);
    expect(data).toMatchObject({ publication: 'published', receipt: { position: expect.any(Number) } });
    // Its inclusion proof, against the head signed when its batch was published.
    const { receipt } = data as { receipt: { position: number; hash: string; treeSize: number; checkpoint: string; inclusion: string[] } };
    const head = parseCheckpoint(parseNote(receipt.checkpoint).text);
    expect(head.size).toBe(receipt.treeSize);
    expect(
      verifyInclusion(
        receipt.position - 1,
        receipt.treeSize,
        entryLeaf(receipt.hash),
        receipt.inclusion.map((h) => Buffer.from(h, 'hex')),
        head.root,
      ),
    ).toBe(true);
    expect((await verifyFromDatabase(ctx.app.db, ctx.app.ledger.keys, slug)).ok).toBe(true);
  });

  it('tags pages by what they show: a change nobody can see changes no ETag', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const first = await observe(slug);
    await ctx.app.letterChanged(slug);
    await ctx.app.letterChanged(slug);
    expect((await observe(slug)).etags).toEqual(first.etags);
  });

  it('holds a batch of fewer than three for the next boundary, up to an hour', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const boundary = atFreshBoundary(5_000);
    await signer(slug, 'Lone One');
    advanceTo(boundary + 10_000);
    await signer(slug, 'Lone Two');
    for (let n = 1; n * BATCH_MS < MAX_WAIT_MS; n++) {
      advanceTo(boundary + n * BATCH_MS + 1_000);
      await ctx.app.publisher.publishDue();
      expect(await publicNames(ctx, slug)).toEqual([]);
    }
    // The boundary an hour after the first: published, two or not.
    advanceTo(boundary + MAX_WAIT_MS + BATCH_MS + 1_000);
    await ctx.app.publisher.publishDue();
    expect(await publicNames(ctx, slug)).toEqual(['Lone One', 'Lone Two']);
  });

  it('takes removals off at once, and a signature withdrawn before its batch never appears', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const boundary = atFreshBoundary(1_000);
    const stayer = await signer(slug, 'Stays Listed');
    const leaver = await signer(slug, 'Leaves Later');
    await signer(slug, 'Third Signer');
    advanceTo(boundary + BATCH_MS + 1_000);
    await ctx.app.publisher.publishDue();
    expect(await publicNames(ctx, slug)).toEqual(['Leaves Later', 'Stays Listed', 'Third Signer']);

    // Mid-batch: a listed signer withdraws and is gone at once; a new one withdraws before publication.
    advanceTo(boundary + BATCH_MS + 60_000);
    await ctx.http.post('/api/v1/signatures/withdraw').send({ token: leaver.withdraw }).expect(200);
    expect(await publicNames(ctx, slug)).toEqual(['Stays Listed', 'Third Signer']);
    const early = await signer(slug, 'Changed Mind');
    await ctx.http.post('/api/v1/signatures/withdraw').send({ token: early.withdraw }).expect(200);
    advanceTo(boundary + 3 * BATCH_MS + MAX_WAIT_MS);
    await ctx.app.publisher.publishDue();
    expect(await publicNames(ctx, slug)).toEqual(['Stays Listed', 'Third Signer']);
    const ledger = (await ctx.http.get(`/api/v1/letters/${slug}/ledger`).expect(200)).body;
    expect(ledger.entries.map((e: { event: string }) => e.event).sort()).toEqual(['confirmed', 'confirmed', 'confirmed', 'withdrawn']);
    expect((await dataOf(stayer.withdraw)).publication).toBe('published');
  });

  it('holds for a moderator a look-alike of a name in its own batch, which no listed name could have caught', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const boundary = atFreshBoundary(1_000);
    await signer(slug, 'Rahima Mahmut', 'GB');
    advanceTo(boundary + 60_000);
    const fake = await signer(slug, 'R\u0430hima Mahmut', 'GB');
    await signer(slug, 'Someone Else', 'GB');
    advanceTo(boundary + BATCH_MS + 1_000);
    await ctx.app.publisher.publishDue();
    expect(await publicNames(ctx, slug)).toEqual(['Rahima Mahmut', 'Someone Else']);
    const queue = (await ctx.http.get(`/api/v1/letters/${slug}/signatures/all?moderation=pending`).set(auth).expect(200)).body.items;
    expect(queue).toEqual([expect.objectContaining({ name: 'R\u0430hima Mahmut', moderationReason: 'looks like a listed name: Rahima Mahmut' })]);
    expect((await dataOf(fake.withdraw)).publication).toBe('held');
  });

  it('lets a letter publish at once (publishBatchSeconds: 0) whatever the instance default', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], publishBatchSeconds: 0 });
    const alone = await signer(slug, 'Published At Once');
    expect(await publicNames(ctx, slug)).toEqual(['Published At Once']);
    expect(await dataOf(alone.withdraw)).toMatchObject({ publication: 'published', receipt: { position: 1 } });
  });
});

describe('safety in numbers', () => {
  it("counts a country's signers but publishes their names only once the letter's threshold is reached", async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], publishBatchSeconds: 0, nameThreshold: 3 });
    const first = await signer(slug, 'First From China', 'CN');
    await signer(slug, 'Second From China', 'CN');
    await signer(slug, 'Counted Only', 'CN', 'anonymous');
    await signer(slug, 'Alone From Bhutan', 'BT');
    expect((await ctx.http.get(`/api/v1/letters/${slug}/stats`).expect(200)).body).toMatchObject({ total: 4, byCountry: { CN: 3, BT: 1 } });
    // Three from China, one of them anonymous: the threshold counts people, so China's names are out.
    expect(await publicNames(ctx, slug)).toEqual(['First From China', 'Second From China']);
    const page = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    expect(page).toContain('names from a country are published once 3 people from it have signed');
    expect(page).toContain('Bhutan (1)');
    expect(page).not.toContain('Alone From Bhutan');

    // Before: a letter with a threshold of 5 keeps all of them counted and unnamed, in the ledger too.
    const strict = await organizerWithLetter(ctx, { moderatedKinds: [], publishBatchSeconds: 0, nameThreshold: 5 });
    const early = await signer(strict.slug, 'Early Signer', 'CN');
    await signer(strict.slug, 'Second Signer', 'CN');
    expect(await publicNames(ctx, strict.slug)).toEqual([]);
    expect(await dataOf(early.withdraw)).toMatchObject({ publication: 'withheld', receipt: { position: 1 } });
    const ledger = (await ctx.http.get(`/api/v1/letters/${strict.slug}/ledger`).expect(200)).body;
    expect(ledger.entries.map((e: { content: string }) => JSON.parse(e.content))).toEqual([
      expect.objectContaining({ anonymous: true, country: 'CN' }),
      expect.objectContaining({ anonymous: true, country: 'CN' }),
    ]);
    expect(JSON.stringify(ledger)).not.toContain('Early Signer');
    // Signing with a withheld name tells nothing: the look-alike is withheld too, not held.
    const probe = await signer(strict.slug, 'Early Signer', 'CN');
    expect((await dataOf(probe.withdraw)).publication).toBe('withheld');
    await ctx.http.post('/api/v1/signatures/erase').send({ token: probe.withdraw }).expect(200);
    // The owner lowers the threshold: the names are published then, each in an entry of its own.
    await ctx.http.patch(`/api/v1/letters/${strict.slug}`).set(strict.auth).send({ nameThreshold: 2 }).expect(200);
    expect(await publicNames(ctx, strict.slug)).toEqual(['Early Signer', 'Second Signer']);
    // Two counted-only entries, the probe's entry and its removal, then one for each published name.
    expect((await ctx.http.get(`/api/v1/letters/${strict.slug}/ledger`).expect(200)).body.length).toBe(6);
    expect((await verifyFromDatabase(ctx.app.db, ctx.app.ledger.keys, strict.slug)).ok).toBe(true);
    expect((await dataOf(early.withdraw)).publication).toBe('published');
    expect((await dataOf(first.withdraw)).publication).toBe('published');
  });

  it('publishes every name together at the launch time, counting signatures before it', async () => {
    const launch = new Date(Date.now() + 3 * 60 * 60 * 1000);
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], publishBatchSeconds: 0, namesReleaseAt: launch.toISOString() });
    await signer(slug, 'Before Launch One', 'DE');
    await signer(slug, 'Before Launch Two', 'UG');
    expect(await publicNames(ctx, slug)).toEqual([]);
    expect((await ctx.http.get(`/api/v1/letters/${slug}/stats`).expect(200)).body).toMatchObject({ total: 2, withheld: 2 });
    expect((await ctx.http.get(`/letters/${slug}`).expect(200)).text).toContain(
      `Names are published together on ${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(launch)}`,
    );
    ctx.clock.set(new Date(launch.getTime() + 1_000));
    await ctx.app.publisher.publishDue();
    expect(await publicNames(ctx, slug)).toEqual(['Before Launch One', 'Before Launch Two']);
    expect((await verifyFromDatabase(ctx.app.db, ctx.app.ledger.keys, slug)).ok).toBe(true);
  });
});
