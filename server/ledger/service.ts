import { and, asc, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { ledgerCosignatures, ledgerEntries, ledgerHeads, letters, signatures } from '../db/schema.js';
import { AppError } from '../errors.js';
import { publishedReplies } from '../replies/service.js';
import { reachLetter } from '../letters/access.js';
import { statsFor } from '../letters/stats.js';
import { listPublic } from '../signatures/service.js';
import { isPublic } from '../signatures/visibility.js';
import { checkpointText, EMPTY_ROOT, entryLeaf, FORMAT, GENESIS, type Report, verifyLedger } from '../../public/verify-ledger.mjs';
import { chainPending, recordEvents } from './chain.js';
import type { LedgerKeys } from './keys.js';
import { consistencyProof, fromLeaves, inclusionProof, rootOf } from './merkle.js';
export { receiptFor } from './chain.js';
import type { ConsistencyQueryInput, InclusionQueryInput, LedgerEntryView, LedgerQueryInput } from './schemas.js';

interface SignedHead {
  treeSize: number;
  chainHead: string;
  rootHash: string;
  /** The signed note, with the cosignatures witnesses handed in for this size. */
  checkpoint: string;
}

/**
 * The letter's latest signed head. A ledger with no entry yet has none stored: its head (size 0,
 * the empty tree's root) is signed when asked, the same bytes every time (Ed25519 is deterministic).
 */
async function latestHead(db: Db, keys: LedgerKeys, letter: { id: string; slug: string }, { cosignatures = true } = {}): Promise<SignedHead> {
  const [row] = await db
    .select({ treeSize: ledgerHeads.treeSize, chainHead: ledgerHeads.chainHead, rootHash: ledgerHeads.rootHash, checkpoint: ledgerHeads.checkpoint })
    .from(ledgerHeads)
    .where(eq(ledgerHeads.letterId, letter.id))
    .orderBy(desc(ledgerHeads.treeSize))
    .limit(1);
  if (!row) return { treeSize: 0, chainHead: GENESIS, rootHash: EMPTY_ROOT.toString('hex'), checkpoint: await keys.signNote(checkpointText(keys.origin(letter.slug), 0, EMPTY_ROOT)) };
  if (!cosignatures) return row;
  const cosigned = await db
    .select({ line: ledgerCosignatures.line })
    .from(ledgerCosignatures)
    .where(and(eq(ledgerCosignatures.letterId, letter.id), eq(ledgerCosignatures.treeSize, row.treeSize)))
    .orderBy(asc(ledgerCosignatures.witness));
  return { ...row, checkpoint: row.checkpoint + cosigned.map((c) => c.line).join('') };
}

/** The latest signed head of a public letter, as a checkpoint. */
export async function readCheckpoint(db: Db, keys: LedgerKeys, slug: string): Promise<string> {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  return (await latestHead(db, keys, letter)).checkpoint;
}

/** The hashes of the first `size` entries, in order. */
async function hashesOf(db: Db, letterId: string, size: number): Promise<string[]> {
  const rows = await db
    .select({ hash: ledgerEntries.hash })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.letterId, letterId), gt(ledgerEntries.position, 0), lte(ledgerEntries.position, size)))
    .orderBy(asc(ledgerEntries.position));
  return rows.map((r) => r.hash!);
}

function outOfRange(field: string, message: string): never {
  throw new AppError(400, 'OUT_OF_RANGE', `${field}: ${message}`);
}

/** An entry's inclusion proof in the tree of `size` (default: the latest signed head). */
export async function inclusionFor(db: Db, keys: LedgerKeys, slug: string, query: InclusionQueryInput) {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  const latest = await latestHead(db, keys, letter, { cosignatures: false });
  const size = query.size ?? latest.treeSize;
  if (size > latest.treeSize) outOfRange('size', `the latest signed head has ${latest.treeSize} entries`);
  if (query.position > size) outOfRange('position', `the tree of ${size} has no entry ${query.position}`);
  const hashes = await hashesOf(db, letter.id, size);
  const leaves = hashes.map(entryLeaf);
  const tree = fromLeaves(leaves);
  return {
    position: query.position,
    treeSize: size,
    root: rootOf(size, tree).toString('hex'),
    leaf: leaves[query.position - 1]!.toString('hex'),
    hash: hashes[query.position - 1]!,
    inclusion: inclusionProof(query.position - 1, size, tree).map((h) => h.toString('hex')),
  };
}

/** The consistency proof from the tree of `from` entries to that of `to` (default: the latest signed head). */
export async function consistencyFor(db: Db, keys: LedgerKeys, slug: string, query: ConsistencyQueryInput) {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  const latest = await latestHead(db, keys, letter, { cosignatures: false });
  const to = query.to ?? latest.treeSize;
  if (to > latest.treeSize) outOfRange('to', `the latest signed head has ${latest.treeSize} entries`);
  if (query.from > to) outOfRange('from', `must not exceed to (${to})`);
  const tree = fromLeaves((await hashesOf(db, letter.id, to)).map(entryLeaf));
  return {
    from: query.from,
    to,
    fromRoot: rootOf(query.from, tree).toString('hex'),
    toRoot: rootOf(to, tree).toString('hex'),
    consistency: consistencyProof(query.from, to, tree).map((h) => h.toString('hex')),
  };
}

/** What /.well-known/undersigned-ledger publishes: the keys, every public letter's log, the peers. */
export async function publishedKeys(db: Db, keys: LedgerKeys, publicUrl: string, peers: readonly string[]) {
  const published = await keys.published();
  const open = await db
    .select({ slug: letters.slug })
    .from(letters)
    .where(inArray(letters.status, ['open', 'closed']))
    .orderBy(asc(letters.slug));
  return {
    format: 'undersigned-ledger-keys-v1' as const,
    name: (await keys.logKey()).split('+')[0]!,
    keys: published,
    logs: open.map(({ slug }) => ({ origin: keys.origin(slug), url: `${publicUrl}/letters/${slug}`, checkpoint: `${publicUrl}/api/v1/letters/${slug}/ledger/checkpoint` })),
    witnesses: [...peers],
  };
}

/** A page of a public letter's ledger, with the signed head it was read against. */
export async function readLedger(db: Db, keys: LedgerKeys, slug: string, query: LedgerQueryInput) {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  const signed = await latestHead(db, keys, letter);
  const length = signed.treeSize;
  const head = signed.chainHead;
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
  return { letter: letter.slug, format: FORMAT, genesis: GENESIS, length, head, root: signed.rootHash, checkpoint: signed.checkpoint, entries, next: last < length ? last : null };
}

/**
 * Starts the ledger of a letter whose signatures predate it: records every public signature as
 * confirmed, and chains them. An operator's deliberate act (`cli ledger adopt`), refused once the
 * letter has a ledger, so it can never paper over a change.
 */
export async function adoptLetter(db: Db, keys: LedgerKeys, slug: string, now: Date): Promise<number> {
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
  return chainPending(db, keys, letter.id);
}

/**
 * `cli ledger verify`: the same check as public/verify-ledger.mjs, over what the public
 * endpoints would serve, read straight from the database.
 */
export async function verifyFromDatabase(db: Db, keys: LedgerKeys, slug: string): Promise<Report & { unchained: number }> {
  const { row: letter } = await reachLetter(db, slug, { as: 'operator' });
  const entries: LedgerEntryView[] = [];
  const first = await readLedger(db, keys, slug, { after: 0, limit: 1000 });
  entries.push(...first.entries);
  for (let next = first.next; next !== null; ) {
    const page = await readLedger(db, keys, slug, { after: next, limit: 1000 });
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
  const published = (await keys.published()).map((k) => k.vkey);
  const report = verifyLedger({
    ledger: { length: first.length, head: first.head, checkpoint: first.checkpoint, entries: entries.slice(0, first.length) },
    items,
    stats,
    keys: published,
    replies: await publishedReplies(db, letter.id),
  });
  return { ...report, unchained: unchained?.n ?? 0 };
}
