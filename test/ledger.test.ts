import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { letters, signatures } from '../server/db/schema.js';
import { chainPending, lettersWithUnchained, recordEvents } from '../server/ledger/chain.js';
import { LedgerKeys } from '../server/ledger/keys.js';
import { adoptLetter, verifyFromDatabase } from '../server/ledger/service.js';
import {
  entryHash,
  entryLeaf,
  fetchRecords,
  GENESIS,
  merkleRoot,
  openCheckpoint,
  parseVkey,
  sha256,
  verifyConsistency,
  verifyInclusion,
  verifyLedger,
  withdrawalProof,
} from '../public/verify-ledger.mjs';
import { DRIVER, newLetter, submitForm, useTestApp } from './helpers/app.js';
import { insertSignatories, organizerView, organizerWithLetter, signAndConfirm } from './helpers/flows.js';
import { getPdf, readPdf } from './helpers/pdf.js';
import { tokenFrom } from './helpers/smtp.js';
import { individual, legislator } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true });

// The standalone verifier talks HTTP, as it would to a real instance.
let base = '';
beforeAll(async () => {
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
});

interface Entry {
  position: number;
  event: string;
  ref: string;
  day: string;
  contentHash: string | null;
  content: string | null;
  prev: string;
  hash: string;
}

async function ledgerOf(slug: string): Promise<{ length: number; head: string; root: string; entries: Entry[] }> {
  return (await ctx.http.get(`/api/v1/letters/${slug}/ledger`).expect(200)).body;
}

/** The database as someone with its password sees it: statements, no application. */
const rawSql = (query: ReturnType<typeof sql>) => ctx.database.db.execute(query);

async function letterId(slug: string) {
  const [row] = await ctx.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
  return row!.id;
}

/** An open, unmoderated letter with three confirmed individuals; returns their refs in signing order. */
async function letterWithThree() {
  const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
  const people = [individual({ name: 'Ada First' }), individual({ name: 'Bea Second' }), individual({ name: 'Cem Third' })];
  for (const p of people) await signAndConfirm(ctx, slug, p);
  const { entries } = await ledgerOf(slug);
  return { slug, refs: entries.map((e) => e.ref) };
}

describe('the signatory ledger', () => {
  it('chains every public event, gives receipts, forgets who left, and verifies untouched', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    expect(await ledgerOf(slug)).toMatchObject({ length: 0, head: GENESIS, entries: [] });

    // A confirmation returns the signer's receipt: the entry that put them on the list.
    const ada = individual({ name: 'Ada Lovelace' });
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(ada).expect(202);
    const confirmed = await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom((await ctx.smtp.waitFor(ada.email))[0]!, 'confirm') })
      .expect(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', letter: slug, receipt: { position: 1 } });

    // The signer finds it again with their data, behind the withdrawal link.
    const adaWithdraw = tokenFrom((await ctx.smtp.waitFor(ada.email))[0]!, 'withdraw');
    const data = await ctx.http.post('/api/v1/signatures/data').send({ token: adaWithdraw }).expect(200);
    expect(data.body.receipt).toEqual(confirmed.body.receipt);

    // Initials, anonymous, and a legislator held for moderation (no entry until approved).
    const initials = individual({ name: 'Grace Brewster Hopper', display: 'initials' });
    const hidden = individual({ name: 'Nameless Person', display: 'anonymous', country: 'IR' });
    const mp = legislator({ name: 'Held Member' });
    for (const s of [initials, hidden, mp]) await signAndConfirm(ctx, slug, s);
    expect((await ledgerOf(slug)).length).toBe(3);
    const held = await organizerView(ctx, slug, auth, mp.email);
    await ctx.http.post(`/api/v1/signatures/${held.id}/approve`).set(auth).expect(200);

    // The form's confirmation page shows the receipt too.
    const bo = individual({ name: 'Bo Page' });
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(bo).expect(202);
    const boToken = tokenFrom((await ctx.smtp.waitFor(bo.email))[0]!, 'confirm');
    const page = await submitForm(ctx, `/confirm/${boToken}`, `/confirm/${boToken}`, {});
    expect(page.text).toMatch(/Your receipt: entry <strong>5<\/strong>/);

    // Grace withdraws: an entry says so, and her earlier entry no longer says who she was.
    const withdrawToken = tokenFrom((await ctx.smtp.waitFor(initials.email))[0]!, 'withdraw');
    await ctx.http.post('/api/v1/signatures/withdraw').send({ token: withdrawToken }).expect(200);

    const ledger = await ledgerOf(slug);
    expect(ledger.entries.map((e) => e.event)).toEqual(['confirmed', 'confirmed', 'confirmed', 'approved', 'confirmed', 'withdrawn']);
    expect(ledger.entries[0]!.hash).toBe(confirmed.body.receipt.hash);
    const [first, grace, anon, approved, , gone] = ledger.entries;
    expect(JSON.parse(first!.content!)).toMatchObject({ name: 'Ada Lovelace', kind: 'individual', country: 'TR', verified: false });
    expect(grace!.content).toBeNull();
    expect(grace!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // Her own link withdrew her: the entry carries its proof, which only that link's holder can recompute.
    expect(gone).toMatchObject({ ref: grace!.ref, contentHash: sha256(gone!.content!) });
    expect(JSON.parse(gone!.content!)).toEqual({ withdrawal: 'signer-link', proof: withdrawalProof(withdrawToken, grace!.ref) });
    expect(JSON.parse(anon!.content!)).toEqual({ anonymous: true, kind: 'individual', country: 'IR', salt: expect.any(String) });
    expect(JSON.parse(approved!.content!)).toMatchObject({ name: 'Held Member', verifiedBy: 'approved' });
    // Each hash is the previous one and the entry's fields, as docs/LEDGER.md says.
    let prev = GENESIS;
    for (const e of ledger.entries) {
      expect(e.prev).toBe(prev);
      expect(e.hash).toBe(entryHash(prev, e));
      if (e.content) expect(sha256(e.content)).toBe(e.contentHash);
      prev = e.hash;
    }
    const text = JSON.stringify(ledger);
    for (const s of [ada, initials, hidden, mp]) expect(text).not.toContain(s.email);
    expect(text).not.toContain('Grace');
    expect(text).not.toContain('Nameless');

    // The head is published with the letter, on its page and in its PDF's source.
    const letter = (await ctx.http.get(`/api/v1/letters/${slug}`).expect(200)).body;
    expect(letter.ledger).toEqual({ length: 6, head: ledger.head, root: ledger.root, witnesses: null });
    // Anyone may fetch it, from any origin (a verifier in a browser elsewhere).
    const shared = await ctx.http.get(`/api/v1/letters/${slug}/ledger`).set('Origin', 'https://elsewhere.example').expect(200);
    expect(shared.headers['access-control-allow-origin']).toBe('*');
    // The page links to the list's own page for checking it, which shows the head.
    expect((await ctx.http.get(`/letters/${slug}`).expect(200)).text).toContain(`href="/letters/${slug}/verify"`);
    expect((await ctx.http.get(`/letters/${slug}/verify`).expect(200)).text).toContain(ledger.head);
    const pdf = await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200);
    const printed = readPdf(pdf.body as Buffer).text.replace(/\s+/g, '');
    expect(printed).toContain(`Signatoryledger:6entries,head${ledger.head}`);
    // The public list names each signature's ref.
    const items = (await ctx.http.get(`/api/v1/letters/${slug}/signatures`).expect(200)).body.items;
    expect(items.map((i: { ref: string }) => i.ref).sort()).toEqual([first!.ref, approved!.ref, ledger.entries[4]!.ref].sort());

    // Untouched, it verifies: from the database (the CLI's check) and from outside (the verifier).
    const report = await verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, slug);
    expect(report).toMatchObject({ ok: true, problems: [], entries: 6, listed: 3, anonymous: 1, unchained: 0 });
    const outside = verifyLedger({ ...(await fetchRecords(`${base}/letters/${slug}`)), expect: { heads: [first!.hash], receipts: [confirmed.body.receipt] } });
    expect(outside.problems).toEqual([]);
    // A head that was never published is caught.
    const forged = verifyLedger({ ...(await fetchRecords(`${base}/letters/${slug}`)), expect: { heads: ['ab'.repeat(32)] } });
    expect(forged.problems[0]!.message).toContain('was rewritten after it was published');
  });

  it('detects a signature edited in SQL, naming its entry', async () => {
    const { slug, refs } = await letterWithThree();
    await rawSql(sql`update signatures set name = 'Mallory Impostor' where id = ${refs[1]}`);
    const report = await verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, slug);
    expect(report.ok).toBe(false);
    expect(report.problems[0]!.message).toBe(`entry 2 (ref ${refs[1]}): the public list shows name "Mallory Impostor" where the ledger recorded "Bea Second": changed without an entry`);
    // The same from outside, once the public caches have moved on.
    await ctx.app.letterChanged(slug);
    const outside = verifyLedger(await fetchRecords(`${base}/letters/${slug}`));
    expect(outside.problems[0]).toMatchObject({ position: 2, ref: refs[1] });
  });

  it('detects a signature deleted in SQL, naming its entry', async () => {
    const { slug, refs } = await letterWithThree();
    await rawSql(sql`delete from signatures where id = ${refs[0]}`);
    const report = await verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, slug);
    expect(report.ok).toBe(false);
    expect(report.problems[0]!.message).toBe(`entry 1 (ref ${refs[0]}) has "Ada First" (individual, TR) on the list, but the public list does not show them: removed without an entry`);
    expect(report.problems.map((p) => p.message)).toContain('the letter counts 2 signatories, the ledger 3');
  });

  it('detects a signature inserted in SQL, naming it', async () => {
    const { slug } = await letterWithThree();
    const id = await letterId(slug);
    const [row] = await ctx.database.db
      .insert(signatures)
      .values({
        letterId: id,
        letterVersion: 1,
        kind: 'individual',
        name: 'Planted Supporter',
        country: 'FR',
        emailSealed: ctx.app.sealer.seal('planted@example.org'),
        emailIndex: ctx.app.sealer.index('planted@example.org'),
        status: 'confirmed',
        confirmedAt: new Date(),
        publishedAt: new Date(),
        namedAt: new Date(),
      })
      .returning({ id: signatures.id });
    const report = await verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, slug);
    expect(report.ok).toBe(false);
    expect(report.problems[0]!.message).toBe(`the public list shows "Planted Supporter" (individual, FR), ref ${row!.id}, whom the ledger does not have as a signatory: added without an entry`);
  });

  it('refuses edits to the ledger itself, and detects them when the guard is dropped', async () => {
    const { slug } = await letterWithThree();
    const id = await letterId(slug);
    await expect(rawSql(sql`update ledger_entries set day = '2001-01-01' where letter_id = ${id} and position = 2`)).rejects.toThrow();
    await expect(rawSql(sql`delete from ledger_entries where letter_id = ${id}`)).rejects.toThrow();
    expect((await verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, slug)).ok).toBe(true);

    await rawSql(sql`alter table ledger_entries disable trigger ledger_entries_append_only`);
    try {
      await rawSql(sql`update ledger_entries set day = '2001-01-01' where letter_id = ${id} and position = 2`);
      const report = await verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, slug);
      expect(report.problems[0]!.message).toMatch(/^entry 2 was altered: its fields hash to [0-9a-f]{64}, not to the recorded [0-9a-f]{64}$/);
    } finally {
      await rawSql(sql`alter table ledger_entries enable trigger ledger_entries_append_only`);
    }
  });

  it('records bulk invalidation and erasure as departures', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    // Named apart: a second copy of one name would be held for a moderator, not listed.
    const flood = [individual({ name: 'Flood One', email: 'one@flood.example' }), individual({ name: 'Flood Two', email: 'two@flood.example' })];
    const keeper = individual({ name: 'Keeper' });
    const eraser = individual({ name: 'Eraser Person' });
    for (const s of [...flood, keeper, eraser]) await signAndConfirm(ctx, slug, s);
    const invalidated = await ctx.http.post(`/api/v1/letters/${slug}/signatures/invalidate`).set(auth).send({ emailDomain: 'flood.example', apply: true }).expect(200);
    expect(invalidated.body).toEqual({ matched: 2, invalidated: 2 });
    const token = tokenFrom((await ctx.smtp.waitFor(eraser.email))[0]!, 'withdraw');
    await ctx.http.post('/api/v1/signatures/erase').send({ token }).expect(200);

    const ledger = await ledgerOf(slug);
    expect(ledger.entries.map((e) => e.event)).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed', 'rejected', 'rejected', 'withdrawn']);
    expect(JSON.stringify(ledger)).not.toContain('Eraser');
    expect((await verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, slug)).ok).toBe(true);
  });

  it('starts the ledger of a letter signed before ledgers existed, once', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await insertSignatories(ctx, slug, [
      { kind: 'individual', name: 'Early One', country: 'GB' },
      { kind: 'individual', name: 'Early Two', country: 'GB', display: 'anonymous' },
    ]);
    const before = await verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, slug);
    expect(before.problems[0]!.message).toContain('"Early One" (individual, GB)');
    expect(await adoptLetter(ctx.database.db, ctx.app.ledger.keys, slug, ctx.clock.now())).toBe(2);
    expect(await verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, slug)).toMatchObject({ ok: true, listed: 1, anonymous: 1 });
    await expect(adoptLetter(ctx.database.db, ctx.app.ledger.keys, slug, ctx.clock.now())).rejects.toMatchObject({ statusCode: 409, code: 'LEDGER_EXISTS' });
  });

  it('answers 404 for an unknown letter or a draft, and 400 for a bad page', async () => {
    const unknown = await ctx.http.get('/api/v1/letters/no-such-letter/ledger').expect(404);
    expect(unknown.body).toMatchObject({ statusCode: 404, code: 'LETTER_NOT_FOUND' });
    const { auth } = await organizerWithLetter(ctx);
    const draft = await newLetter(ctx, auth, {}, { publish: false });
    await ctx.http.get(`/api/v1/letters/${draft.slug}/ledger`).expect(404);
    const { slug } = await organizerWithLetter(ctx);
    const bad = await ctx.http.get(`/api/v1/letters/${slug}/ledger?limit=0`).expect(400);
    expect(bad.body.message).toContain('limit');
  });

  it(`chains concurrent confirmations into one unbroken chain (${DRIVER})`, async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const signers = Array.from({ length: 12 }, (_, i) => individual({ name: `Concurrent ${i}` }));
    for (const s of signers) await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(s).expect(202);
    const tokens = await Promise.all(signers.map(async (s) => tokenFrom((await ctx.smtp.waitFor(s.email))[0]!, 'confirm')));
    const receipts = await Promise.all(tokens.map(async (token) => (await ctx.http.post('/api/v1/signatures/confirm').send({ token }).expect(200)).body.receipt));
    expect(receipts.map((r: { position: number }) => r.position).sort((a: number, b: number) => a - b)).toEqual(signers.map((_, i) => i + 1));
    const records = await fetchRecords(`${base}/letters/${slug}`);
    const report = verifyLedger({ ...records, expect: { receipts } });
    expect(report.problems).toEqual([]);
    // Each receipt proves its entry in the head signed by the chaining that took it, wherever in
    // a group commit it fell: the proof alone, against the signed root, without the ledger.
    const keys = records.keys.map(parseVkey);
    for (const r of receipts as Array<{ position: number; hash: string; treeSize: number; checkpoint: string; inclusion: string[] }>) {
      const head = openCheckpoint(r.checkpoint, keys);
      expect(head.size).toBe(r.treeSize);
      expect(r.treeSize).toBeGreaterThanOrEqual(r.position);
      const proof = r.inclusion.map((h) => Buffer.from(h, 'hex'));
      expect(verifyInclusion(r.position - 1, r.treeSize, entryLeaf(r.hash), proof, head.root), `receipt ${r.position}`).toBe(true);
      expect(verifyInclusion(r.position - 1, r.treeSize, entryLeaf('00'.repeat(32)), proof, head.root)).toBe(false);
    }
  });
});

describe('signed tree heads', () => {
  const wellKnownKeys = async () => (await ctx.http.get('/.well-known/undersigned-ledger').expect(200)).body.keys as Array<{ vkey: string; purpose: string; retiredAt: string | null }>;

  it('signs every head with the published key, over the Merkle root of the entries, and proves inclusion and consistency', async () => {
    const { slug } = await letterWithThree();
    const ledger = (await ctx.http.get(`/api/v1/letters/${slug}/ledger`).expect(200)).body;
    const keys = (await wellKnownKeys()).map((k) => parseVkey(k.vkey));
    const head = openCheckpoint(ledger.checkpoint, keys);
    expect(head.origin).toBe(`undersigned.test/letters/${slug}`);
    expect(head.size).toBe(3);
    expect(head.root.toString('hex')).toBe(ledger.root);
    expect(merkleRoot(ledger.entries.map((e: Entry) => entryLeaf(e.hash))).toString('hex')).toBe(ledger.root);
    const served = await ctx.http.get(`/api/v1/letters/${slug}/ledger/checkpoint`).expect(200);
    expect(served.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(served.text).toBe(ledger.checkpoint);

    for (const position of [1, 2, 3]) {
      const proof = (await ctx.http.get(`/api/v1/letters/${slug}/ledger/proof/inclusion?position=${position}`).expect(200)).body;
      expect(proof).toMatchObject({ position, treeSize: 3, root: ledger.root, hash: ledger.entries[position - 1].hash });
      expect(
        verifyInclusion(
          position - 1,
          3,
          entryLeaf(proof.hash),
          proof.inclusion.map((h: string) => Buffer.from(h, 'hex')),
          head.root,
        ),
      ).toBe(true);
    }
    for (const from of [1, 2, 3]) {
      const proof = (await ctx.http.get(`/api/v1/letters/${slug}/ledger/proof/consistency?from=${from}&to=3`).expect(200)).body;
      const earlier = merkleRoot(ledger.entries.slice(0, from).map((e: Entry) => entryLeaf(e.hash)));
      expect(proof.fromRoot).toBe(earlier.toString('hex'));
      expect(
        verifyConsistency(
          from,
          3,
          proof.consistency.map((h: string) => Buffer.from(h, 'hex')),
          earlier,
          head.root,
        ),
      ).toBe(true);
    }
    const beyond = await ctx.http.get(`/api/v1/letters/${slug}/ledger/proof/inclusion?position=4`).expect(400);
    expect(beyond.body).toMatchObject({ code: 'OUT_OF_RANGE', message: expect.stringContaining('position') });
    await ctx.http.get(`/api/v1/letters/${slug}/ledger/proof/consistency?from=3&to=2`).expect(400);
    await ctx.http.get(`/api/v1/letters/${slug}/ledger/proof/consistency?from=1&to=9`).expect(400);
    // A head is never changed or removed, even by mistake.
    const id = await letterId(slug);
    await expect(rawSql(sql`delete from ledger_heads where letter_id = ${id}`)).rejects.toThrow();
    await expect(rawSql(sql`update ledger_heads set root_hash = 'x' where letter_id = ${id}`)).rejects.toThrow();
  });

  it('takes a chain that predates signed heads as its first leaves: its old head stays checkable, its root is what it would have been', async () => {
    const { slug } = await letterWithThree();
    const id = await letterId(slug);
    const before = (await ctx.http.get(`/api/v1/letters/${slug}/ledger`).expect(200)).body;
    // As a ledger made before this version: entries chained, no signed head.
    await rawSql(sql`alter table ledger_heads disable trigger ledger_heads_append_only`);
    try {
      await rawSql(sql`delete from ledger_heads where letter_id = ${id}`);
    } finally {
      await rawSql(sql`alter table ledger_heads enable trigger ledger_heads_append_only`);
    }
    // The sweep at start-up (and every minute) finds it, and its chaining signs the first head.
    expect(await lettersWithUnchained(ctx.database.db, ctx.clock.now())).toContain(id);
    await ctx.app.ledger.chain(id);
    expect(await lettersWithUnchained(ctx.database.db, ctx.clock.now())).not.toContain(id);
    const after = (await ctx.http.get(`/api/v1/letters/${slug}/ledger`).expect(200)).body;
    expect(after).toMatchObject({ length: 3, head: before.head, root: before.root });
    const report = verifyLedger({ ...(await fetchRecords(`${base}/letters/${slug}`)), expect: { heads: [before.head] } });
    expect(report).toMatchObject({ ok: true, signedHead: { size: 3, root: before.root } });
  });

  it('signs with keys not loaded yet (as right after a start), loading them outside the chaining transaction', async () => {
    const { slug, refs } = await letterWithThree();
    const id = await letterId(slug);
    await rawSql(sql`update signatures set status = 'withdrawn' where id = ${refs[0]}`);
    await ctx.database.db.transaction((tx) => recordEvents(tx, id, [refs[0]!], 'withdrawn', ctx.clock.now()));
    // On PGlite (one connection) a key read beside the open transaction would wait for it forever.
    const fresh = new LedgerKeys(ctx.database.db, ctx.app.sealer, ctx.config.publicUrl);
    expect(await chainPending(ctx.database.db, fresh, id)).toBe(1);
    expect((await ledgerOf(slug)).length).toBe(4);
    expect(verifyLedger(await fetchRecords(`${base}/letters/${slug}`)).ok).toBe(true);
  });

  it('keeps verifying heads signed before a key rotation with the retired key, which stays published', async () => {
    const { slug } = await letterWithThree();
    const old = (await ctx.http.get(`/api/v1/letters/${slug}/ledger/checkpoint`).expect(200)).text;
    const retired = (await wellKnownKeys()).find((k) => k.purpose === 'log' && !k.retiredAt)!;
    const fresh = await ctx.app.ledger.keys.rotate('log', ctx.clock.now());
    expect(fresh).not.toBe(retired.vkey);
    await signAndConfirm(ctx, slug, individual({ name: 'After Rotation' }));
    const keys = await wellKnownKeys();
    expect(keys.find((k) => k.vkey === retired.vkey)?.retiredAt).toEqual(expect.any(String));
    const now = (await ctx.http.get(`/api/v1/letters/${slug}/ledger/checkpoint`).expect(200)).text;
    expect(openCheckpoint(now, [parseVkey(fresh)]).size).toBe(4);
    expect(() => openCheckpoint(now, [parseVkey(retired.vkey)])).toThrow(/no signature by a log key/);
    expect(
      openCheckpoint(
        old,
        keys.map((k) => parseVkey(k.vkey)),
      ).size,
    ).toBe(3);
    expect(verifyLedger(await fetchRecords(`${base}/letters/${slug}`)).ok).toBe(true);
  });
});
