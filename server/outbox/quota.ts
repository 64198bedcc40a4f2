import { lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { mailQuotas } from '../db/schema.js';
import { MAIL_DELIVERY } from '../delivery/mail-kinds.js';
import { MAIL_LOGIN } from '../organizers/mail-kinds.js';
import type { OutboxKind } from './messages.js';

/** Messages one address may be sent in an hour-long window, all kinds together. */
export const MAIL_CAP = 5;
export const MAIL_CAP_WINDOW_MS = 60 * 60 * 1000;
/** Past the cap, a sign-in link still goes out this often, so an organizer under attack can sign in. */
export const SIGN_IN_PAST_CAP_MS = 10 * 60 * 1000;

/** Why a message over the cap was not sent, as the outbox row records it (no address). */
export const CAPPED = 'not sent: over the hourly mail cap for its address';

const SIGN_IN_KINDS: ReadonlySet<string> = new Set<OutboxKind>([MAIL_LOGIN]);
// The letter to its addressees: sent at the organizers' request, spaced out and publicly logged.
const UNCAPPED_KINDS: ReadonlySet<string> = new Set<OutboxKind>([MAIL_DELIVERY]);

export interface MailCap {
  /** Takes the message's place under its address's cap; false when it must not be sent. */
  take(kind: string, to: string, now: Date): Promise<boolean>;
}

/**
 * The per-address cap, kept in the database so that every worker of every instance counts
 * against the same row (one atomic upsert per message). `key` is a keyed hash of the address:
 * the table never holds an address.
 */
export function mailCap(db: Db, key: (address: string) => string): MailCap {
  return {
    async take(kind, to, now) {
      if (UNCAPPED_KINDS.has(kind)) return true;
      const signIn = SIGN_IN_KINDS.has(kind);
      const windowOver = new Date(now.getTime() - MAIL_CAP_WINDOW_MS);
      const signInDue = new Date(now.getTime() - SIGN_IN_PAST_CAP_MS);
      // A window that is over starts again at this message; past the cap only a sign-in link that is due goes.
      const result = await db.execute<{ ok: number }>(sql`
        insert into ${mailQuotas} as q (recipient_hash, window_started_at, sent, last_sign_in_at)
        values (${key(to)}, ${now}::timestamptz, 1, ${signIn ? now : null}::timestamptz)
        on conflict (recipient_hash) do update set
          window_started_at = case when q.window_started_at <= ${windowOver}::timestamptz then ${now}::timestamptz else q.window_started_at end,
          sent = case when q.window_started_at <= ${windowOver}::timestamptz then 1 else q.sent + 1 end,
          last_sign_in_at = case when ${signIn}::boolean then ${now}::timestamptz else q.last_sign_in_at end
        where q.window_started_at <= ${windowOver}::timestamptz
          or q.sent < ${MAIL_CAP}
          or (${signIn}::boolean and (q.last_sign_in_at is null or q.last_sign_in_at <= ${signInDue}::timestamptz))
        returning 1 as ok`);
      return result.rows.length > 0;
    },
  };
}

/** Rows whose window and sign-in spacing are both over say nothing any more. */
export async function pruneMailQuotas(db: Db, now: Date): Promise<number> {
  const rows = await db
    .delete(mailQuotas)
    .where(lt(mailQuotas.windowStartedAt, new Date(now.getTime() - MAIL_CAP_WINDOW_MS)))
    .returning({ key: mailQuotas.recipientHash });
  return rows.length;
}
