import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { letters } from '../server/db/schema.js';
import { sha256, withdrawalProof } from '../public/verify-ledger.mjs';
import { useTestApp } from './helpers/app.js';
import { organizerView, organizerWithLetter, publicNames } from './helpers/flows.js';
import { verifier } from './helpers/process.js';
import { tokenFrom } from './helpers/smtp.js';
import { individual } from './helpers/signers.js';

/**
 * Three attacks on a letter's signatory ledger, each made as its attacker would make it (through
 * the moderation API, or with write access to the database), and each caught by the standalone
 * verifier, public/verify-ledger.mjs, run as a separate process against the listening instance,
 * as a signer or a witness would run it.
 */

const ctx = useTestApp({ smtp: true });

let base = '';
beforeAll(async () => {
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
});

/** The database as someone with its password sees it: statements, no application. */
const rawSql = (query: ReturnType<typeof sql>) => ctx.database.db.execute(query);

interface Receipt {
  position: number;
  hash: string;
}
const receiptArg = (r: Receipt) => `${r.position}:${r.hash}`;

/** Signs and confirms through the API; returns the receipt of the confirmation and the signer's withdrawal link from their mail. */
async function signWithReceipt(slug: string, signer: ReturnType<typeof individual>) {
  await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(signer).expect(202);
  const mail = (await ctx.smtp.waitFor(signer.email)).at(-1)!;
  const confirmed = await ctx.http
    .post('/api/v1/signatures/confirm')
    .send({ token: tokenFrom(mail, 'confirm') })
    .expect(200);
  const receipt = confirmed.body.receipt as Receipt;
  expect(receipt).toMatchObject({ position: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  const withdrawLink = /https?:\/\/\S+\/withdraw\/[A-Za-z0-9_-]+/.exec(mail.text)![0];
  return { ...signer, receipt, withdrawLink, withdrawToken: tokenFrom(mail, 'withdraw') };
}

async function ledgerOf(slug: string): Promise<{ length: number; entries: Array<{ position: number; event: string; ref: string; day: string; hash: string }> }> {
  return (await ctx.http.get(`/api/v1/letters/${slug}/ledger`).expect(200)).body;
}

async function letterIdOf(slug: string) {
  const [row] = await ctx.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
  return row!.id;
}

describe('attacks on a signatory ledger, caught by the standalone verifier', () => {
  it('shadowed after confirming: the receipt holder is told a moderator removed them, and at which entry', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const url = `${base}/letters/${slug}`;
    const ada = await signWithReceipt(slug, individual({ name: 'Ada Shadowed' }));
    const bea = await signWithReceipt(slug, individual({ name: 'Bea Listed' }));

    // The attack: a moderator hides ("shadows") Ada's signature after she confirmed it. Her own
    // pages still say she signed; the public list no longer shows her.
    const { id } = await organizerView(ctx, slug, auth, ada.email);
    await ctx.http.post(`/api/v1/signatures/${id}/shadow`).set(auth).expect(200);
    expect(await publicNames(ctx, slug)).toEqual(['Bea Listed']);
    const removal = (await ledgerOf(slug)).entries[2]!;
    expect(removal).toMatchObject({ position: 3, event: 'rejected', ref: id });

    // Caught by the receipt check: her receipt's entry is still in the chain, but a later entry
    // took her signatory off the list, and it is a moderator's entry, not her withdrawal.
    const shadowed = await verifier([url, '--receipt', receiptArg(ada.receipt)]);
    expect(shadowed.stdout).toContain('INCONSISTENT');
    expect(shadowed.stdout).toContain(`- receipt 1: its signatory is no longer on the list: removed by a moderator (rejected, or hidden as abuse) at entry 3 (${removal.day})`);
    expect(shadowed.code).toBe(1);

    // Untouched: Bea, still listed, is told so, and her entry is proved to be in the signed head.
    const listed = await verifier([url, '--receipt', receiptArg(bea.receipt)]);
    expect(listed.stdout).toContain("receipt 2: the log's inclusion proof places its entry in the signed head of 3 entries");
    expect(listed.stdout).toContain('receipt 2: its signatory is on the list');
    expect(listed.stdout).toContain('OK: the chain is intact, and the public list (1 listed, 0 anonymous) matches it');
    expect(listed.code).toBe(0);
  });

  it('forged withdrawal: written in the database, it carries no proof of the signer’s link, or a false one', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const url = `${base}/letters/${slug}`;
    const ada = await signWithReceipt(slug, individual({ name: 'Ada Removed' }));
    const bea = await signWithReceipt(slug, individual({ name: 'Bea Removed' }));
    await signWithReceipt(slug, individual({ name: 'Cem Stays' }));
    const letterId = await letterIdOf(slug);
    const [adaEntry, beaEntry] = (await ledgerOf(slug)).entries;
    const day = adaEntry!.day;

    // The attack: someone with write access to the database withdraws Ada and Bea. Each
    // signature is set to withdrawn, and a withdrawal is appended to the ledger, unchained, as the
    // application writes one; the application chains it and signs the new head, as a real
    // instance would at its next signature or sweep. For Bea the forger also makes up a proof of
    // her link (computed from a guessed token: the database holds only a hash of the real one).
    const forge = async (ref: string, content: string | null) => {
      await rawSql(sql`update signatures set status = 'withdrawn', withdrawn_at = now() where id = ${ref}`);
      await rawSql(sql`insert into ledger_entries (letter_id, ref, event, day, content, content_hash)
        values (${letterId}, ${ref}, 'withdrawn', ${day}, ${content}, ${content === null ? null : sha256(content)})`);
    };
    await forge(adaEntry!.ref, null);
    await forge(beaEntry!.ref, JSON.stringify({ proof: withdrawalProof('a-guessed-token', beaEntry!.ref), withdrawal: 'signer-link' }));
    await ctx.app.ledger.chain(letterId);
    await ctx.app.letterChanged(slug);
    expect((await ledgerOf(slug)).entries.map((e) => e.event)).toEqual(['confirmed', 'confirmed', 'confirmed', 'withdrawn', 'withdrawn']);
    expect(await publicNames(ctx, slug)).toEqual(['Cem Stays']);

    // The ledger alone cannot tell: a withdrawal, chained and signed, agrees with the list.
    const alone = await verifier([url]);
    expect(alone.stdout).toContain('OK: the chain is intact, and the public list (1 listed, 0 anonymous) matches it');
    expect(alone.code).toBe(0);

    // Caught by the receipt check's withdrawal proof: Ada's withdrawal has none, which a
    // withdrawal through her own link always carries.
    const noProof = await verifier([url, '--receipt', receiptArg(ada.receipt)]);
    expect(noProof.stdout).toContain(`- receipt 1: entry 4 (${day}) withdraws its signatory without proof of the signer's link: if you did not withdraw, it was forged`);
    expect(noProof.code).toBe(1);

    // Bea's has a proof, which her own link (from her mail) does not reproduce.
    const falseProof = await verifier([url, '--receipt', receiptArg(bea.receipt), '--token', bea.withdrawLink]);
    expect(falseProof.stdout).toContain(`- receipt 2: entry 5 (${day}) withdraws its signatory, but its proof does not match your withdrawal link: it was not made with your link (forged)`);
    expect(falseProof.code).toBe(1);
  });

  it('genuine withdrawal through the signer’s own link: their link proves it, and without it the proof is left to check', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const url = `${base}/letters/${slug}`;
    const ada = await signWithReceipt(slug, individual({ name: 'Ada Leaves' }));
    await signWithReceipt(slug, individual({ name: 'Bea Stays' }));
    await ctx.http.post('/api/v1/signatures/withdraw').send({ token: ada.withdrawToken }).expect(200);
    const withdrawal = (await ledgerOf(slug)).entries[2]!;
    expect(withdrawal).toMatchObject({ position: 3, event: 'withdrawn' });

    // With her link (as printed in her mail), or its bare token: the proof is hers.
    for (const token of [ada.withdrawLink, ada.withdrawToken]) {
      const mine = await verifier([url, '--receipt', receiptArg(ada.receipt), '--token', token]);
      expect(mine.stdout).toContain(`receipt 1: withdrawn at entry 3 (${withdrawal.day}) through your own link (its proof matches your token)`);
      expect(mine.stdout).toContain('OK: the chain is intact');
      expect(mine.code).toBe(0);
    }

    // Without it the verifier cannot tell her withdrawal from another's, and says how to check.
    const unchecked = await verifier([url, '--receipt', receiptArg(ada.receipt)]);
    expect(unchecked.stdout).toContain(
      `- receipt 1: its signatory is no longer on the list: withdrawn at entry 3 (${withdrawal.day}), with a proof of the signer's link (give --token with your withdrawal link to check it is yours)`,
    );
    expect(unchecked.code).toBe(1);
  });

  it('owner deletes the last entry and its signature: the rest agrees with itself, but a witness kept the longer head', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const url = `${base}/letters/${slug}`;
    await signWithReceipt(slug, individual({ name: 'Ada Kept' }));
    await signWithReceipt(slug, individual({ name: 'Bea Kept' }));
    const cem = await signWithReceipt(slug, individual({ name: 'Cem Deleted' }));
    const letterId = await letterIdOf(slug);
    const last = (await ledgerOf(slug)).entries[2]!;

    // A witness records the signed head of 3 entries.
    const witnessDir = mkdtempSync(join(tmpdir(), 'undersigned-witness-'));
    const recorded = await verifier([url, '--witness', witnessDir]);
    expect(recorded.stdout).toMatch(/signed head: \S+, 3 entries/);
    expect(recorded.code).toBe(0);

    // The attack: the instance's owner, with the database, drops the append-only guards (as a
    // thief would), deletes the last entry, its signature, and the signed head that covers it,
    // so that the latest head left is the one signed when entry 2 was chained.
    await rawSql(sql`alter table ledger_entries disable trigger ledger_entries_append_only`);
    await rawSql(sql`alter table ledger_heads disable trigger ledger_heads_append_only`);
    try {
      await rawSql(sql`delete from ledger_entries where letter_id = ${letterId} and position = 3`);
      await rawSql(sql`delete from signatures where id = ${last.ref}`);
      await rawSql(sql`delete from ledger_heads where letter_id = ${letterId} and tree_size >= 3`);
    } finally {
      await rawSql(sql`alter table ledger_entries enable trigger ledger_entries_append_only`);
      await rawSql(sql`alter table ledger_heads enable trigger ledger_heads_append_only`);
    }
    await ctx.app.letterChanged(slug);
    expect(await publicNames(ctx, slug)).toEqual(['Ada Kept', 'Bea Kept']);

    // What is left is self-consistent: a chain of 2, a genuine signed head of 2, a list of 2. No
    // check of the ledger alone can see the deletion; this is why heads must be witnessed.
    const alone = await verifier([url]);
    expect(alone.stdout).toMatch(/^2 ledger entries, head [0-9a-f]{64}$/m);
    expect(alone.stdout).toContain('OK: the chain is intact, and the public list (2 listed, 0 anonymous) matches it');
    expect(alone.code).toBe(0);

    // Caught by the witness check: the log now signs a smaller tree than one the witness kept.
    const witnessed = await verifier([url, '--witness', witnessDir]);
    expect(witnessed.stdout).toContain('- the log now signs 2 entries, but this witness kept a head of 3 it signed before: entries were removed (rolled back)');
    expect(witnessed.code).toBe(1);

    // And by the receipt check: Cem's receipt names an entry the shortened ledger no longer has.
    const receipt = await verifier([url, '--receipt', receiptArg(cem.receipt)]);
    expect(receipt.stdout).toContain(`- receipt 3:${cem.receipt.hash} names entry 3, but this ledger has only 2 entries: entries were removed (rolled back)`);
    expect(receipt.code).toBe(1);
  });
});
