import { releaseWithheld } from '../signatures/publication.js';
import { canonicalLanguage } from '../languages.js';
import slugify from '@sindresorhus/slugify';
import { diffWords } from 'diff';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { letterOrganizers, letters, letterVersions, outbox, SIGNER_KINDS, type SignerKind, signatures } from '../db/schema.js';
import { outboxRowSql } from '../outbox/messages.js';
import { MAIL_RECONSENT } from '../signatures/mail-kinds.js';
import { normalizeRiskyProviders } from '../signatures/risky-mailboxes.js';
import { AppError, because, notFound } from '../errors.js';
import { reachLetter, requireCapability } from './access.js';
import { renderMarkdown } from './markdown.js';
import type { Changes, CreateLetterInput, LetterView, UpdateLetterInput, VersionView } from './schemas.js';
import { SLUG_MAX } from './schemas.js';
import { buildStats, EMPTY_COUNTS, type LetterStats, statsFor } from './stats.js';
import { type PublishedHead, publishedHeads } from '../ledger/chain.js';
import { type Outcome, outcome } from '../effects.js';

type LetterRow = typeof letters.$inferSelect;

export interface LetterDeps {
  db: Db;
  /** The app's clock (app.clock.now): closing times are judged by it. */
  now: () => Date;
  /** How long re-consent requests wait (RECONSENT_DELAY_SECONDS); RECONSENT_DELAY_MS by default. */
  reconsentDelayMs?: number;
}

/** A letter whose closing time has passed is closed, whatever its stored status says. */
export function effectiveStatus(row: Pick<LetterRow, 'status' | 'closesAt'>, now: Date): LetterRow['status'] {
  if (row.status === 'open' && row.closesAt && row.closesAt <= now) return 'closed';
  return row.status;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toView(row: LetterRow, stats: LetterStats, ledger: PublishedHead, now: Date): LetterView {
  return {
    slug: row.slug,
    title: row.title,
    body: row.body,
    bodyHtml: row.bodyHtml,
    summary: row.summary,
    addressee: row.addressee,
    language: row.language,
    signerKinds: row.signerKinds,
    moderatedKinds: row.moderatedKinds,
    riskyMailProviders: row.riskyMailProviders,
    status: effectiveStatus(row, now),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: iso(row.publishedAt),
    closesAt: iso(row.closesAt),
    closedAt: iso(row.closedAt),
    publishBatchSeconds: row.publishBatchSeconds,
    nameThreshold: row.nameThreshold,
    namesReleaseAt: iso(row.namesReleaseAt),
    goal: row.goal === null ? null : { count: row.goal, kind: row.goalKind, reachedAt: iso(row.goalReachedAt) },
    stats,
    ledger,
  };
}

/** Reads the counts and ledger heads of the rows at once; gives the function that makes each row's view. */
async function viewsOf(db: Db | Tx, rows: LetterRow[], now: Date): Promise<(row: LetterRow) => LetterView> {
  const ids = rows.map((r) => r.id);
  const [stats, heads] = await Promise.all([statsFor(db, ids), publishedHeads(db, ids)]);
  return (row) => toView(row, stats.get(row.id) ?? buildStats(EMPTY_COUNTS), heads.get(row.id)!, now);
}

async function withStats(db: Db | Tx, rows: LetterRow[], now: Date): Promise<LetterView[]> {
  return rows.map(await viewsOf(db, rows, now));
}

/** The goal's columns: a new goal has not been reached yet. */
const goalColumns = (goal: { count: number; kind?: SignerKind | null } | null) => ({ goal: goal?.count ?? null, goalKind: goal?.kind ?? null, goalReachedAt: null });

/** What only the letter's organizers are shown of it: its settings. */
const forOrganizers = (view: LetterView, row: LetterRow): LetterView => ({ ...view, coOrganizersSeeAddresses: row.coOrganizersSeeAddresses, replyWaitDays: row.replyWaitDays });

/** The letter as its organizers see it (every command here answers an organizer). */
async function viewOf(db: Db | Tx, row: LetterRow, now: Date): Promise<LetterView> {
  return forOrganizers((await viewsOf(db, [row], now))(row), row);
}

/** A change to what the public sees of the letter (its slug may have changed too). */
const renewed = (view: LetterView, ...slugs: string[]): Outcome<LetterView> => outcome(view, { refresh: [...new Set([view.slug, ...slugs])] });

function futureDate(value: string | null | undefined, now: Date): Date | null | undefined {
  if (value === undefined || value === null) return value;
  const date = new Date(value);
  if (date <= now) throw because('future', new AppError(400, 'VALIDATION_FAILED', 'closesAt: must be in the future', 'closesAt'));
  return date;
}

/** "Free Uyghur scholars!" -> "free-uyghur-scholars"; scripts slugify cannot transliterate give "letter". */
export function slugFromTitle(title: string): string {
  const base = slugify(title, { lowercase: true, decamelize: false }).slice(0, SLUG_MAX - 8);
  return base.replace(/-+$/, '').replace(/^-+/, '') || 'letter';
}

const isUniqueViolation = (err: unknown) => {
  const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
};

async function slugIsFree(tx: Tx, slug: string) {
  const [row] = await tx.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
  return !row;
}

/** The title's slug, or the same with -2, -3... when taken, or a random suffix past that. */
async function freeSlugFor(tx: Tx, title: string): Promise<string> {
  const base = slugFromTitle(title);
  for (let n = 1; n <= 5; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (await slugIsFree(tx, candidate)) return candidate;
  }
  return `${base}-${crypto.randomUUID().slice(0, 6)}`;
}

export async function createLetter({ db, now }: LetterDeps, organizerId: string, input: CreateLetterInput): Promise<LetterView> {
  const at = now();
  const closesAt = futureDate(input.closesAt, at) ?? null;
  const language = input.language === undefined ? 'en' : canonicalLanguage(input.language);
  const fields = {
    title: input.title.trim(),
    body: input.body,
    bodyHtml: renderMarkdown(input.body),
    summary: input.summary?.trim() || null,
    addressee: input.addressee.trim(),
    language,
    signerKinds: input.signerKinds ?? [...SIGNER_KINDS],
    ...(input.moderatedKinds ? { moderatedKinds: input.moderatedKinds } : {}),
    riskyMailProviders: normalizeRiskyProviders(input.riskyMailProviders ?? null),
    closesAt,
    publishBatchSeconds: input.publishBatchSeconds ?? null,
    nameThreshold: input.nameThreshold ?? null,
    ...(input.goal ? goalColumns(input.goal) : {}),
    namesReleaseAt: input.namesReleaseAt ? new Date(input.namesReleaseAt) : null,
  };
  try {
    return await db.transaction(async (tx) => {
      if (input.slug && !(await slugIsFree(tx, input.slug))) throw slugTaken(input.slug);
      const slug = input.slug ?? (await freeSlugFor(tx, fields.title));
      const [row] = await tx
        .insert(letters)
        .values({ ...fields, slug })
        .returning();
      if (!row) throw new Error('insert returned no letter');
      await tx.insert(letterOrganizers).values({ letterId: row.id, organizerId });
      await tx.insert(letterVersions).values({
        letterId: row.id,
        version: 1,
        title: row.title,
        body: row.body,
        summary: row.summary,
        addressee: row.addressee,
      });
      return viewOf(tx, row, at);
    });
  } catch (err) {
    // Two drafts racing for one slug: the loser learns it plainly (a generated slug retries once).
    if (isUniqueViolation(err)) {
      if (input.slug) throw slugTaken(input.slug);
      return createLetter({ db, now }, organizerId, { ...input, slug: `${slugFromTitle(input.title)}-${crypto.randomUUID().slice(0, 6)}` });
    }
    throw err;
  }
}

const slugTaken = (slug: string) => new AppError(409, 'SLUG_TAKEN', `slug: "${slug}" is already used by another letter`, 'slug');

/** The letter, locked for update, after checking that the organizer may edit it. */
async function letterForOrganizer(tx: Tx, slug: string, organizerId: string): Promise<LetterRow> {
  return (await reachLetter(tx, slug, { as: 'organizer', organizerId, can: 'edit' }, { forUpdate: true })).row;
}

export async function updateLetter({ db, now, reconsentDelayMs = RECONSENT_DELAY_MS }: LetterDeps, organizerId: string, slug: string, patch: UpdateLetterInput): Promise<Outcome<LetterView>> {
  const at = now();
  return db.transaction(async (tx) => {
    const row = await letterForOrganizer(tx, slug, organizerId);
    // Who sees signers' addresses is the owners' decision.
    if (patch.coOrganizersSeeAddresses !== undefined) await requireCapability(tx, row.id, organizerId, 'manage');
    if (patch.slug !== undefined && patch.slug !== row.slug) {
      if (row.status !== 'draft') {
        throw new AppError(409, 'SLUG_FROZEN', 'slug: a published letter keeps its address', 'slug');
      }
      if (!(await slugIsFree(tx, patch.slug))) throw slugTaken(patch.slug);
    }
    const changes: Partial<typeof letters.$inferInsert> = { updatedAt: at };
    if (patch.title !== undefined) changes.title = patch.title.trim();
    if (patch.body !== undefined) {
      changes.body = patch.body;
      changes.bodyHtml = renderMarkdown(patch.body);
    }
    if (patch.addressee !== undefined) changes.addressee = patch.addressee.trim();
    if (patch.summary !== undefined) changes.summary = patch.summary?.trim() || null;
    if (patch.language !== undefined) changes.language = canonicalLanguage(patch.language);
    if (patch.signerKinds !== undefined) changes.signerKinds = patch.signerKinds;
    if (patch.moderatedKinds !== undefined) changes.moderatedKinds = patch.moderatedKinds;
    if (patch.riskyMailProviders !== undefined) changes.riskyMailProviders = normalizeRiskyProviders(patch.riskyMailProviders);
    if (patch.closesAt !== undefined) changes.closesAt = futureDate(patch.closesAt, at);
    if (patch.slug !== undefined) changes.slug = patch.slug;
    if (patch.publishBatchSeconds !== undefined) changes.publishBatchSeconds = patch.publishBatchSeconds;
    if (patch.nameThreshold !== undefined) changes.nameThreshold = patch.nameThreshold;
    if (patch.namesReleaseAt !== undefined) changes.namesReleaseAt = patch.namesReleaseAt === null ? null : new Date(patch.namesReleaseAt);
    if (patch.coOrganizersSeeAddresses !== undefined) changes.coOrganizersSeeAddresses = patch.coOrganizersSeeAddresses;
    // How long the public page waits before an addressee's silence reads as "no reply".
    if (patch.replyWaitDays !== undefined) changes.replyWaitDays = patch.replyWaitDays;
    // A new goal is reached afresh (and mailed again when it is).
    if (patch.goal !== undefined) Object.assign(changes, goalColumns(patch.goal));

    const textChanged = (['title', 'body', 'summary', 'addressee'] as const).some((k) => changes[k] !== undefined && changes[k] !== row[k]);
    // Once anyone has signed, the text they signed is kept: a change makes a new version.
    const newVersion = textChanged && (await hasSignatures(tx, row.id));
    if (newVersion) changes.version = row.version + 1;
    const [updated] = await tx.update(letters).set(changes).where(eq(letters.id, row.id)).returning();
    if (!updated) throw notFound();
    // A lower threshold or an earlier launch publishes the names it no longer withholds, now.
    const released = (patch.nameThreshold !== undefined || patch.namesReleaseAt !== undefined) && (await releaseWithheld(tx, updated, at));
    const text = { title: updated.title, body: updated.body, summary: updated.summary, addressee: updated.addressee };
    if (newVersion) {
      const editorial = patch.editorial === true;
      await tx.insert(letterVersions).values({ letterId: row.id, version: updated.version, editorial, ...text });
      // A change of substance: everyone who signed an earlier text is asked to consent to this one.
      if (!editorial) {
        await enqueueReconsent(tx, row.id, updated.version, at, reconsentDelayMs);
        return outcome(await viewOf(tx, updated, at), { refresh: [row.slug, updated.slug], mail: true });
      }
    } else if (textChanged) {
      await tx
        .update(letterVersions)
        .set(text)
        .where(and(eq(letterVersions.letterId, row.id), eq(letterVersions.version, updated.version)));
    }
    if (released) return outcome(await viewOf(tx, updated, at), { refresh: [row.slug, updated.slug], chain: [{ id: updated.id, slug: updated.slug }] });
    return renewed(await viewOf(tx, updated, at), row.slug);
  });
}

/**
 * How long a re-consent request waits before it is sent: changes made meanwhile join it, so a
 * run of edits asks each signer once, about the text as it then stands.
 */
export const RECONSENT_DELAY_MS = 60 * 60 * 1000;

/**
 * One re-consent message per confirmed signer of an earlier version, in one statement, due
 * after `delayMs`; none for a signer who already has one waiting (the message is
 * composed at send time, from the letter as it is then). One being sent right now (its claim
 * still held) does not count: it may have been composed before this change.
 */
async function enqueueReconsent(tx: Tx, letterId: string, version: number, at: Date, delayMs: number) {
  await tx.execute(sql`
    insert into ${outbox} (kind, payload, next_attempt_at)
    select ${outboxRowSql(MAIL_RECONSENT, { signatureId: sql`${signatures.id}::text`, version: sql`${String(version)}::text` })}, ${new Date(at.getTime() + delayMs)}::timestamptz
    from ${signatures}
    where ${signatures.letterId} = ${letterId}
      and ${signatures.status} = 'confirmed'
      and ${signatures.letterVersion} < ${version}
      and not exists (
        select 1 from ${outbox} waiting
        where waiting.kind = ${MAIL_RECONSENT} and waiting.status = 'pending'
          and (waiting.locked_until is null or waiting.locked_until < ${at}::timestamptz)
          and waiting.payload->>'signatureId' = ${signatures.id}::text)`);
}

async function hasSignatures(tx: Tx, letterId: string): Promise<boolean> {
  const [row] = await tx.select({ id: signatures.id }).from(signatures).where(eq(signatures.letterId, letterId)).limit(1);
  return Boolean(row);
}

export async function publishLetter({ db, now }: LetterDeps, organizerId: string, slug: string): Promise<Outcome<LetterView>> {
  const at = now();
  return db.transaction(async (tx) => {
    const row = await letterForOrganizer(tx, slug, organizerId);
    const status = effectiveStatus(row, at);
    if (status === 'open') return outcome(await viewOf(tx, row, at));
    if (row.closesAt && row.closesAt <= at) {
      throw new AppError(409, 'CLOSING_TIME_PASSED', 'closesAt: set a closing time in the future before opening the letter', 'closesAt');
    }
    const [updated] = await tx
      .update(letters)
      .set({ status: 'open', publishedAt: row.publishedAt ?? at, closedAt: null, updatedAt: at })
      .where(eq(letters.id, row.id))
      .returning();
    if (!updated) throw notFound();
    return renewed(await viewOf(tx, updated, at));
  });
}

/** Opens a draft to invited signers only; publishing later opens it to everyone. */
export async function startFounding({ db, now }: LetterDeps, organizerId: string, slug: string): Promise<Outcome<LetterView>> {
  const at = now();
  return db.transaction(async (tx) => {
    const row = await letterForOrganizer(tx, slug, organizerId);
    if (row.status === 'founding') return outcome(await viewOf(tx, row, at));
    if (row.status !== 'draft') {
      throw new AppError(409, 'ALREADY_PUBLISHED', 'Only a draft can start a founding round');
    }
    const [updated] = await tx.update(letters).set({ status: 'founding', updatedAt: at }).where(eq(letters.id, row.id)).returning();
    if (!updated) throw notFound();
    return renewed(await viewOf(tx, updated, at));
  });
}

export async function closeLetter({ db, now }: LetterDeps, organizerId: string, slug: string): Promise<Outcome<LetterView>> {
  const at = now();
  return db.transaction(async (tx) => {
    const row = await letterForOrganizer(tx, slug, organizerId);
    if (row.status === 'draft' || row.status === 'founding') {
      throw new AppError(409, 'NOT_PUBLISHED', 'A letter that is not public cannot be closed; publish it first');
    }
    if (row.status === 'closed') return outcome(await viewOf(tx, row, at));
    const closedAt = row.closesAt && row.closesAt <= at ? row.closesAt : at;
    const [updated] = await tx.update(letters).set({ status: 'closed', closedAt, updatedAt: at }).where(eq(letters.id, row.id)).returning();
    if (!updated) throw notFound();
    return renewed(await viewOf(tx, updated, at));
  });
}

/**
 * A letter as the public sees it: drafts and founding rounds do not exist for them. An organizer
 * of the letter (when one is given) also sees those. Returns the row too, for other modules.
 */
export async function readLetterWithRow({ db, now }: LetterDeps, slug: string, organizerId?: string | null): Promise<{ row: LetterRow; view: LetterView }> {
  const { row, role } = await reachLetter(db, slug, { as: 'public', organizerId });
  const view = (await viewsOf(db, [row], now()))(row);
  return { row, view: role ? forOrganizers(view, row) : view };
}

export async function readLetter(deps: LetterDeps, slug: string, organizerId?: string | null): Promise<LetterView> {
  return (await readLetterWithRow(deps, slug, organizerId)).view;
}

export async function listOrganizerLetters({ db, now }: LetterDeps, organizerId: string) {
  const rows = await db
    .select({ letter: letters })
    .from(letters)
    .innerJoin(letterOrganizers, eq(letterOrganizers.letterId, letters.id))
    .where(eq(letterOrganizers.organizerId, organizerId))
    .orderBy(desc(letters.createdAt));
  const own = rows.map((r) => r.letter);
  const views = await withStats(db, own, now());
  return views.map((view, i) => forOrganizers(view, own[i]!));
}

type VersionRow = typeof letterVersions.$inferSelect;
const DIFFED = ['title', 'addressee', 'summary', 'body'] as const;

/** The word diff of the fields that differ between two texts (a letter's versions, a translation's revisions). */
export function changesBetween<F extends string>(before: Record<F, string | null>, after: Record<F, string | null>, fields: readonly F[]): Changes {
  return fields
    .filter((field) => (before[field] ?? '') !== (after[field] ?? ''))
    .map((field) => ({
      field,
      parts: diffWords(before[field] ?? '', after[field] ?? '').map((p) => ({
        value: p.value,
        added: Boolean(p.added),
        removed: Boolean(p.removed),
      })),
    }));
}

/** The public history of a letter's text: every version and what changed from the one before. */
export async function listVersions(db: Db, slug: string): Promise<VersionView[]> {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  const rows = await db.select().from(letterVersions).where(eq(letterVersions.letterId, letter.id)).orderBy(asc(letterVersions.version));
  return rows.map((row, i) => ({
    version: row.version,
    editorial: row.editorial,
    createdAt: row.createdAt.toISOString(),
    title: row.title,
    body: row.body,
    addressee: row.addressee,
    summary: row.summary,
    changes: i === 0 ? null : changesBetween(rows[i - 1] as VersionRow, row, DIFFED),
  }));
}

/** The public letters, open ones first, newest first: for the start page. */
export async function listPublicLetters({ db, now }: LetterDeps, limit = 50): Promise<LetterView[]> {
  const rows = await db
    .select()
    .from(letters)
    .where(inArray(letters.status, ['open', 'closed']))
    .orderBy(desc(letters.publishedAt))
    .limit(limit);
  const views = await withStats(db, rows, now());
  return views.sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));
}
