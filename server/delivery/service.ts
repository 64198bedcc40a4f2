import { readCsv } from '../csv.js';
import { type Outcome, outcome } from '../effects.js';
import { isEmailAddress } from '../email.js';
import { canonicalLanguage } from '../languages.js';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { deliveries, recipients, replies } from '../db/schema.js';
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
  return list.map((r) => ({ ...r, status: latest.get(r.id)?.status ?? null, error: latest.get(r.id)?.error ?? null }));
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
    // The letter's addressees read "being sent" at once.
    return outcome({ queued: list.length }, { mail: true, refresh: [letter.slug] });
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

/** Where each addressee stands, in public: replied, bounced, no reply after the letter's wait, sent (within it), or being sent. */
export const ADDRESSEE_STATES = ['replied', 'bounced', 'noReply', 'sent', 'sending'] as const;
export type AddresseeState = (typeof ADDRESSEE_STATES)[number];

export interface AddresseeGroup {
  /** The organizers' group ("Interpol member states"); null for addressees without one. */
  group: string | null;
  counts: Record<AddresseeState, number>;
  items: Array<{ name: string; state: AddresseeState; since: string | null; replyId: string | null }>;
}

export interface AddresseeStates {
  replyWaitDays: number;
  groups: AddresseeGroup[];
  /** When the first "sent" turns "no reply" by the clock alone: a cached page must be renewed then. */
  nextChangeAt: Date | null;
}

const DAY_MS = 86_400_000;

/**
 * The addressees the letter was delivered to, by group, each with its state; names only, never
 * an address. A published reply outranks everything (an answer by post after a bounce is still
 * an answer); a delivery given up or refused is a bounce.
 */
export async function addresseeStates(db: Db, letter: { id: string; replyWaitDays: number }, now: Date): Promise<AddresseeStates> {
  const rows = await db
    .select({ id: recipients.id, name: recipients.name, group: recipients.group, status: deliveries.status, sentAt: deliveries.sentAt, queuedAt: deliveries.queuedAt })
    .from(deliveries)
    .innerJoin(recipients, eq(recipients.id, deliveries.recipientId))
    .where(eq(deliveries.letterId, letter.id))
    .orderBy(asc(deliveries.queuedAt));
  const latest = new Map(rows.map((r) => [r.id, r]));
  const answered = await db
    .select({ recipientId: replies.recipientId, id: replies.id, receivedOn: replies.receivedOn })
    .from(replies)
    .where(and(eq(replies.letterId, letter.id), eq(replies.status, 'published')))
    .orderBy(asc(replies.receivedOn));
  const replyOf = new Map(answered.filter((r) => r.recipientId).map((r) => [r.recipientId!, r]));
  const wait = letter.replyWaitDays * DAY_MS;
  let nextChangeAt: Date | null = null;
  const groups = new Map<string | null, AddresseeGroup>();
  const sorted = [...latest.values()].sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '') || a.name.localeCompare(b.name));
  for (const r of sorted) {
    const reply = replyOf.get(r.id);
    let state: AddresseeState;
    let since: string | null = r.sentAt?.toISOString().slice(0, 10) ?? null;
    if (reply) {
      state = 'replied';
      since = reply.receivedOn;
    } else if (r.status === 'bounced' || r.status === 'failed') state = 'bounced';
    else if (r.status === 'queued' || !r.sentAt) state = 'sending';
    else if (r.sentAt.getTime() + wait <= now.getTime()) state = 'noReply';
    else {
      state = 'sent';
      const flips = new Date(r.sentAt.getTime() + wait);
      if (!nextChangeAt || flips < nextChangeAt) nextChangeAt = flips;
    }
    const group = groups.get(r.group) ?? { group: r.group, counts: { replied: 0, bounced: 0, noReply: 0, sent: 0, sending: 0 }, items: [] };
    group.counts[state]++;
    group.items.push({ name: r.name, state, since, replyId: reply?.id ?? null });
    groups.set(r.group, group);
  }
  return { replyWaitDays: letter.replyWaitDays, groups: [...groups.values()], nextChangeAt };
}

/** The public table of addressees of a public letter (see addresseeStates). */
export async function publicAddressees(db: Db, slug: string, now: Date) {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  const { nextChangeAt: _next, ...states } = await addresseeStates(db, letter, now);
  return states;
}
