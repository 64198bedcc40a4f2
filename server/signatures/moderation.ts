import { publishIfImmediate } from './publication.js';
import { listChanged, type Outcome, outcome } from '../effects.js';
import { and, desc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { type LedgerEvent, letters, type ModerationDecision, type ModerationState, type SignatureStatus, signatures } from '../db/schema.js';
import { decodeCursor, encodeCursor, UUID_KEY } from '../db/cursor.js';
import { AppError } from '../errors.js';
import { reachLetter, requireCapability } from '../letters/access.js';
import { effectiveStatus } from '../letters/service.js';
import type { Sealer } from '../sealer.js';
import type { AllQueryInput, OrganizerSignatureView } from './schemas.js';
import { addressAccess, type AddressAccess, shownAddress } from './addresses.js';
import { type AddressReader, recordAddressRead } from '../audit/service.js';
import { recordEvents } from '../ledger/chain.js';
import { domainsOf } from '../verification/registry.js';
import { enqueue } from '../outbox/service.js';
import { listedLookalikesOf } from './lookalikes.js';
import { MAIL_REJECTED } from './mail-kinds.js';

type SignatureRow = typeof signatures.$inferSelect;

const notFound = () => new AppError(404, 'SIGNATURE_NOT_FOUND', 'No such signature');

/** A signature as an organizer sees it, its address as `access` allows (see addresses.ts). */
export function toOrganizerView(row: SignatureRow, sealer: Sealer, access: AddressAccess): OrganizerSignatureView {
  const shown = shownAddress(access, row.emailErasedAt !== null, () => sealer.open(row.emailSealed));
  return {
    id: row.id,
    ...shown,
    // The mail domain (in ASCII) beside the website's, only to those who may see the domain.
    ...domainsOf(shown.emailDomain, row.website),
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
    verifiedDomain: row.verifiedDomain,
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

export interface SignaturePage {
  items: OrganizerSignatureView[];
  nextCursor: string | null;
}

/** The ids of the signatures whose address (or its domain) shows in `items`. */
const withAddress = (items: readonly OrganizerSignatureView[]) => items.filter((s) => s.emailDomain !== null).map((s) => s.id);

/** What a query asked for, for the audit log. */
const queryShape = (query: AllQueryInput) =>
  (['status', 'moderation', 'ipHash'] as const)
    .filter((k) => query[k])
    .map((k) => `${k}=${k === 'ipHash' ? 'given' : query[k]}`)
    .concat(query.cursor ? ['after a cursor'] : [])
    .join(', ');

/**
 * A letter's signatures as one organizer may see them (their role and the letter's setting decide
 * how much of each address: addresses.ts). Every caller that shows addresses records the read
 * once with `recordRead`, which names what showed and does nothing when no address did.
 */
export async function signatureReader({ db, sealer }: { db: Db; sealer: Sealer }, organizerId: string, slug: string) {
  const { row: letter, role } = await reachLetter(db, slug, { as: 'organizer', organizerId, can: 'read' });
  const access = addressAccess(role!, letter);
  return {
    letter,
    role: role!,
    access,
    /** One page, newest first. */
    async page(query: AllQueryInput): Promise<SignaturePage> {
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
        items: page.map((r) => toOrganizerView(r, sealer, access)),
        nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
      };
    },
    /**
     * Records that `shown` was shown with addresses, by `what` (never an address). `searched`:
     * addresses were matched against a query although fewer showed, so the read is recorded even
     * when none matched.
     */
    async recordRead(reader: AddressReader, what: string, shown: readonly OrganizerSignatureView[], { searched = false } = {}) {
      const ids = withAddress(shown);
      if (access === 'none' || (ids.length === 0 && !searched)) return;
      await recordAddressRead(db, reader, { letterId: letter.id, domainsOnly: access === 'domain', what, ids });
    },
  };
}

/** Every signature of a letter with its address and state, for that letter's organizers; newest first. Recorded in the audit log. */
export async function listAll(deps: { db: Db; sealer: Sealer }, organizerId: string, slug: string, query: AllQueryInput): Promise<SignaturePage> {
  const reader = await signatureReader(deps, organizerId, slug);
  const page = await reader.page(query);
  const shape = queryShape(query);
  await reader.recordRead({ organizerId }, `API list${shape ? ` (${shape})` : ''}`, page.items);
  return page;
}

/**
 * The workspace's moderation queue and signature table (filtered by status, searched by `q`),
 * and its one audit entry. The search runs here, over the rows as this organizer sees them:
 * addresses are sealed in the database, and a hidden address must not answer a search.
 */
export async function workspaceSignatures(deps: { db: Db; sealer: Sealer }, organizerId: string, slug: string, filter: { status?: SignatureStatus; q?: string }) {
  const reader = await signatureReader(deps, organizerId, slug);
  const [queue, table] = await Promise.all([reader.page({ status: 'confirmed', moderation: 'pending', limit: 200 }), reader.page({ status: filter.status, limit: 1000 })]);
  const q = (filter.q ?? '').trim().toLowerCase();
  const rows = q ? table.items.filter((s) => `${s.name} ${s.email ?? s.emailDomain ?? ''} ${s.organization ?? ''}`.toLowerCase().includes(q)) : table.items;
  const seen = new Set(queue.items.map((s) => s.id));
  const shown = [...queue.items, ...rows.filter((s) => !seen.has(s.id))];
  const parts = [`status=${filter.status ?? 'all'}`, ...(q ? [`search of ${q.length} characters over ${withAddress(table.items).length} addresses, ${rows.length} matched`] : [])];
  await reader.recordRead({ organizerId }, `workspace page (moderation queue ${queue.items.length}; table ${parts.join(', ')})`, shown, { searched: q !== '' && withAddress(table.items).length > 0 });
  // Beside each held signature, the names already listed that it would pass for (one lookup).
  const similar = await listedLookalikesOf(deps.db, reader.letter.id, queue.items);
  return {
    queue: queue.items.map((s) => ({ ...s, similarListed: similar.get(s.id) ?? [] })),
    rows,
    access: reader.access,
    role: reader.role,
    letter: reader.letter,
  };
}

/**
 * One signature of the letter, for a moderator about to decide on it (the confirmation page):
 * who it claims to be, without its address, and whether it is on the public list now. 404 when
 * it is not this letter's; 403 unless the organizer may moderate.
 */
export async function signatureToDecide(deps: { db: Db; sealer: Sealer }, organizerId: string, slug: string, signatureId: string) {
  const { row: letter } = await reachLetter(deps.db, slug, { as: 'organizer', organizerId, can: 'moderate' });
  const [row] = await deps.db
    .select()
    .from(signatures)
    .where(and(eq(signatures.id, signatureId), eq(signatures.letterId, letter.id)));
  if (!row) throw notFound();
  const listed = row.status === 'confirmed' && ['none', 'approved'].includes(row.moderation) && row.publishedAt !== null;
  return { signature: toOrganizerView(row, deps.sealer, 'none'), listed, mailable: row.status === 'confirmed' && row.emailErasedAt === null };
}

export interface ModerationDeps {
  db: Db;
  sealer: Sealer;
  /** The app's clock (app.clock.now): closing times and the ledger's days are judged by it. */
  now: () => Date;
  /** PUBLISH_BATCH_SECONDS: an approval publishes at once only on letters without batches. */
  publishBatchSeconds: number;
}

const OUTCOME: Record<ModerationDecision, ModerationState> = { approve: 'approved', reject: 'rejected', shadow: 'shadow' };
/** A shadowed signature leaves the list like a rejected one: the ledger does not keep secrets. */
const LEDGER_EVENT: Record<ModerationDecision, LedgerEvent> = { approve: 'approved', reject: 'rejected', shadow: 'rejected' };

/**
 * A moderator's decision on one signature. Approval also verifies it (unless already verified
 * by domain or invitation); a decision can be changed later.
 */
export async function decide(
  { db, sealer, now, publishBatchSeconds }: ModerationDeps,
  organizerId: string,
  signatureId: string,
  decision: ModerationDecision,
): Promise<Outcome<{ signature: OrganizerSignatureView }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(signatures).where(eq(signatures.id, signatureId)).for('update');
    if (!row) throw notFound();
    const role = await requireCapability(tx, row.letterId, organizerId, 'moderate');
    const [letter] = await tx.select().from(letters).where(eq(letters.id, row.letterId));
    // Closing is final: approval would add a held signature to a closed letter's list and counts.
    // Rejecting (taking one off) stays possible.
    const wouldJoin = decision === 'approve' && row.status === 'confirmed' && !['none', 'approved'].includes(row.moderation);
    if (wouldJoin && effectiveStatus(letter!, now()) === 'closed') {
      throw new AppError(409, 'LETTER_CLOSED', 'This letter is closed: approving would add a signature to it, so its held signatures stay out');
    }
    const verification = decision === 'approve' ? (row.verification ?? 'approved') : row.verification === 'approved' ? null : row.verification;
    // A signature taken off the list goes through a batch again if a later decision puts it back.
    const unpublished = decision === 'approve' ? {} : { publishedAt: null, namedAt: null };
    const [updated] = await tx
      .update(signatures)
      .set({ moderation: OUTCOME[decision], moderatedAt: now(), moderatedBy: organizerId, verification, ...unpublished })
      .where(eq(signatures.id, signatureId))
      .returning();
    if (!updated) throw notFound();
    // A removal is recorded at once; a new approval waits for its batch (signatures/publication.ts).
    await recordEvents(tx, row.letterId, [signatureId], LEDGER_EVENT[decision], now());
    if (decision === 'approve') await publishIfImmediate(tx, letter!, signatureId, 'approved', now(), publishBatchSeconds);
    // A rejected signer is told, once per rejection; a shadowed one never is (they see only success).
    const tell = decision === 'reject' && row.moderation !== 'rejected' && row.status === 'confirmed' && row.emailErasedAt === null;
    if (tell) await enqueue(tx, MAIL_REJECTED, { signatureId }, now());
    // The answer shows the address as the decider may see it; the decision's own audit entry names the signature.
    const done = listChanged({ signature: toOrganizerView(updated, sealer, addressAccess(role, letter!)) }, { id: row.letterId, slug: letter!.slug });
    return tell ? { ...done, effects: { ...done.effects, mail: true } } : done;
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
