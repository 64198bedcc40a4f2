import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { decodeCursor, encodeCursor, UUID_KEY } from '../db/cursor.js';
import { auditLog, letters, organizers, signatures } from '../db/schema.js';
import { reachLetter } from '../letters/access.js';
import { AUDIT_KINDS, type AuditFacts, type AuditKind } from './actions.js';

export interface AuditEntry {
  at: string;
  /** The organizer's address; null for the operator at the command line. */
  organizer: string | null;
  action: string;
  target: string | null;
  detail: string | null;
  status: number;
}

/** An entry with what its sentence needs: the kind and facts, and the names of whom it concerns, as they are now. */
export interface AuditRecord extends AuditEntry {
  id: string;
  kind: AuditKind;
  facts: AuditFacts;
  organizerId: string | null;
  /** The organizer's public name, if they chose one. */
  organizerName: string | null;
  /** The signature acted on: its signer's name, or erased (the row is gone, as erasure leaves it); null when no signature. */
  signer: { name: string } | { erased: true } | null;
  /** The co-organizer the entry names (facts.email), by their public name when they have one. */
  member: { email: string; name: string | null } | null;
}

/** Records an organizer's request: who, what (the route, and its kind and facts), when, on which letter and target. */
export async function record(db: Db, entry: { organizerId: string; slug?: string; action: string; target?: string; status: number; kind?: AuditKind; facts?: AuditFacts }): Promise<void> {
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
    kind: entry.kind ?? 'other',
    facts: entry.facts && Object.keys(entry.facts).length ? (entry.facts as Record<string, string | number | boolean | null>) : null,
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
  // For its sentence: an export, or a read in the workspace's pages or the API (moderation.ts names them so).
  const source = read.what === 'CSV export' ? 'export' : read.what.startsWith('workspace page') ? 'page' : 'api';
  const facts: AuditFacts = { count: read.ids.length, source, domainsOnly: read.domainsOnly };
  await db.insert(auditLog).values({
    organizerId: reader.operator ? null : reader.organizerId,
    letterId: read.letterId,
    action: reader.operator ? `operator: ${action}` : action,
    target: read.ids.length === 1 ? read.ids[0] : null,
    detail: `${reader.operator ? `${reader.operator}: ` : ''}${read.what}: ${read.ids.length}${read.ids.length ? ids : ''}`,
    kind: source === 'export' ? 'export' : read.domainsOnly ? 'readDomains' : 'readAddresses',
    facts: facts as Record<string, string | number | boolean>,
    status: 200,
  });
}

/** Which entries: by whom (an organizer's id, or "operator"), of what kind, older than a cursor. */
export interface AuditQuery {
  organizer?: string;
  kind?: AuditKind;
  before?: string;
  limit?: number;
}

/** An entry's place in the log: its time to the microsecond (a Date has milliseconds only) and its id. */
const AUDIT_CURSOR = [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/, UUID_KEY];
const preciseAt = sql<string>`to_char(${auditLog.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const isKind = (kind: string | null): kind is AuditKind => AUDIT_KINDS.includes(kind as AuditKind);

/** The entries of a letter (already reached), newest first, with the names their sentences need. */
async function auditEntries(db: Db, letterId: string, query: AuditQuery): Promise<{ entries: AuditRecord[]; older: string | null }> {
  const limit = query.limit ?? 500;
  const [beforeAt, beforeId] = query.before ? decodeCursor(query.before, AUDIT_CURSOR) : [];
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.createdAt,
      cursorAt: preciseAt,
      organizerId: auditLog.organizerId,
      organizer: organizers.email,
      organizerName: organizers.name,
      action: auditLog.action,
      target: auditLog.target,
      detail: auditLog.detail,
      kind: auditLog.kind,
      facts: auditLog.facts,
      status: auditLog.status,
    })
    .from(auditLog)
    .leftJoin(organizers, eq(organizers.id, auditLog.organizerId))
    .where(
      and(
        eq(auditLog.letterId, letterId),
        query.organizer === 'operator' ? isNull(auditLog.organizerId) : query.organizer ? eq(auditLog.organizerId, query.organizer) : undefined,
        query.kind ? eq(auditLog.kind, query.kind) : undefined,
        beforeAt && beforeId ? sql`(${auditLog.createdAt}, ${auditLog.id}) < (${beforeAt}::timestamptz, ${beforeId}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);

  // The signatures named, as they are now (an erased one is gone), of this letter only.
  const ids = [...new Set(page.map((r) => r.target).filter((t): t is string => !!t && UUID_KEY.test(t)))];
  const signers = new Map(
    ids.length
      ? (
          await db
            .select({ id: signatures.id, name: signatures.name })
            .from(signatures)
            .where(and(eq(signatures.letterId, letterId), inArray(signatures.id, ids)))
        ).map((s) => [s.id, s.name])
      : [],
  );
  // The co-organizers named, by their public names.
  const emails = [...new Set(page.map((r) => (r.facts as AuditFacts | null)?.email).filter((e): e is string => typeof e === 'string'))];
  const members = new Map(
    emails.length ? (await db.select({ email: organizers.email, name: organizers.name }).from(organizers).where(inArray(organizers.email, emails))).map((o) => [o.email, o.name]) : [],
  );

  const entries = page.map((r): AuditRecord => {
    const facts = (r.facts ?? {}) as AuditFacts;
    const name = r.target ? signers.get(r.target) : undefined;
    return {
      id: r.id,
      at: r.at.toISOString(),
      organizer: r.organizer,
      organizerId: r.organizerId,
      organizerName: r.organizerName,
      action: r.action,
      target: r.target,
      detail: r.detail,
      status: r.status,
      kind: isKind(r.kind) ? r.kind : 'other',
      facts,
      signer: r.target && UUID_KEY.test(r.target) ? (name !== undefined ? { name } : { erased: true }) : null,
      member: facts.email ? { email: facts.email, name: members.get(facts.email) ?? null } : null,
    };
  });
  const last = page.at(-1);
  return { entries, older: rows.length > limit && last ? encodeCursor([last.cursorAt, last.id]) : null };
}

/** A letter's audit log, newest first (its owners only). */
export async function letterAudit(db: Db, actorId: string, slug: string, limit = 500): Promise<AuditRecord[]> {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'manage' });
  return (await auditEntries(db, letter.id, { limit })).entries;
}

/**
 * One page of a letter's audit log for its owners: the entries that match, the cursor of the
 * next (older) page, and what the filters may choose: the people and the kinds in the log.
 */
export async function auditPage(db: Db, actorId: string, slug: string, query: AuditQuery) {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'manage' });
  const [{ entries, older }, people, kinds] = await Promise.all([
    auditEntries(db, letter.id, query),
    db
      .selectDistinct({ id: auditLog.organizerId, email: organizers.email, name: organizers.name })
      .from(auditLog)
      .leftJoin(organizers, eq(organizers.id, auditLog.organizerId))
      .where(eq(auditLog.letterId, letter.id)),
    db.selectDistinct({ kind: auditLog.kind }).from(auditLog).where(eq(auditLog.letterId, letter.id)),
  ]);
  return {
    letter,
    entries,
    older,
    people: people.map((p) => ({ id: p.id ?? 'operator', email: p.email, name: p.name })),
    kinds: AUDIT_KINDS.filter((k) => kinds.some((row) => row.kind === k)),
  };
}
