import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditLog, letters, organizers, signatures } from '../db/schema.js';
import { reachLetter } from '../letters/access.js';

export interface AuditEntry {
  at: string;
  organizer: string | null;
  action: string;
  target: string | null;
  detail: string | null;
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

/**
 * Who reads signers' addresses: an organizer (API, pages), or the operator at the command line,
 * who may name any organizer with `--as` and so is recorded as no organizer, with that name.
 */
export interface AddressReader {
  organizerId: string;
  /** The command line's account of itself (e.g. "command line export --as EMAIL"), when it reads. */
  operator?: string;
}

/** The actions a read of addresses is recorded under. */
export const READ_ADDRESSES = 'read addresses';
export const READ_DOMAINS = 'read address domains';

/** Ids named in a read's entry up to this many; beyond, the count and the query say what was read. */
const IDS_NAMED = 20;

/**
 * Records that `reader` was shown signers' addresses (or only their domains): how many, which
 * (when few) and by what query, never the addresses themselves.
 */
export async function recordAddressRead(db: Db, reader: AddressReader, read: { letterId: string; domainsOnly: boolean; what: string; ids: readonly string[] }): Promise<void> {
  const action = read.domainsOnly ? READ_DOMAINS : READ_ADDRESSES;
  const ids = read.ids.length <= IDS_NAMED ? `; ids: ${read.ids.join(' ')}` : '';
  await db.insert(auditLog).values({
    organizerId: reader.operator ? null : reader.organizerId,
    letterId: read.letterId,
    action: reader.operator ? `operator: ${action}` : action,
    target: read.ids.length === 1 ? read.ids[0] : null,
    detail: `${reader.operator ? `${reader.operator}: ` : ''}${read.what}: ${read.ids.length}${read.ids.length ? ids : ''}`,
    status: 200,
  });
}

/** A letter's audit log, newest first (its owners only). */
export async function letterAudit(db: Db, actorId: string, slug: string, limit = 500): Promise<AuditEntry[]> {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'manage' });
  const rows = await db
    .select({ at: auditLog.createdAt, organizer: organizers.email, action: auditLog.action, target: auditLog.target, detail: auditLog.detail, status: auditLog.status })
    .from(auditLog)
    .leftJoin(organizers, eq(organizers.id, auditLog.organizerId))
    .where(eq(auditLog.letterId, letter.id))
    .orderBy(desc(auditLog.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
