import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditLog, letters, organizers, signatures } from '../db/schema.js';
import { reachLetter } from '../letters/access.js';

export interface AuditEntry {
  at: string;
  organizer: string | null;
  action: string;
  target: string | null;
  status: number;
}

/** Records an organizer's request: who, what (the route), when, on which letter and target. */
export async function record(db: Db, entry: { organizerId: string; slug?: string; action: string; target?: string; status: number }): Promise<void> {
  await db.insert(auditLog).values({
    organizerId: entry.organizerId,
    // The letter by its slug, or through the signature acted on.
    letterId: entry.slug
      ? sql`(select ${letters.id} from ${letters} where ${letters.slug} = ${entry.slug})`
      : entry.target
        ? sql`(select ${signatures.letterId} from ${signatures} where ${signatures.id}::text = ${entry.target})`
        : null,
    action: entry.action,
    target: entry.target ?? null,
    status: entry.status,
  });
}

/** A letter's audit log, newest first (its owners only). */
export async function letterAudit(db: Db, actorId: string, slug: string, limit = 500): Promise<AuditEntry[]> {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'manage' });
  const rows = await db
    .select({ at: auditLog.createdAt, organizer: organizers.email, action: auditLog.action, target: auditLog.target, status: auditLog.status })
    .from(auditLog)
    .leftJoin(organizers, eq(organizers.id, auditLog.organizerId))
    .where(eq(auditLog.letterId, letter.id))
    .orderBy(desc(auditLog.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
