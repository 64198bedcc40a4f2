import { randomInt } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { letters, signatures } from '../db/schema.js';
import { type Effects, type Outcome, outcome } from '../effects.js';
import { recordEvents } from '../ledger/chain.js';
import { publicCondition, publishableCondition } from './visibility.js';
import { lookalikeReason } from './lookalikes.js';

/**
 * When a signature becomes public. A confirmation (or a moderator's approval) only makes a
 * signature publishable; it joins the list, the counts, the ledger and every file made from them
 * with the next batch, at a wall-clock boundary (every `PUBLISH_BATCH_SECONDS`, or the letter's
 * own setting), in random order within the batch. A watcher polling the letter then learns only
 * the batch a signer joined, never the second or the order. Removals do not wait: they are
 * recorded at once by the commands that make them.
 *
 * Names can wait longer than the signature: a letter may withhold the names of a country's
 * signers until `nameThreshold` of them are public (nobody is the only visible signer from their
 * country), or every name until a launch time (`namesReleaseAt`). A withheld signer is counted
 * and recorded in the ledger as counted-only; their name gets its own entry when it is published.
 */

/** A batch smaller than this waits for the next boundary (so one signer is not alone in it)... */
export const MIN_BATCH = 3;
/** ...unless its oldest signature has waited this long. */
export const MAX_WAIT_MS = 60 * 60 * 1000;

type LetterRules = Pick<typeof letters.$inferSelect, 'id' | 'slug' | 'publishBatchSeconds' | 'nameThreshold' | 'namesReleaseAt'>;

/** The letter's batch length in seconds: its own setting, or the instance's. */
export const batchSecondsOf = (letter: Pick<LetterRules, 'publishBatchSeconds'>, instanceDefault: number) => letter.publishBatchSeconds ?? instanceDefault;

/** The last wall-clock boundary at or before `now` (boundaries are multiples of the batch length since the epoch). */
export function lastBoundary(now: Date, seconds: number): Date {
  if (seconds <= 0) return now;
  const ms = seconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** When the signature became publishable: its confirmation, or a later approval. */
const publishableSince = sql<Date>`greatest(${signatures.confirmedAt}, coalesce(${signatures.moderatedAt}, ${signatures.confirmedAt}))`;

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Publishes the given publishable signatures as of `at` (the batch's boundary), publishes the
 * names a threshold or launch no longer withholds, and records their ledger events, each group in
 * random order. Returns whether anything the public sees changed.
 */
export async function publishSignatures(tx: Tx, letter: LetterRules, due: string[], at: Date): Promise<boolean> {
  const signatureIds = await holdLookalikesInBatch(tx, letter, due, at);
  // Most letters withhold no name: names are published with their signatures, in the same statement.
  const atOnce = namesAtOnce(letter, at);
  const published =
    signatureIds.length === 0
      ? []
      : await tx
          .update(signatures)
          .set({ publishedAt: at, ...(atOnce ? { namedAt: sql`case when ${signatures.display} <> 'anonymous' then ${at}::timestamptz end` } : {}) })
          .where(and(eq(signatures.letterId, letter.id), inArray(signatures.id, signatureIds), publishableCondition(), isNull(signatures.publishedAt)))
          .returning({ id: signatures.id, moderation: signatures.moderation });
  const named = atOnce ? [] : await releaseNames(tx, letter, at);
  const fresh = new Set(published.map((p) => p.id));
  await recordEvents(tx, letter.id, shuffled(published.filter((p) => p.moderation !== 'approved').map((p) => p.id)), 'confirmed', at);
  await recordEvents(tx, letter.id, shuffled(published.filter((p) => p.moderation === 'approved').map((p) => p.id)), 'approved', at);
  await recordEvents(tx, letter.id, shuffled(named.filter((id) => !fresh.has(id))), 'confirmed', at);
  return published.length > 0 || named.length > 0;
}

/** Whether the letter publishes every name with its signature: no threshold, no launch still to come. */
const namesAtOnce = (letter: LetterRules, at: Date) => letter.nameThreshold === null && !(letter.namesReleaseAt && letter.namesReleaseAt > at);

/**
 * Publishes the names that the letter's threshold or launch no longer withholds (after a change
 * of either, or when a launch time passes), each with a ledger entry of its own.
 */
export async function releaseWithheld(tx: Tx, letter: LetterRules, at: Date): Promise<boolean> {
  const named = await releaseNames(tx, letter, at);
  await recordEvents(tx, letter.id, shuffled(named), 'confirmed', at);
  return named.length > 0;
}

/**
 * Two signatures of one batch whose names would pass for each other (the same TR39 skeleton, both
 * shown in full) were each compared at confirmation only with names already listed: the first
 * confirmed is published, the others wait for a moderator, as a look-alike of a listed name does
 * (lookalikes.ts). Returns the ids still to publish. Skipped on letters that may withhold names:
 * holding a signer there would tell whoever signs with a name that someone of that name is among
 * the withheld.
 */
async function holdLookalikesInBatch(tx: Tx, letter: LetterRules, due: string[], at: Date): Promise<string[]> {
  if (due.length < 2 || letter.nameThreshold !== null || (letter.namesReleaseAt && letter.namesReleaseAt > at)) return due;
  const rows = await tx
    .select({ id: signatures.id, name: signatures.name, skeleton: signatures.nameSkeleton, moderation: signatures.moderation })
    .from(signatures)
    .where(and(eq(signatures.letterId, letter.id), inArray(signatures.id, due), eq(signatures.display, 'full'), isNotNull(signatures.nameSkeleton)))
    .orderBy(asc(signatures.confirmedAt), asc(signatures.id));
  const first = new Map<string, string>();
  const held: Array<{ id: string; reason: string }> = [];
  for (const row of rows) {
    const listed = first.get(row.skeleton!);
    // A moderator's approval of this very signature stands.
    if (listed === undefined || row.moderation === 'approved') first.set(row.skeleton!, listed ?? row.name);
    else held.push({ id: row.id, reason: lookalikeReason(listed, row.name) });
  }
  for (const h of held) await tx.update(signatures).set({ moderation: 'pending', moderationReason: h.reason }).where(eq(signatures.id, h.id));
  const heldIds = new Set(held.map((h) => h.id));
  return due.filter((id) => !heldIds.has(id));
}

/**
 * Gives a name to every public, withheld signature that neither the letter's launch time nor its
 * country's threshold holds back any more. Names once published stay published.
 */
export async function releaseNames(tx: Tx, letter: LetterRules, at: Date): Promise<string[]> {
  if (letter.namesReleaseAt && letter.namesReleaseAt > at) return [];
  const k = letter.nameThreshold;
  const countriesAtThreshold = sql`(select s.country from ${signatures} s where s.letter_id = ${letter.id} and s.status = 'confirmed'
    and s.moderation in ('none', 'approved') and s.published_at is not null group by s.country having count(*) >= ${k ?? 0})`;
  const rows = await tx
    .update(signatures)
    .set({ namedAt: at })
    .where(
      and(
        eq(signatures.letterId, letter.id),
        publicCondition(),
        isNull(signatures.namedAt),
        sql`${signatures.display} <> 'anonymous'`,
        k === null ? undefined : sql`${signatures.country} in ${countriesAtThreshold}`,
      ),
    )
    .returning({ id: signatures.id });
  return rows.map((r) => r.id);
}

/**
 * For a command that just made a signature publishable (a confirmation, an approval, an accepted
 * invitation), in its transaction: on a letter without batches it is published now; otherwise it
 * waits for the publisher. Returns where it stands, for its signer.
 */
export async function publishIfImmediate(
  tx: Tx,
  letter: LetterRules,
  signatureId: string,
  moderation: (typeof signatures.$inferSelect)['moderation'],
  now: Date,
  instanceDefault: number,
): Promise<PublicationState> {
  if (moderation !== 'none' && moderation !== 'approved') return 'held';
  if (batchSecondsOf(letter, instanceDefault) > 0) return 'batched';
  await publishSignatures(tx, letter, [signatureId], now);
  // Only a threshold or a launch leaves a question open (named, or withheld): then it is read back.
  return namesAtOnce(letter, now) ? 'published' : ((await publicationAfter(tx, signatureId)) ?? 'held');
}

/**
 * Where a confirmed signature stands, for its signer: `held` for moderators (or taken off the
 * list), `batched` until the next batch, `published`, or `withheld`: counted, its name waiting for
 * the letter's threshold or launch.
 */
export const PUBLICATION_STATES = ['held', 'batched', 'published', 'withheld'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export function publicationOf(s: Pick<typeof signatures.$inferSelect, 'status' | 'moderation' | 'publishedAt' | 'namedAt' | 'display'>): PublicationState | null {
  if (s.status === 'withdrawn' || s.status === 'pending') return null;
  // Judged fraudulent: its sender is answered as any signer waiting for a batch, and learns nothing.
  if (s.status === 'fraudulent') return 'batched';
  if (s.moderation !== 'none' && s.moderation !== 'approved') return 'held';
  if (s.publishedAt === null) return 'batched';
  return s.namedAt === null && s.display !== 'anonymous' ? 'withheld' : 'published';
}

/** The same, read afresh after a command's write (one small query, by primary key). */
export async function publicationAfter(tx: Tx, signatureId: string): Promise<PublicationState | null> {
  const [row] = await tx
    .select({ status: signatures.status, moderation: signatures.moderation, publishedAt: signatures.publishedAt, namedAt: signatures.namedAt, display: signatures.display })
    .from(signatures)
    .where(eq(signatures.id, signatureId));
  return row ? publicationOf(row) : null;
}

export interface PublisherDeps {
  db: Db;
  now: () => Date;
  /** PUBLISH_BATCH_SECONDS: the batch length of letters without their own. */
  publishBatchSeconds: number;
}

const PUBLISH_LOCK = 0x9b1157; // the advisory lock namespace of publishers: one per letter at a time

/**
 * The publisher's round, run every few seconds on every instance (plugins/publisher.ts): for each
 * letter with signatures awaiting a batch, or names awaiting their threshold or launch, publishes
 * what the last boundary makes due. Its effects renew those letters and chain their ledgers.
 */
export async function publishDue(deps: PublisherDeps): Promise<Outcome<number>> {
  const now = deps.now();
  const awaiting = deps.db
    .selectDistinct({ letterId: signatures.letterId })
    .from(signatures)
    .where(and(publishableCondition(), isNull(signatures.publishedAt)));
  const withheld = deps.db
    .selectDistinct({ letterId: signatures.letterId })
    .from(signatures)
    .where(and(publicCondition(), isNull(signatures.namedAt), sql`${signatures.display} <> 'anonymous'`));
  const ids = [...new Set([...(await awaiting), ...(await withheld)].map((r) => r.letterId))];
  const chain: Array<{ id: string; slug: string }> = [];
  for (const letterId of ids) {
    const changed = await deps.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK}, hashtext(${letterId}))`);
      const [letter] = await tx.select().from(letters).where(eq(letters.id, letterId));
      if (!letter) return null;
      const seconds = batchSecondsOf(letter, deps.publishBatchSeconds);
      const boundary = lastBoundary(now, seconds);
      const due = await tx
        .select({ id: signatures.id, since: publishableSince })
        .from(signatures)
        .where(and(eq(signatures.letterId, letterId), publishableCondition(), isNull(signatures.publishedAt), seconds > 0 ? lt(publishableSince, boundary) : undefined));
      const oldest = Math.min(...due.map((d) => new Date(d.since).getTime()));
      const publish = seconds === 0 || due.length >= MIN_BATCH || oldest <= boundary.getTime() - MAX_WAIT_MS;
      const published = await publishSignatures(tx, letter, publish ? due.map((d) => d.id) : [], boundary);
      // Names a launch time or a reached threshold no longer withholds, with or without new signatures.
      const released = await releaseWithheld(tx, letter, boundary);
      return published || released ? letter : null;
    });
    if (changed) chain.push({ id: changed.id, slug: changed.slug });
  }
  const effects: Effects = chain.length > 0 ? { chain } : {};
  return outcome(chain.length, effects);
}
