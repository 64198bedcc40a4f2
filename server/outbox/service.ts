import { and, eq, inArray, isNull, lte, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { outbox } from '../db/schema.js';
import type { OutboxKind, OutboxMessages } from './messages.js';

export type OutboxJob = typeof outbox.$inferSelect;

/**
 * Queues a message inside the caller's transaction: it exists exactly when the change does.
 * `notBefore` holds it back until then (deliveries are spaced out).
 */
export async function enqueue<K extends OutboxKind>(tx: Db | Tx, kind: K, payload: OutboxMessages[K], notBefore?: Date): Promise<void> {
  await tx.insert(outbox).values({ kind, payload, nextAttemptAt: notBefore });
}

/**
 * Claims up to `limit` due messages for `leaseMs`. SKIP LOCKED lets several workers (and several
 * instances) claim disjoint rows; a claim that outlives its worker expires and the row is retried.
 */
export async function claimDue(db: Db, limit: number, leaseMs: number): Promise<OutboxJob[]> {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, sql`now()`), or(isNull(outbox.lockedUntil), lt(outbox.lockedUntil, sql`now()`))))
    .orderBy(outbox.nextAttemptAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(outbox)
    .set({
      lockedUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
      attempts: sql`${outbox.attempts} + 1`,
    })
    .where(inArray(outbox.id, due))
    .returning();
}

export async function markDone(db: Db, id: string, status: 'sent' | 'skipped'): Promise<void> {
  await db.update(outbox).set({ status, sentAt: sql`now()`, lockedUntil: null, lastError: null }).where(eq(outbox.id, id));
}

export async function markFailed(db: Db, job: OutboxJob, error: string, retryInMs: number | null): Promise<void> {
  await db
    .update(outbox)
    .set(retryInMs === null ? { status: 'failed', lockedUntil: null, lastError: error } : { nextAttemptAt: new Date(Date.now() + retryInMs), lockedUntil: null, lastError: error })
    .where(eq(outbox.id, job.id));
}
