import { and, eq, inArray, isNull, lte, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { outbox } from '../db/schema.js';
import type { OutboxKind, OutboxMessages } from './messages.js';

export type OutboxJob = typeof outbox.$inferSelect;

/**
 * Queues a message inside the caller's transaction: it exists exactly when the change does.
 * It is due at `dueAt`, by the app's clock: now, or later to hold it back (deliveries are spaced out).
 */
export async function enqueue<K extends OutboxKind>(tx: Db | Tx, kind: K, payload: OutboxMessages[K], dueAt: Date): Promise<void> {
  await tx.insert(outbox).values({ kind, payload, nextAttemptAt: dueAt });
}

/**
 * Claims up to `limit` messages due at `now` (the app's clock) for `leaseMs`. SKIP LOCKED lets
 * several workers (and several instances) claim disjoint rows; a claim that outlives its worker
 * expires and the row is retried.
 */
export async function claimDue(db: Db, limit: number, leaseMs: number, now: Date): Promise<OutboxJob[]> {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now), or(isNull(outbox.lockedUntil), lt(outbox.lockedUntil, now))))
    .orderBy(outbox.nextAttemptAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(outbox)
    .set({
      lockedUntil: new Date(now.getTime() + leaseMs),
      attempts: sql`${outbox.attempts} + 1`,
    })
    .where(inArray(outbox.id, due))
    .returning();
}

/** `reason`: why a skipped message was not sent, kept in `last_error` (never an address). */
export async function markDone(db: Db, id: string, status: 'sent' | 'skipped', now: Date, reason: string | null = null): Promise<void> {
  await db.update(outbox).set({ status, sentAt: now, lockedUntil: null, lastError: reason }).where(eq(outbox.id, id));
}

export async function markFailed(db: Db, job: OutboxJob, error: string, retryInMs: number | null, now: Date): Promise<void> {
  await db
    .update(outbox)
    .set(retryInMs === null ? { status: 'failed', lockedUntil: null, lastError: error } : { nextAttemptAt: new Date(now.getTime() + retryInMs), lockedUntil: null, lastError: error })
    .where(eq(outbox.id, job.id));
}
