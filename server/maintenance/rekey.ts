import { and, asc, eq, gt, ne } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { invitations, signatures } from '../db/schema.js';
import type { Sealer } from '../sealer.js';
import { canonicalEmail } from '../signatures/validation.js';
import { domainOf } from '../signatures/service.js';

/**
 * Re-seals every stored address under the current SECRET_KEY and recomputes the keyed hashes
 * derived from it, in batches. Run after a rotation with the old key in SECRET_KEY_PREVIOUS.
 * Address fingerprints (ip_hash) cannot be recomputed without the addresses, so they are dropped.
 */
export async function rekey(db: Db, sealer: Sealer, batch = 500): Promise<{ signatures: number; invitations: number }> {
  let count = { signatures: 0, invitations: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db
      .select({ id: signatures.id, emailSealed: signatures.emailSealed })
      .from(signatures)
      .where(and(ne(signatures.emailSealed, ''), gt(signatures.id, after)))
      .orderBy(asc(signatures.id))
      .limit(batch);
    if (rows.length === 0) break;
    await db.transaction(async (tx) => {
      for (const row of rows) {
        const email = sealer.open(row.emailSealed);
        await tx
          .update(signatures)
          .set({
            emailSealed: sealer.seal(email),
            emailIndex: sealer.index(canonicalEmail(email)),
            emailDomainHash: sealer.fingerprint('domain', domainOf(email)),
            ipHash: null,
          })
          .where(eq(signatures.id, row.id));
      }
    });
    count = { ...count, signatures: count.signatures + rows.length };
    after = rows.at(-1)!.id;
  }
  after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db
      .select({ id: invitations.id, emailSealed: invitations.emailSealed })
      .from(invitations)
      .where(and(ne(invitations.emailSealed, ''), gt(invitations.id, after)))
      .orderBy(asc(invitations.id))
      .limit(batch);
    if (rows.length === 0) break;
    await db.transaction(async (tx) => {
      for (const row of rows) {
        const email = sealer.open(row.emailSealed);
        await tx
          .update(invitations)
          .set({ emailSealed: sealer.seal(email), emailIndex: sealer.index(canonicalEmail(email)) })
          .where(eq(invitations.id, row.id));
      }
    });
    count = { ...count, invitations: count.invitations + rows.length };
    after = rows.at(-1)!.id;
  }
  return count;
}
