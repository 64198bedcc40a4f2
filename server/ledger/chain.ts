import { randomBytes } from 'node:crypto';
import canonicalize from 'canonicalize';
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { type LedgerEvent, ledgerEntries, ledgerHeads as signedHeads, signatures } from '../db/schema.js';
import { publicColumns, publicCondition, toPublic } from '../signatures/visibility.js';
import { checkpointText, ENTERING, entryHash, entryLeaf, GENESIS, sha256, withdrawalProof } from '../../public/verify-ledger.mjs';
import type { LetterRef } from '../effects.js';
import type { LedgerKeys } from './keys.js';
import { fromFrontier, frontierOf, inclusionProof, rootOf } from './merkle.js';
import type { ReceiptView } from './schemas.js';

/**
 * The ledger's two writes. `recordEvents` runs inside the transaction that changes signatures and
 * writes their events unchained, so a change and its event commit together or not at all, with no
 * lock on the letter. `chainPending` then gives them positions and hashes, one writer per letter
 * at a time (an advisory lock); a writer chains every event waiting, so under load one short
 * transaction chains many confirmations.
 */

const CHAIN_LOCK = 0x1ed9e7; // the advisory lock namespace of ledger writers
const CHAIN_BATCH = 5000;

type PublicRow = Pick<typeof signatures.$inferSelect, keyof typeof publicColumns> & { publishedAt: Date | null; namedAt: Date | null };

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What the ledger records of a public signature: exactly its item on the public list (without
 * its ref), or, for an anonymous signer or a name still withheld, only what the counts reveal
 * (a withheld name gets an entry of its own when it is published).
 */
export function ledgerView(row: PublicRow): Record<string, unknown> {
  if (row.display === 'anonymous' || row.namedAt === null) return { anonymous: true, kind: row.kind, country: row.country };
  return { ...toPublic(row, utcDay(row.publishedAt ?? new Date(0))) };
}

/**
 * The content an entry commits to: the view and a random salt, so that a content hash left
 * behind after redaction cannot be tested against guessed names.
 */
function sealContent(view: Record<string, unknown>) {
  const content = canonicalize({ ...view, salt: randomBytes(16).toString('base64url') }) as string;
  return { content, contentHash: sha256(content) };
}

function sameView(content: string | null, view: Record<string, unknown>): boolean {
  if (content === null) return false;
  const { salt: _salt, ...recorded } = JSON.parse(content) as Record<string, unknown>;
  return canonicalize(recorded) === canonicalize(view);
}

/**
 * Writes the events of a change to some of a letter's signatures, after the change, in its
 * transaction (whose row locks keep one signature's events in order). Each signature is compared
 * with what the ledger last said of it: one that became public, or whose public view changed, gets
 * `event`; one that stopped being public gets `event` too, and the content of its earlier entries
 * is cleared, so the ledger forgets a name the list no longer shows. Unchanged ones get nothing.
 */
export async function recordEvents(tx: Tx, letterId: string, signatureIds: string[], event: LedgerEvent, now: Date, options: RecordOptions = {}): Promise<number> {
  // A bulk invalidation may name tens of thousands: stay well inside PostgreSQL's parameter limit.
  const ids = [...new Set(signatureIds)];
  let recorded = 0;
  for (let i = 0; i < ids.length; i += 1000) recorded += await recordBatch(tx, letterId, ids.slice(i, i + 1000), event, now, options);
  return recorded;
}

export interface RecordOptions {
  /**
   * For a withdrawal through the signer's own link: the token of that link. The entry then
   * carries `withdrawalProof(token, ref)`, which the signer can recompute and nobody holding only
   * the database can (it keeps a hash of the token), so a forged withdrawal shows as one.
   */
  withdrawalToken?: string;
}

/** The content of a withdrawal made through the signer's link: the proof, nothing personal. */
function withdrawalContent(token: string, ref: string) {
  const content = canonicalize({ proof: withdrawalProof(token, ref), withdrawal: 'signer-link' }) as string;
  return { content, contentHash: sha256(content) };
}

async function recordBatch(tx: Tx, letterId: string, signatureIds: string[], event: LedgerEvent, now: Date, options: RecordOptions): Promise<number> {
  // One statement for the common case: each signature, whether it is public, and what its last
  // entry said. (Round trips are what a confirmation costs; see docs/SCALING.md.)
  const last = (column: 'event' | 'content') =>
    // Qualified by hand: drizzle leaves columns unqualified in a one-table select, and an
    // unqualified "id" here would be the ledger entry's own.
    sql<string | null>`(select e.${sql.identifier(column)} from ledger_entries e where e.letter_id = ${letterId} and e.ref = signatures.id order by e.seq desc limit 1)`;
  const found = await tx
    .select({
      id: signatures.id,
      ...publicColumns,
      publishedAt: signatures.publishedAt,
      namedAt: signatures.namedAt,
      shown: sql<boolean>`(${publicCondition()})`,
      lastEvent: last('event'),
      lastContent: last('content'),
    })
    .from(signatures)
    .where(and(eq(signatures.letterId, letterId), inArray(signatures.id, signatureIds)));
  const views = new Map(found.filter((row) => row.shown).map((row) => [row.id, ledgerView(row)]));
  const before = new Map<string, { event: string; content: string | null }>();
  for (const row of found) if (row.lastEvent) before.set(row.id, { event: row.lastEvent, content: row.lastContent });
  // Signatures erased in this transaction are gone from their table; the ledger still knows them.
  const present = new Set(found.map((row) => row.id));
  const erased = signatureIds.filter((id) => !present.has(id));
  if (erased.length > 0) {
    const entries = await tx
      .selectDistinctOn([ledgerEntries.ref], { ref: ledgerEntries.ref, event: ledgerEntries.event, content: ledgerEntries.content })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.letterId, letterId), inArray(ledgerEntries.ref, erased)))
      .orderBy(ledgerEntries.ref, desc(ledgerEntries.seq));
    for (const e of entries) before.set(e.ref, e);
  }

  const entering = ENTERING.includes(event);
  const rows: Array<typeof ledgerEntries.$inferInsert> = [];
  const departed: string[] = [];
  for (const ref of signatureIds) {
    const view = views.get(ref);
    const previous = before.get(ref);
    const wasPublic = previous !== undefined && ENTERING.includes(previous.event);
    if (view && entering && !(wasPublic && sameView(previous.content, view))) {
      rows.push({ letterId, ref, event, day: utcDay(now), createdAt: now, ...sealContent(view) });
    } else if (!view && wasPublic && !entering) {
      const linked = event === 'withdrawn' && options.withdrawalToken ? withdrawalContent(options.withdrawalToken, ref) : { content: null, contentHash: null };
      rows.push({ letterId, ref, event, day: utcDay(now), createdAt: now, ...linked });
      departed.push(ref);
    }
  }
  if (rows.length > 0) await tx.insert(ledgerEntries).values(rows);
  if (departed.length > 0) {
    await tx
      .update(ledgerEntries)
      .set({ content: null })
      // What the list showed of them goes; a departure's own proof of who made it stays.
      .where(and(eq(ledgerEntries.letterId, letterId), inArray(ledgerEntries.ref, departed), inArray(ledgerEntries.event, ENTERING as LedgerEvent[]), isNotNull(ledgerEntries.content)));
  }
  return rows.length;
}

/**
 * Writes the event of an addressee's reply published beside the letter (unchained, in the
 * publishing transaction): its content is what the public sees of the reply, with the hashes of
 * its text and documents, so a published reply cannot later be changed or withdrawn unseen.
 */
export async function recordReplyEvent(tx: Tx, letterId: string, replyId: string, view: Record<string, unknown>, now: Date): Promise<void> {
  const content = canonicalize(view) as string;
  await tx.insert(ledgerEntries).values({ letterId, ref: replyId, event: 'replied', day: utcDay(now), createdAt: now, content, contentHash: sha256(content) });
}

/** A PostgreSQL array literal of values that need no quoting (uuids, hex, integers). */
const arrayLiteral = (values: Array<string | number>) => `{${values.join(',')}}`;

/**
 * Chains the letter's unchained events, in the order they were written, and signs the new tree
 * head in the same transaction, so that no entry is served without a signed head covering it.
 * Returns how many were chained. Safe to call from any number of requests and instances at once.
 */
export async function chainPending(db: Db, keys: LedgerKeys, letterId: string): Promise<number> {
  // The key is loaded (or made) outside the transaction: on PGlite, one connection, a query
  // beside an open transaction would wait for it forever.
  await keys.logKey();
  let chained = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK}, hashtext(${letterId}))`);
      const pending = await tx
        .select({ id: ledgerEntries.id, event: ledgerEntries.event, ref: ledgerEntries.ref, day: ledgerEntries.day, contentHash: ledgerEntries.contentHash })
        .from(ledgerEntries)
        .where(and(eq(ledgerEntries.letterId, letterId), isNull(ledgerEntries.position)))
        .orderBy(asc(ledgerEntries.seq))
        .limit(CHAIN_BATCH);
      const { tip, signed, slug } = await chainState(tx, letterId);
      // Nothing new, and every entry already under a signed head (or none at all).
      if (pending.length === 0 && (signed?.treeSize ?? 0) === tip.length) return 0;
      let prev = tip.head;
      let position = tip.length;
      const ids: string[] = [];
      const positions: number[] = [];
      const prevs: string[] = [];
      const hashes: string[] = [];
      for (const e of pending) {
        position += 1;
        const hash = entryHash(prev, { position, event: e.event, ref: e.ref, day: e.day, contentHash: e.contentHash });
        ids.push(e.id);
        positions.push(position);
        prevs.push(prev);
        hashes.push(hash);
        prev = hash;
      }
      if (pending.length > 0) {
        await tx.execute(sql`
          update ledger_entries as e set position = v.position, prev_hash = v.prev, hash = v.hash
          from unnest(${arrayLiteral(ids)}::uuid[], ${arrayLiteral(positions)}::int[], ${arrayLiteral(prevs)}::text[], ${arrayLiteral(hashes)}::text[])
            as v(id, position, prev, hash)
          where e.id = v.id`);
      }
      await signHead(tx, keys, { id: letterId, slug }, signed, tip.length, hashes, position, prev);
      return pending.length;
    });
    chained += n;
    if (n < CHAIN_BATCH) return chained;
  }
}

interface StoredHead {
  treeSize: number;
  frontier: Buffer[];
}

/** In one statement: the chain's tip, the last signed head (and its compact range), the slug. */
async function chainState(tx: Tx, letterId: string): Promise<{ tip: LedgerHead; signed: StoredHead | null; slug: string }> {
  const result = await tx.execute<{ slug: string; position: number | null; hash: string | null; tree_size: number | null; frontier: string | null }>(sql`
    select l.slug, t.position, t.hash, h.tree_size, h.frontier
    from letters l
    left join lateral (select position, hash from ledger_entries
      where letter_id = l.id and position is not null order by position desc limit 1) t on true
    left join lateral (select tree_size, frontier from ledger_heads
      where letter_id = l.id order by tree_size desc limit 1) h on true
    where l.id = ${letterId}`);
  const [row] = result.rows;
  if (!row) throw new Error(`no letter ${letterId}`);
  return {
    slug: row.slug,
    tip: { length: row.position ?? 0, head: row.hash ?? GENESIS },
    signed: row.tree_size === null ? null : { treeSize: row.tree_size, frontier: row.frontier ? row.frontier.split(',').map((h) => Buffer.from(h, 'hex')) : [] },
  };
}

/**
 * Signs the head of `size` entries: the tree of the last signed head extended by the entries
 * after it (those chained before signed heads existed, then this batch's `fresh` hashes). Built
 * on the stored compact range, never on the entries the last head covers, so a head is always
 * consistent with the one before it; a ledger that lost entries under a signed head is refused.
 */
async function signHead(tx: Tx, keys: LedgerKeys, letter: LetterRef, signed: StoredHead | null, chainedBefore: number, fresh: string[], size: number, chainHead: string) {
  const letterId = letter.id;
  const base = signed?.treeSize ?? 0;
  if (base > chainedBefore) {
    throw new Error(`ledger of letter ${letterId}: ${chainedBefore} entries, but a head of ${base} was signed; refusing to sign a head that drops entries`);
  }
  const unsigned =
    base < chainedBefore
      ? await tx
          .select({ hash: ledgerEntries.hash })
          .from(ledgerEntries)
          .where(and(eq(ledgerEntries.letterId, letterId), isNotNull(ledgerEntries.position), sql`${ledgerEntries.position} > ${base}`))
          .orderBy(asc(ledgerEntries.position))
      : [];
  const appended = [...unsigned.map((r) => r.hash!), ...fresh].map(entryLeaf);
  const tree = fromFrontier(base, signed?.frontier ?? [], appended);
  const root = rootOf(size, tree);
  const checkpoint = await keys.signNote(checkpointText(keys.origin(letter.slug), size, root));
  await tx.insert(signedHeads).values({
    letterId,
    treeSize: size,
    rootHash: root.toString('hex'),
    chainHead,
    frontier: frontierOf(size, tree)
      .map((h) => h.toString('hex'))
      .join(','),
    checkpoint,
    signedAt: new Date(),
  });
}

/**
 * Group commit for chaining, within one process: at most one chaining transaction per letter runs
 * at a time, and every request that arrives while it runs waits for the one next run, which chains
 * all their events at once. (Each request taking the advisory lock in turn instead measured 7x
 * slower under 50 concurrent confirmations: see docs/SCALING.md.) Across processes the advisory
 * lock in chainPending still orders the writers.
 */
export class LedgerChainer {
  readonly #running = new Map<string, Promise<unknown>>();
  readonly #next = new Map<string, Promise<void>>();

  constructor(private readonly chain: (letterId: string) => Promise<unknown>) {}

  /** Resolves once every event of the letter committed before this call is chained. */
  settle(letterId: string): Promise<void> {
    // A run in progress may have read the pending events before ours committed: wait for the next.
    const queued = this.#next.get(letterId);
    if (queued) return queued;
    const current = this.#running.get(letterId) ?? Promise.resolve();
    const next = current
      .catch(() => undefined)
      .then(async () => {
        this.#next.delete(letterId);
        const run = this.chain(letterId);
        this.#running.set(letterId, run);
        try {
          await run;
        } finally {
          if (this.#running.get(letterId) === run) this.#running.delete(letterId);
        }
      });
    this.#next.set(letterId, next);
    return next;
  }
}

export interface LedgerHead {
  /** Entries in the chain. */
  length: number;
  /** The hash of the last entry; GENESIS while the ledger is empty. */
  head: string;
}

/**
 * Letters with events recorded before `olderThan` and left unchained (a process stopped between
 * commit and chaining), and letters whose chain has entries no signed head covers yet (those
 * chained before signed heads existed: their first head takes the whole chain as its first leaves).
 */
export async function lettersWithUnchained(db: Db, olderThan: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ letterId: ledgerEntries.letterId })
    .from(ledgerEntries)
    .where(and(isNull(ledgerEntries.position), lt(ledgerEntries.createdAt, olderThan)));
  const unsigned = await db.execute<{ letter_id: string }>(sql`
    select e.letter_id from ledger_entries e where e.position is not null
    group by e.letter_id
    having max(e.position) > coalesce((select max(h.tree_size) from ledger_heads h where h.letter_id = e.letter_id), 0)`);
  return [...new Set([...rows.map((r) => r.letterId), ...unsigned.rows.map((r) => r.letter_id)])];
}

/**
 * The signer's receipt: the chained entry that last put their signature on the list, while it is
 * there, with its inclusion proof against the first signed head that covers it. Null while it
 * awaits a moderator or its batch, or once it has left. The proof is built from the compact range
 * of the head before it and the few entries between, not from the whole tree.
 */
export async function receiptFor(db: Db | Tx, letterId: string, signatureId: string): Promise<ReceiptView | null> {
  // One statement (a confirmation waits for it): the entry, the first head covering it, the
  // head before it, and the entries between.
  const result = await db.execute<{
    position: number;
    hash: string;
    event: string;
    covering_size: number | null;
    checkpoint: string | null;
    before_size: number | null;
    frontier: string | null;
    between: string[] | null;
  }>(sql`
    with last as (
      select position, hash, event from ledger_entries
      where letter_id = ${letterId} and ref = ${signatureId} and position is not null
      order by position desc limit 1),
    covering as (
      select tree_size, checkpoint from ledger_heads
      where letter_id = ${letterId} and tree_size >= (select position from last) order by tree_size limit 1),
    before as (
      select tree_size, frontier from ledger_heads
      where letter_id = ${letterId} and tree_size < (select position from last) order by tree_size desc limit 1)
    select last.position, last.hash, last.event,
      covering.tree_size as covering_size, covering.checkpoint, before.tree_size as before_size, before.frontier,
      (select array_agg(e.hash order by e.position) from ledger_entries e
        where e.letter_id = ${letterId} and e.position > coalesce(before.tree_size, 0) and e.position <= covering.tree_size) as between
    from last left join covering on true left join before on true`);
  const [row] = result.rows;
  if (!row || !ENTERING.includes(row.event)) return null;
  const receipt: ReceiptView = { position: row.position, hash: row.hash };
  if (row.covering_size === null || row.checkpoint === null) return receipt;
  const base = row.before_size ?? 0;
  const frontier = row.frontier ? row.frontier.split(',').map((h) => Buffer.from(h, 'hex')) : [];
  const tree = fromFrontier(base, frontier, (row.between ?? []).map(entryLeaf));
  return {
    ...receipt,
    treeSize: row.covering_size,
    checkpoint: row.checkpoint,
    inclusion: inclusionProof(row.position - 1, row.covering_size, tree).map((h) => h.toString('hex')),
  };
}

export interface PublishedHead extends LedgerHead {
  /** The Merkle root of the signed head, hex (SHA-256 of nothing while the ledger is empty). */
  root: string;
  /** The latest head witnesses cosigned: how many of them, its size, and when the last signed. */
  witnesses: { count: number; treeSize: number; at: string } | null;
}

const EMPTY_ROOT_HEX = sha256('');

/**
 * The signed heads of several letters, as the public sees them (the letter's JSON, page and
 * PDF): the latest signed head, and what witnesses last cosigned.
 */
export async function publishedHeads(db: Db | Tx, letterIds: string[]): Promise<Map<string, PublishedHead>> {
  const heads = new Map<string, PublishedHead>(letterIds.map((id) => [id, { length: 0, head: GENESIS, root: EMPTY_ROOT_HEX, witnesses: null }]));
  if (letterIds.length === 0) return heads;
  const result = await db.execute<{ letter_id: string; tree_size: number; chain_head: string; root_hash: string; w_size: number | null; w_count: number | null; w_at: string | Date | null }>(sql`
    select h.letter_id, h.tree_size, h.chain_head, h.root_hash, w.tree_size as w_size, w.count as w_count, w.at as w_at
    from (select distinct on (letter_id) letter_id, tree_size, chain_head, root_hash from ledger_heads
          where letter_id = any(${arrayLiteral(letterIds)}::uuid[])
          order by letter_id, tree_size desc) h
    left join lateral (
      select c.tree_size, count(*)::int as count, max(c.cosigned_at) as at from ledger_cosignatures c
      where c.letter_id = h.letter_id group by c.tree_size order by c.tree_size desc limit 1) w on true`);
  for (const r of result.rows) {
    heads.set(r.letter_id, {
      length: r.tree_size,
      head: r.chain_head,
      root: r.root_hash,
      witnesses: r.w_size === null ? null : { count: r.w_count ?? 0, treeSize: r.w_size, at: new Date(r.w_at!).toISOString() },
    });
  }
  return heads;
}
