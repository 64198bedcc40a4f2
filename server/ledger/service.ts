import { and, asc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { ledgerEntries, signatures } from '../db/schema.js';
import { AppError } from '../errors.js';
import { reachLetter } from '../letters/access.js';
import { statsFor } from '../letters/stats.js';
import { listPublic } from '../signatures/service.js';
import { isPublic } from '../signatures/visibility.js';
import { FORMAT, GENESIS, type Report, verifyLedger } from '../../public/verify-ledger.mjs';
import { chainPending, ledgerHeads, recordEvents } from './chain.js';
export { receiptFor } from './chain.js';
import type { LedgerEntryView, LedgerQueryInput } from './schemas.js';

/** A page of a public letter's ledger, with the head it was read against. */
export async function readLedger(db: Db, slug: string, query: LedgerQueryInput) {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  const { length, head } = (await ledgerHeads(db, [letter.id])).get(letter.id)!;
  const after = query.after ?? 0;
  const limit = query.limit ?? 1000;
  const rows = await db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.letterId, letter.id), gt(ledgerEntries.position, after), lte(ledgerEntries.position, length)))
    .orderBy(asc(ledgerEntries.position))
    .limit(limit);
  const entries: LedgerEntryView[] = rows.map((r) => ({
    position: r.position!,
    event: r.event,
    ref: r.ref,
    day: r.day,
    contentHash: r.contentHash,
    content: r.content,
    prev: r.prevHash!,
    hash: r.hash!,
  }));
  const last = entries.at(-1)?.position ?? after;
  return { letter: letter.slug, format: FORMAT, genesis: GENESIS, length, head, entries, next: last < length ? last : null };
}

/**
 * Starts the ledger of a letter whose signatures predate it: records every public signature as
 * confirmed, and chains them. An operator's deliberate act (`cli ledger adopt`), refused once the
 * letter has a ledger, so it can never paper over a change.
 */
export async function adoptLetter(db: Db, slug: string, now: Date): Promise<number> {
  const { row: letter } = await reachLetter(db, slug, { as: 'operator' });
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(ledgerEntries).where(eq(ledgerEntries.letterId, letter.id));
    if ((existing?.n ?? 0) > 0) throw new AppError(409, 'LEDGER_EXISTS', `${slug} already has a ledger; adopting would hide changes`);
    const ids = await tx.select({ id: signatures.id }).from(signatures).where(isPublic(letter.id)).orderBy(asc(signatures.confirmedAt), asc(signatures.id));
    await recordEvents(
      tx,
      letter.id,
      ids.map((r) => r.id),
      'confirmed',
      now,
    );
  });
  return chainPending(db, letter.id);
}

/**
 * `cli ledger verify`: the same check as public/verify-ledger.mjs, over what the public
 * endpoints would serve, read straight from the database.
 */
export async function verifyFromDatabase(db: Db, slug: string): Promise<Report & { unchained: number }> {
  const { row: letter } = await reachLetter(db, slug, { as: 'operator' });
  const entries: LedgerEntryView[] = [];
  const first = await readLedger(db, slug, { after: 0, limit: 1000 });
  entries.push(...first.entries);
  for (let next = first.next; next !== null; ) {
    const page = await readLedger(db, slug, { after: next, limit: 1000 });
    if (page.entries.length === 0) break;
    entries.push(...page.entries);
    next = page.next;
  }
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await listPublic(db, slug, { limit: 500, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const stats = (await statsFor(db, [letter.id])).get(letter.id)!;
  const [unchained] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.letterId, letter.id), isNull(ledgerEntries.position)));
  const report = verifyLedger({ ledger: { length: first.length, head: first.head, entries: entries.slice(0, first.length) }, items, stats });
  return { ...report, unchained: unchained?.n ?? 0 };
}
