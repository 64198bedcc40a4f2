import { readCsv } from '../csv.js';
import { type Outcome, outcome } from '../effects.js';
import { isEmailAddress } from '../email.js';
import { canonicalLanguage } from '../languages.js';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { deliveries, recipients } from '../db/schema.js';
import { AppError, because } from '../errors.js';
import { isPublicStatus, reachLetter } from '../letters/access.js';
import { enqueue } from '../outbox/service.js';
import { cleanOptionalText, cleanText } from '../signatures/validation.js';
import { MAIL_DELIVERY } from './mail-kinds.js';

export interface RecipientInput {
  name: string;
  email: string;
  language?: string;
  group?: string;
}

/** Adds addressees (editors and owners); good entries are taken, each bad one reported by position. */
export async function addRecipients(db: Db, actorId: string, slug: string, list: RecipientInput[]) {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'edit' });
  // Each error keeps its code and reason too, for a page to say it in the reader's language (the API shows line, field and reason).
  const result = { added: 0, alreadyAdded: 0, errors: [] as Array<{ line: number; field: string | null; reason: string; code: string; why?: string }> };
  for (const [i, r] of list.entries()) {
    try {
      const email = r.email.trim().toLowerCase();
      if (!isEmailAddress(email)) throw because('email', new AppError(400, 'VALIDATION_FAILED', 'email: is not a valid email address', 'email'));
      const values = {
        letterId: letter.id,
        name: cleanText(r.name, 'name'),
        email,
        language: r.language?.trim() ? canonicalLanguage(r.language.trim()) : letter.language,
        group: cleanOptionalText(r.group, 'group'),
      };
      const inserted = await db.insert(recipients).values(values).onConflictDoNothing().returning({ id: recipients.id });
      if (inserted.length) result.added++;
      else result.alreadyAdded++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      result.errors.push({ line: i + 1, field: err.field ?? null, reason: err.message, code: err.code, ...(err.reason ? { why: err.reason } : {}) });
    }
  }
  return result;
}

const CSV_COLUMNS = ['name', 'email', 'language', 'group'];

/**
 * Pasted CSV of addressees (name,email,language,group, a header line first), each row with its
 * line in the text; a text that is not CSV, or names other columns, is one 400.
 */
export function parseRecipientsCsv(text: string, maxRows: number): Array<{ line: number; recipient: RecipientInput }> {
  const records = readCsv(text, CSV_COLUMNS, 'csv');
  if (records.length === 0) throw because('required', new AppError(400, 'VALIDATION_FAILED', 'csv: is required', 'csv'));
  if (records.length > maxRows) {
    throw because('tooLong', new AppError(400, 'VALIDATION_FAILED', `csv: has ${records.length} rows; at most ${maxRows} addressees at once`, 'csv'));
  }
  return records.map(({ record, line }) => ({
    line,
    recipient: { name: record.name ?? '', email: record.email ?? '', language: record.language || undefined, group: record.group || undefined },
  }));
}

/** Recipients with their latest delivery, for the letter's organizers. */
export async function listRecipients(db: Db, actorId: string, slug: string) {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'read' });
  const list = await db
    .select({ id: recipients.id, name: recipients.name, email: recipients.email, language: recipients.language, group: recipients.group })
    .from(recipients)
    .where(eq(recipients.letterId, letter.id))
    .orderBy(asc(recipients.group), asc(recipients.name));
  const sent = await db
    .select({ recipientId: deliveries.recipientId, status: deliveries.status, error: deliveries.error })
    .from(deliveries)
    .where(eq(deliveries.letterId, letter.id))
    .orderBy(asc(deliveries.queuedAt));
  // The latest delivery per recipient wins (rows come oldest first).
  const latest = new Map(sent.map((d) => [d.recipientId, d]));
  return list.map(({ id, ...r }) => ({ ...r, status: latest.get(id)?.status ?? null, error: latest.get(id)?.error ?? null }));
}

/**
 * Sends the letter, with its PDF in their language, to every recipient through the durable
 * outbox, `intervalMs` apart (mail servers distrust bursts). Only a public letter is delivered.
 */
export async function deliver(db: Db, actorId: string, slug: string, intervalMs: number, now: Date): Promise<Outcome<{ queued: number }>> {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'edit' });
  if (!isPublicStatus(letter.status)) {
    throw new AppError(409, 'NOT_PUBLISHED', 'Only a published letter can be delivered; publish it first');
  }
  return db.transaction(async (tx) => {
    const list = await tx.select({ id: recipients.id }).from(recipients).where(eq(recipients.letterId, letter.id)).orderBy(asc(recipients.createdAt));
    if (list.length === 0) throw new AppError(409, 'NO_RECIPIENTS', 'Add recipients before delivering');
    for (const [i, r] of list.entries()) {
      const [d] = await tx.insert(deliveries).values({ letterId: letter.id, recipientId: r.id, letterVersion: letter.version }).returning({ id: deliveries.id });
      await enqueue(tx, MAIL_DELIVERY, { deliveryId: d!.id }, new Date(now.getTime() + i * intervalMs));
    }
    return outcome({ queued: list.length }, { mail: true });
  });
}

/** The public record of deliveries: when and to whom, by name; never an address. */
export async function publicDeliveries(db: Db, slug: string) {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  const rows = await db
    .select({ name: recipients.name, group: recipients.group, language: recipients.language, status: deliveries.status, sentAt: deliveries.sentAt, version: deliveries.letterVersion })
    .from(deliveries)
    .innerJoin(recipients, eq(recipients.id, deliveries.recipientId))
    .where(and(eq(deliveries.letterId, letter.id), sql`${deliveries.status} <> 'queued'`))
    .orderBy(desc(deliveries.sentAt));
  return rows.map((r) => ({ ...r, sentAt: r.sentAt?.toISOString() ?? null }));
}
