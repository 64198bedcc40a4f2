import { and, desc, eq, inArray, isNotNull, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { letters, letterUpdates, outbox, signatures, signatureTokens, type UpdateText, updateMails } from '../db/schema.js';
import { type Outcome, outcome } from '../effects.js';
import { AppError } from '../errors.js';
import { bestMatch } from '../i18n/locales.js';
import { canonicalLanguage } from '../languages.js';
import { reachLetter } from '../letters/access.js';
import { renderMarkdown } from '../letters/markdown.js';
import { outboxRowSql } from '../outbox/messages.js';
import type { TokenHasher } from '../tokens.js';
import { MAIL_UPDATE } from './mail-kinds.js';
import { type OrganizerUpdateView, type PublicUpdateView, UPDATE_MONTH_MS, UPDATES_PER_MONTH, type UpdateInput, type UpdateTranslationInput } from './schemas.js';

type UpdateRow = typeof letterUpdates.$inferSelect;
type SignatureRow = typeof signatures.$inferSelect;

/**
 * The signatures of a letter that news may reach: the signer asked for it, and is still on the
 * list (confirmed: not pending, withdrawn or fraudulent; not rejected or hidden by a moderator;
 * the address not erased). Held ones awaiting a moderator are signers too.
 */
export const subscribed = (letterId: string) =>
  and(
    eq(signatures.letterId, letterId),
    isNotNull(signatures.newsConsentAt),
    eq(signatures.status, 'confirmed'),
    notInArray(signatures.moderation, ['rejected', 'shadow']),
    isNull(signatures.emailErasedAt),
  );

/** Whether one signature may still be sent news (the same rule, at send time). */
export const stillSubscribed = (s: Pick<SignatureRow, 'newsConsentAt' | 'status' | 'moderation' | 'emailErasedAt'>) =>
  s.newsConsentAt !== null && s.status === 'confirmed' && s.moderation !== 'rejected' && s.moderation !== 'shadow' && s.emailErasedAt === null;

/** How many signers of the letter an update would reach now (before the monthly pacing). */
export async function subscriberCount(db: Db | Tx, letterId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(signatures).where(subscribed(letterId));
  return Number(row?.n ?? 0);
}

function textsOf(row: UpdateRow) {
  return Object.entries(row.translations)
    .map(([language, t]) => ({ language, title: t.title, body: t.body, bodyHtml: t.bodyHtml }))
    .sort((a, b) => a.language.localeCompare(b.language));
}

function organizerView(row: UpdateRow, language: string): OrganizerUpdateView {
  return {
    id: row.id,
    language,
    title: row.title,
    body: row.body,
    bodyHtml: row.bodyHtml,
    translations: textsOf(row),
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** A translation's language, canonical; 400 when it is no language tag or the letter's own (the update is written in that). */
function translationLanguage(tag: string, letterLanguage: string): string {
  let language: string;
  try {
    language = canonicalLanguage(tag.trim());
  } catch {
    throw new AppError(400, 'VALIDATION_FAILED', 'language: is not a language tag, such as en or fr-CA', 'language');
  }
  if (language.toLowerCase() === letterLanguage.toLowerCase()) {
    throw new AppError(400, 'VALIDATION_FAILED', "language: this is the letter's own language, in which the update is written", 'language');
  }
  return language;
}

const textOf = (input: { title: string; body: string }): UpdateText => ({ title: input.title.trim(), body: input.body, bodyHtml: renderMarkdown(input.body) });

/** Writes an update (a draft until sent), in the letter's language, with any translations given (editors, owners). */
export async function createUpdate(db: Db, actorId: string, slug: string, input: UpdateInput): Promise<Outcome<OrganizerUpdateView>> {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'edit' });
  const translations: Record<string, UpdateText> = {};
  for (const t of input.translations ?? []) {
    const language = translationLanguage(t.language, letter.language);
    if (translations[language]) throw new AppError(400, 'VALIDATION_FAILED', `translations: ${language} is given twice`, 'translations');
    translations[language] = textOf(t);
  }
  const [row] = await db
    .insert(letterUpdates)
    .values({ letterId: letter.id, organizerId: actorId, ...textOf(input), translations })
    .returning();
  return outcome(organizerView(row!, letter.language));
}

/** The update of a letter, locked in `tx` when asked; 404 when the letter has none of this id. */
async function updateOf(tx: Db | Tx, letterId: string, id: string, lock = false): Promise<UpdateRow> {
  const query = tx
    .select()
    .from(letterUpdates)
    .where(and(eq(letterUpdates.id, id), eq(letterUpdates.letterId, letterId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError(404, 'UPDATE_NOT_FOUND', 'This letter has no such update');
  return row;
}

const alreadySent = () => new AppError(409, 'UPDATE_SENT', 'This update has been sent: it stays as it was sent');

/** Adds or replaces one translation of an update that is not sent yet (editors, owners). */
export async function saveUpdateTranslation(db: Db, actorId: string, slug: string, id: string, input: UpdateTranslationInput): Promise<Outcome<OrganizerUpdateView>> {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'edit' });
  const language = translationLanguage(input.language, letter.language);
  return db.transaction(async (tx) => {
    const update = await updateOf(tx, letter.id, id, true);
    if (update.sentAt) throw alreadySent();
    const [row] = await tx
      .update(letterUpdates)
      .set({ translations: { ...update.translations, [language]: textOf(input) } })
      .where(eq(letterUpdates.id, id))
      .returning();
    return outcome(organizerView(row!, letter.language));
  });
}

/** Every update of the letter, newest first, with how many signers the next one would reach (organizers, any role). */
export async function listUpdates(db: Db, actorId: string, slug: string) {
  const { row: letter, role } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'read' });
  const rows = await db.select().from(letterUpdates).where(eq(letterUpdates.letterId, letter.id)).orderBy(desc(letterUpdates.createdAt));
  return { letter, role, items: rows.map((r) => organizerView(r, letter.language)), subscribers: await subscriberCount(db, letter.id) };
}

/** One update, for its letter's organizers. */
export async function readUpdate(db: Db, actorId: string, slug: string, id: string) {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'read' });
  return { letter, update: organizerView(await updateOf(db, letter.id, id), letter.language) };
}

/**
 * Sends an update, once: one mail through the outbox to each signer who asked for news and is
 * still on the list, `intervalMs` apart, each composed at send time in the language they signed
 * in. A signer sent UPDATES_PER_MONTH updates of this letter in the last 30 days is skipped (and
 * counted). From then on the update is on the letter's page.
 */
export async function sendUpdate(db: Db, actorId: string, slug: string, id: string, intervalMs: number, now: Date): Promise<Outcome<{ queued: number; skipped: number }>> {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'edit' });
  return db.transaction(async (tx) => {
    const update = await updateOf(tx, letter.id, id, true);
    if (update.sentAt) throw alreadySent();
    const since = new Date(now.getTime() - UPDATE_MONTH_MS);
    const recent = sql`(select count(*) from ${updateMails} m where m.signature_id = ${signatures.id} and m.queued_at > ${since}::timestamptz)`;
    const eligible = tx
      .select({ id: signatures.id, n: sql<number>`(row_number() over (order by ${signatures.createdAt}, ${signatures.id}) - 1)`.as('n') })
      .from(signatures)
      .where(and(subscribed(letter.id), sql`${recent} < ${UPDATES_PER_MONTH}`));
    // One statement: the signers taken, each recorded against the pacing and queued its mail.
    const result = await tx.execute<{ queued: number }>(sql`
      with eligible as (${eligible}),
      recorded as (
        insert into ${updateMails} (update_id, signature_id, queued_at)
        select ${id}::uuid, eligible.id, ${now}::timestamptz from eligible
        returning signature_id
      ),
      queued as (
        insert into ${outbox} (kind, payload, next_attempt_at)
        select ${outboxRowSql(MAIL_UPDATE, { updateId: sql`${id}::text`, signatureId: sql`eligible.id::text` })},
          ${now}::timestamptz + (eligible.n * ${intervalMs}::bigint)::double precision * interval '1 millisecond'
        from eligible
        returning 1
      )
      select (select count(*) from queued)::int as queued`);
    const queued = Number(result.rows[0]?.queued ?? 0);
    const skipped = (await subscriberCount(tx, letter.id)) - queued;
    await tx.update(letterUpdates).set({ sentAt: now }).where(eq(letterUpdates.id, id));
    // The letter's page lists it from now on.
    return outcome({ queued, skipped }, { mail: true, refresh: [letter.slug] });
  });
}

/** A sent update in the reader's language (its translation, or the original), for the letter's page. */
export function updateIn(update: PublicUpdateView, languages: readonly string[]): { language: string; title: string; bodyHtml: string } {
  const available = update.translations.map((t) => t.language);
  const chosen = bestMatch(languages, [update.language, ...available]);
  const t = chosen && chosen !== update.language ? update.translations.find((x) => x.language === chosen) : undefined;
  return t ? { language: t.language, title: t.title, bodyHtml: t.bodyHtml } : { language: update.language, title: update.title, bodyHtml: update.bodyHtml };
}

/** The sent updates of a public letter, newest first: what its page shows. */
export async function publicUpdates(db: Db, slug: string): Promise<PublicUpdateView[]> {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  const rows = await db
    .select()
    .from(letterUpdates)
    .where(and(eq(letterUpdates.letterId, letter.id), isNotNull(letterUpdates.sentAt)))
    .orderBy(desc(letterUpdates.sentAt));
  return rows.map((r) => ({ id: r.id, language: letter.language, title: r.title, body: r.body, bodyHtml: r.bodyHtml, translations: textsOf(r), sentAt: r.sentAt!.toISOString() }));
}

export interface UnsubscribeDeps {
  db: Db;
  tokens: TokenHasher;
}

/** The signature and letter an unsubscribe link belongs to; 404 for a link that is not (or no longer) one. */
async function resolveUnsubscribe(deps: UnsubscribeDeps, token: string) {
  const [row] = await deps.db
    .select({ signatureId: signatures.id, newsConsentAt: signatures.newsConsentAt, letter: { slug: letters.slug, title: letters.title, language: letters.language } })
    .from(signatureTokens)
    .innerJoin(signatures, eq(signatures.id, signatureTokens.signatureId))
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .where(and(inArray(signatureTokens.tokenHash, deps.tokens.candidates('unsubscribe', token)), eq(signatureTokens.purpose, 'unsubscribe')));
  if (!row) throw new AppError(404, 'TOKEN_UNKNOWN', 'This link is not valid. Check that it was copied whole from the email.');
  return row;
}

/** For the page behind an unsubscribe link: the letter, and whether news still goes. Changes nothing. */
export async function inspectUnsubscribe(deps: UnsubscribeDeps, token: string) {
  const { letter, newsConsentAt } = await resolveUnsubscribe(deps, token);
  return { letter, subscribed: newsConsentAt !== null };
}

/** Ends the signer's news of the letter (the mail's one-click unsubscribe, or the page's button); harmless twice. */
export async function unsubscribe(deps: UnsubscribeDeps, token: string): Promise<Outcome<{ status: 'unsubscribed'; letter: { slug: string; title: string } }>> {
  const { signatureId, letter } = await resolveUnsubscribe(deps, token);
  await deps.db.update(signatures).set({ newsConsentAt: null }).where(eq(signatures.id, signatureId));
  // Mail already queued is dropped when composed: its composer finds no consent.
  return outcome({ status: 'unsubscribed' as const, letter: { slug: letter.slug, title: letter.title } });
}

/**
 * What sending an update would do now, for its confirmation: how many signers it reaches and
 * in which language each reads it (their language when the update has it, else the original),
 * and how many the monthly pacing holds back.
 */
export async function sendPreview(db: Db, letterId: string, update: Pick<OrganizerUpdateView, 'language' | 'translations'>, now: Date) {
  const since = new Date(now.getTime() - UPDATE_MONTH_MS);
  const recent = sql`(select count(*) from ${updateMails} m where m.signature_id = ${signatures.id} and m.queued_at > ${since}::timestamptz)`;
  const rows = await db
    .select({ language: signatures.language, paced: sql<boolean>`${recent} >= ${UPDATES_PER_MONTH}`, n: sql<number>`1` })
    .from(signatures)
    .where(subscribed(letterId));
  const available = [update.language, ...update.translations.map((t) => t.language)];
  const byLanguage = new Map<string, number>();
  let reached = 0;
  let paced = 0;
  for (const r of rows) {
    if (r.paced) {
      paced += Number(r.n);
      continue;
    }
    reached += Number(r.n);
    const language = (r.language && bestMatch([r.language], available)) || update.language;
    byLanguage.set(language, (byLanguage.get(language) ?? 0) + Number(r.n));
  }
  return { reached, paced, byLanguage: [...byLanguage].map(([language, count]) => ({ language, count, original: language === update.language })) };
}
