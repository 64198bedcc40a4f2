import { and, asc, eq, gt, ne } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { invitations, signatures } from '../db/schema.js';
import type { Sealer } from '../sealer.js';
import { resealLedgerKeys } from '../ledger/keys.js';
import { domainOf } from '../signatures/service.js';
import { canonicalEmail } from '../signatures/validation.js';

type Sealed = { id: string; emailSealed: string };

/** Walks rows in id order, `batch` at a time, each batch re-written in one transaction. */
async function inBatches(
  db: Db,
  batch: number,
  fetch: (after: string, limit: number) => Promise<Sealed[]>,
  rewrite: (tx: Tx, row: Sealed, email: string) => Promise<unknown>,
  sealer: Sealer,
): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let count = 0;
  for (;;) {
    const rows = await fetch(after, batch);
    if (rows.length === 0) return count;
    await db.transaction(async (tx) => {
      for (const row of rows) await rewrite(tx, row, sealer.open(row.emailSealed));
    });
    count += rows.length;
    after = rows.at(-1)!.id;
  }
}

/**
 * Re-seals every stored address under the current SECRET_KEY and recomputes the keyed hashes
 * derived from it, in batches. Run after a rotation with the old key in SECRET_KEY_PREVIOUS.
 * Address fingerprints (ip_hash) cannot be recomputed without the addresses, so they are dropped.
 * The ledger's key seeds are re-sealed too (ledger/keys.ts).
 */
export async function rekey(db: Db, sealer: Sealer, batch = 500): Promise<{ signatures: number; invitations: number; ledgerKeys: number }> {
  const signed = await inBatches(
    db,
    batch,
    (after, limit) =>
      db
        .select({ id: signatures.id, emailSealed: signatures.emailSealed })
        .from(signatures)
        .where(and(ne(signatures.emailSealed, ''), gt(signatures.id, after)))
        .orderBy(asc(signatures.id))
        .limit(limit),
    (tx, row, email) =>
      tx
        .update(signatures)
        .set({
          emailSealed: sealer.seal(email),
          emailIndex: sealer.index(canonicalEmail(email)),
          emailDomainHash: sealer.fingerprint('domain', domainOf(email)),
          ipHash: null,
        })
        .where(eq(signatures.id, row.id)),
    sealer,
  );
  const invited = await inBatches(
    db,
    batch,
    (after, limit) =>
      db
        .select({ id: invitations.id, emailSealed: invitations.emailSealed })
        .from(invitations)
        .where(and(ne(invitations.emailSealed, ''), gt(invitations.id, after)))
        .orderBy(asc(invitations.id))
        .limit(limit),
    (tx, row, email) =>
      tx
        .update(invitations)
        .set({ emailSealed: sealer.seal(email), emailIndex: sealer.index(canonicalEmail(email)) })
        .where(eq(invitations.id, row.id)),
    sealer,
  );
  return { signatures: signed, invitations: invited, ledgerKeys: await resealLedgerKeys(db, sealer) };
}
