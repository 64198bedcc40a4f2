import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { mailSuppressions } from '../db/schema.js';

export type SuppressionReason = 'bounced' | 'complained';

/**
 * The mailboxes nothing more is sent to: one that refused mail for good, or complained of it.
 * Each is named by its key (Sealer.mailboxKey), so the list holds no address.
 */
export interface Suppressions {
  /** Whether mail to this address is refused before it is sent. */
  has(address: string): Promise<boolean>;
  /** Puts the mailbox of this address on the list. */
  add(address: string, reason: SuppressionReason, detail: string | null): Promise<void>;
}

/** Marks a mailbox by its key; a complaint outranks a bounce, and the first detail stays. */
export async function suppressMailbox(db: Db | Tx, mailboxKey: string, reason: SuppressionReason, detail: string | null): Promise<void> {
  await db
    .insert(mailSuppressions)
    .values({ mailboxKey, reason, detail })
    .onConflictDoUpdate({
      target: mailSuppressions.mailboxKey,
      set: { reason: sql`case when excluded.reason = 'complained' then 'complained' else ${mailSuppressions.reason} end` },
    });
}

export function suppressions(db: Db, keyOf: (address: string) => string): Suppressions {
  return {
    async has(address) {
      const [row] = await db
        .select({ key: mailSuppressions.mailboxKey })
        .from(mailSuppressions)
        .where(eq(mailSuppressions.mailboxKey, keyOf(address)));
      return row !== undefined;
    },
    add: (address, reason, detail) => suppressMailbox(db, keyOf(address), reason, detail),
  };
}
