import { listChanged, type Outcome, outcome } from '../effects.js';
import { and, desc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { type LedgerEvent, letters, type ModerationDecision, type ModerationState, signatures } from '../db/schema.js';
import { decodeCursor, encodeCursor, UUID_KEY } from '../db/cursor.js';
import { AppError } from '../errors.js';
import { reachLetter, requireCapability } from '../letters/access.js';
import { effectiveStatus } from '../letters/service.js';
import type { Sealer } from '../sealer.js';
import type { AllQueryInput, OrganizerSignatureView } from './schemas.js';
import { recordEvents } from '../ledger/chain.js';

type SignatureRow = typeof signatures.$inferSelect;

const notFound = () => new AppError(404, 'SIGNATURE_NOT_FOUND', 'No such signature');

export function toOrganizerView(row: SignatureRow, sealer: Sealer): OrganizerSignatureView {
  return {
    id: row.id,
    email: row.emailErasedAt ? null : sealer.open(row.emailSealed),
    kind: row.kind,
    name: row.name,
    title: row.title,
    parliament: row.parliament,
    party: row.party,
    organization: row.organization,
    role: row.role,
    website: row.website,
    country: row.country,
    display: row.display,
    status: row.status,
    moderation: row.moderation,
    moderationReason: row.moderationReason,
    verifiedBy: row.verification,
    version: row.letterVersion,
    founding: row.founding,
    ipHash: row.ipHash,
    createdAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}

// Every signature's sort keys: when it was made (ISO 8601), and its id.
const ALL_CURSOR = [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, UUID_KEY];

/** Every signature of a letter with its address and state, for that letter's organizers; newest first. */
export async function listAll({ db, sealer }: { db: Db; sealer: Sealer }, organizerId: string, slug: string, query: AllQueryInput) {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId, can: 'read' });
  const limit = query.limit ?? 100;
  const [afterAt, afterId] = query.cursor ? decodeCursor(query.cursor, ALL_CURSOR) : [];
  const after = afterAt && afterId ? { at: new Date(afterAt), id: afterId } : null;
  const rows = await db
    .select()
    .from(signatures)
    .where(
      and(
        eq(signatures.letterId, letter.id),
        query.status ? eq(signatures.status, query.status) : undefined,
        query.moderation ? eq(signatures.moderation, query.moderation) : undefined,
        query.ipHash ? eq(signatures.ipHash, query.ipHash) : undefined,
        after ? or(lt(signatures.createdAt, after.at), and(eq(signatures.createdAt, after.at), lt(signatures.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(signatures.createdAt), desc(signatures.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toOrganizerView(r, sealer)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

export interface ModerationDeps {
  db: Db;
  sealer: Sealer;
  /** The app's clock (app.clock.now): closing times and the ledger's days are judged by it. */
  now: () => Date;
}

const OUTCOME: Record<ModerationDecision, ModerationState> = { approve: 'approved', reject: 'rejected', shadow: 'shadow' };
/** A shadowed signature leaves the list like a rejected one: the ledger does not keep secrets. */
const LEDGER_EVENT: Record<ModerationDecision, LedgerEvent> = { approve: 'approved', reject: 'rejected', shadow: 'rejected' };

/**
 * A moderator's decision on one signature. Approval also verifies it (unless already verified
 * by domain or invitation); a decision can be changed later.
 */
export async function decide({ db, sealer, now }: ModerationDeps, organizerId: string, signatureId: string, decision: ModerationDecision): Promise<Outcome<{ signature: OrganizerSignatureView }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(signatures).where(eq(signatures.id, signatureId)).for('update');
    if (!row) throw notFound();
    await requireCapability(tx, row.letterId, organizerId, 'moderate');
    const [letter] = await tx.select().from(letters).where(eq(letters.id, row.letterId));
    // Closing is final: approval would add a held signature to a closed letter's list and counts.
    // Rejecting (taking one off) stays possible.
    const wouldJoin = decision === 'approve' && row.status === 'confirmed' && !['none', 'approved'].includes(row.moderation);
    if (wouldJoin && effectiveStatus(letter!, now()) === 'closed') {
      throw new AppError(409, 'LETTER_CLOSED', 'This letter is closed: approving would add a signature to it, so its held signatures stay out');
    }
    const verification = decision === 'approve' ? (row.verification ?? 'approved') : row.verification === 'approved' ? null : row.verification;
    const [updated] = await tx.update(signatures).set({ moderation: OUTCOME[decision], moderatedAt: now(), moderatedBy: organizerId, verification }).where(eq(signatures.id, signatureId)).returning();
    await recordEvents(tx, row.letterId, [signatureId], LEDGER_EVENT[decision], now());
    if (!updated) throw notFound();
    return listChanged({ signature: toOrganizerView(updated, sealer) }, { id: row.letterId, slug: letter!.slug });
  });
}

export interface InvalidateCriteria {
  emailDomain?: string;
  ipHash?: string;
  from?: string;
  to?: string;
  /** false (the default): only count what would be invalidated. */
  apply?: boolean;
}

/**
 * Marks a flood as fraudulent in bulk (by mail domain, network address hash and/or time window;
 * all given criteria must match). Without `apply` it only counts, so an organizer sees the size of
 * a decision before making it. Fraudulent signatures are kept for forensics, never shown or counted.
 */
export async function invalidate({ db, sealer, now }: ModerationDeps, organizerId: string, slug: string, criteria: InvalidateCriteria): Promise<Outcome<{ matched: number; invalidated: number }>> {
  const { emailDomain, ipHash, from, to, apply = false } = criteria;
  if (!emailDomain && !ipHash && !from && !to) {
    throw new AppError(400, 'VALIDATION_FAILED', 'emailDomain: give at least one of emailDomain, ipHash, from, to', 'emailDomain');
  }
  return db.transaction(async (tx) => {
    const { row: letter } = await reachLetter(tx, slug, { as: 'organizer', organizerId, can: 'moderate' });
    const where = and(
      eq(signatures.letterId, letter.id),
      inArray(signatures.status, ['pending', 'confirmed']),
      emailDomain ? eq(signatures.emailDomainHash, sealer.fingerprint('domain', emailDomain.trim().replace(/^@/, ''))) : undefined,
      ipHash ? eq(signatures.ipHash, ipHash) : undefined,
      from ? gte(signatures.createdAt, new Date(from)) : undefined,
      to ? lt(signatures.createdAt, new Date(to)) : undefined,
    );
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(signatures).where(where);
    const matched = count?.n ?? 0;
    if (!apply || matched === 0) return outcome({ matched, invalidated: 0 });
    const done = await tx.update(signatures).set({ status: 'fraudulent' }).where(where).returning({ id: signatures.id });
    await recordEvents(
      tx,
      letter.id,
      done.map((d) => d.id),
      'rejected',
      now(),
    );
    const value = { matched, invalidated: done.length };
    return done.length > 0 ? listChanged(value, { id: letter.id, slug }) : outcome(value);
  });
}
