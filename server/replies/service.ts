import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { Db, Tx } from '../db/client.js';
import { deliveries, letters, recipients, replies, replyAttachments } from '../db/schema.js';
import { listChanged, type Outcome, outcome } from '../effects.js';
import { AppError, because } from '../errors.js';
import { reachLetter } from '../letters/access.js';
import { recordReplyEvent } from '../ledger/chain.js';

type ReplyRow = typeof replies.$inferSelect;

/** At most this many documents to a reply, each at most MAX_ATTACHMENT_BYTES. */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_REPLY_CHARS = 100_000;

/** What a reply's documents may be, told by their bytes (never by the sender's name or type). */
const ACCEPTED_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

export const extensionOf = (contentType: string) => ACCEPTED_TYPES[contentType] ?? 'bin';

export interface AttachmentFile {
  content: Buffer;
}

interface CheckedAttachment {
  contentType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

/** The type a document really is, when it is one a reply may carry; null otherwise. */
async function acceptedType(content: Buffer): Promise<string | null> {
  const found = await fileTypeFromBuffer(content);
  return found && found.mime in ACCEPTED_TYPES ? found.mime : null;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/**
 * Documents an organizer attaches: each a PDF or an image of at most 10 MB, or the whole reply
 * is refused (400, naming the file), so nothing is half recorded.
 */
async function checkedFiles(files: AttachmentFile[]): Promise<CheckedAttachment[]> {
  if (files.length > MAX_ATTACHMENTS) throw because('tooMany', new AppError(400, 'VALIDATION_FAILED', `file: at most ${MAX_ATTACHMENTS} documents to a reply`, 'file'));
  const checked: CheckedAttachment[] = [];
  for (const { content } of files) {
    if (content.length === 0) continue;
    if (content.length > MAX_ATTACHMENT_BYTES) throw because('tooLarge', new AppError(413, 'FILE_TOO_LARGE', 'file: a document may be at most 10 MB', 'file'));
    const contentType = await acceptedType(content);
    if (!contentType) throw because('fileType', new AppError(415, 'UNSUPPORTED_FILE', 'file: a document must be a PDF or an image (PNG, JPEG, GIF, WebP)', 'file'));
    checked.push({ contentType, size: content.length, sha256: sha256(content), content });
  }
  return checked;
}

/** Documents that came by mail: those that are PDFs or images within the limits are kept, the rest dropped. */
export async function keptFiles(files: AttachmentFile[]): Promise<{ kept: CheckedAttachment[]; dropped: number }> {
  const kept: CheckedAttachment[] = [];
  let dropped = 0;
  for (const { content } of files) {
    const contentType = content.length <= MAX_ATTACHMENT_BYTES ? await acceptedType(content) : null;
    if (!contentType || kept.length >= MAX_ATTACHMENTS) dropped++;
    else kept.push({ contentType, size: content.length, sha256: sha256(content), content });
  }
  return { kept, dropped };
}

/** A reply's text as stored and shown: line breaks made plain, control characters but tabs and line breaks gone. */
const plainText = (body: string) =>
  body
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\n\t])\p{Cc}/gu, '')
    .trim();

function cleanBody(body: string): string {
  const text = plainText(body);
  if (text.length === 0) throw because('required', new AppError(400, 'VALIDATION_FAILED', 'text: is required', 'text'));
  if (text.length > MAX_REPLY_CHARS) throw because('tooLong', new AppError(400, 'VALIDATION_FAILED', `text: at most ${MAX_REPLY_CHARS} characters`, 'text'));
  return text;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkedDay(day: string, now: Date): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (!DAY.test(day) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day) {
    throw because('date', new AppError(400, 'VALIDATION_FAILED', 'receivedOn: must be a date (YYYY-MM-DD)', 'receivedOn'));
  }
  if (d.getTime() > now.getTime()) throw because('notFuture', new AppError(400, 'VALIDATION_FAILED', 'receivedOn: cannot be in the future', 'receivedOn'));
  return day;
}

async function insertAttachments(tx: Tx, replyId: string, files: CheckedAttachment[]) {
  if (files.length === 0) return;
  await tx.insert(replyAttachments).values(files.map((f, i) => ({ replyId, position: i + 1, ...f })));
}

/** What the ledger records of a published reply: what the public sees of it, its text and documents by their hashes. */
async function publishInto(tx: Tx, reply: ReplyRow, organizerId: string, now: Date) {
  const [published] = await tx
    .update(replies)
    .set({ status: 'published', publishedAt: now, publishedBy: organizerId })
    .where(and(eq(replies.id, reply.id), inArray(replies.status, ['queued'])))
    .returning();
  if (!published) throw new AppError(409, 'REPLY_NOT_QUEUED', 'This reply was already published or dismissed');
  const files = await tx.select({ sha256: replyAttachments.sha256 }).from(replyAttachments).where(eq(replyAttachments.replyId, reply.id)).orderBy(asc(replyAttachments.position));
  await recordReplyEvent(
    tx,
    reply.letterId,
    reply.id,
    {
      reply: { addressee: reply.addressee, receivedOn: reply.receivedOn, textHash: sha256(reply.body), documents: files.map((f) => f.sha256), dkimVerifiedFor: reply.dkimDomain },
    },
    now,
  );
  return published;
}

export interface RecordReplyInput {
  recipientId: string;
  receivedOn: string;
  text: string;
  files: AttachmentFile[];
}

/**
 * An organizer (editor or owner) records an addressee's reply, received by post or otherwise,
 * and publishes it at once: beside the letter, on its own page, in the PDF's next edition, and on
 * the ledger.
 */
export async function recordReply(db: Db, actorId: string, slug: string, input: RecordReplyInput, now: Date): Promise<Outcome<{ id: string }>> {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'edit' });
  const body = cleanBody(input.text);
  const receivedOn = checkedDay(input.receivedOn, now);
  const files = await checkedFiles(input.files);
  const unknownAddressee = () => because('unknownAddressee', new AppError(400, 'VALIDATION_FAILED', 'recipientId: is not one of this letter’s addressees', 'recipientId'));
  // Anything but an id names no addressee, and never reaches a query.
  if (!UUID.test(input.recipientId)) throw unknownAddressee();
  const [recipient] = await db
    .select({ id: recipients.id, name: recipients.name })
    .from(recipients)
    .where(and(eq(recipients.letterId, letter.id), eq(recipients.id, input.recipientId)));
  if (!recipient) throw unknownAddressee();
  return db.transaction(async (tx) => {
    const [reply] = await tx
      .insert(replies)
      .values({ letterId: letter.id, recipientId: recipient.id, addressee: recipient.name, status: 'queued', source: 'organizer', body, receivedOn, recordedBy: actorId, createdAt: now })
      .returning();
    await insertAttachments(tx, reply!.id, files);
    await publishInto(tx, reply!, actorId, now);
    return listChanged({ id: reply!.id }, { id: letter.id, slug: letter.slug });
  });
}

export interface ReceivedReply {
  deliveryToken: string;
  subject: string | null;
  text: string;
  receivedAt: Date;
  dkimDomain: string | null;
  senderDomain: string | null;
  files: AttachmentFile[];
}

/** The delivery a reply address names, with its addressee and letter; null for an unknown or stale token. */
export async function deliveryByReplyToken(db: Db, tokenHashes: string[]) {
  if (tokenHashes.length === 0) return null;
  const [row] = await db
    .select({ deliveryId: deliveries.id, letterId: letters.id, slug: letters.slug, recipientId: recipients.id, addressee: recipients.name, addresseeEmail: recipients.email })
    .from(deliveries)
    .innerJoin(recipients, eq(recipients.id, deliveries.recipientId))
    .innerJoin(letters, eq(letters.id, deliveries.letterId))
    .where(inArray(deliveries.replyTokenHash, tokenHashes));
  return row ?? null;
}

export type ReplyDelivery = NonNullable<Awaited<ReturnType<typeof deliveryByReplyToken>>>;

/**
 * A reply that came by mail to a delivery's reply address: queued for the letter's organizers,
 * never published by itself. Its documents that are not PDFs or images are dropped.
 */
export async function receiveReply(db: Db, delivery: ReplyDelivery, mail: Omit<ReceivedReply, 'deliveryToken'>): Promise<{ id: string; dropped: number }> {
  const text = plainText(mail.text).slice(0, MAX_REPLY_CHARS) || '—';
  const { kept, dropped } = await keptFiles(mail.files);
  return db.transaction(async (tx) => {
    const [reply] = await tx
      .insert(replies)
      .values({
        letterId: delivery.letterId,
        recipientId: delivery.recipientId,
        addressee: delivery.addressee,
        deliveryId: delivery.deliveryId,
        status: 'queued',
        source: 'email',
        subject: mail.subject?.slice(0, 500) ?? null,
        body: text,
        receivedOn: mail.receivedAt.toISOString().slice(0, 10),
        dkimDomain: mail.dkimDomain,
        senderDomain: mail.senderDomain,
        createdAt: mail.receivedAt,
      })
      .returning({ id: replies.id });
    await insertAttachments(tx, reply!.id, kept);
    return { id: reply!.id, dropped };
  });
}

async function replyOf(db: Db | Tx, letterId: string, replyId: string): Promise<ReplyRow> {
  const [row] = UUID.test(replyId)
    ? await db
        .select()
        .from(replies)
        .where(and(eq(replies.letterId, letterId), eq(replies.id, replyId)))
    : [];
  if (!row) throw new AppError(404, 'REPLY_NOT_FOUND', 'No such reply');
  return row;
}

/** An organizer (editor or owner) publishes a reply that came by mail: it goes beside the letter and on its ledger. */
export async function publishReply(db: Db, actorId: string, slug: string, replyId: string, now: Date): Promise<Outcome<{ id: string; status: 'published' }>> {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'edit' });
  return db.transaction(async (tx) => {
    const reply = await replyOf(tx, letter.id, replyId);
    await publishInto(tx, reply, actorId, now);
    return listChanged({ id: reply.id, status: 'published' as const }, { id: letter.id, slug: letter.slug });
  });
}

/** An organizer sets aside a reply that came by mail (spam, an automatic answer): it is never shown. */
export async function dismissReply(db: Db, actorId: string, slug: string, replyId: string): Promise<Outcome<{ id: string; status: 'dismissed' }>> {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'edit' });
  const reply = await replyOf(db, letter.id, replyId);
  const [done] = await db
    .update(replies)
    .set({ status: 'dismissed' })
    .where(and(eq(replies.id, reply.id), eq(replies.status, 'queued')))
    .returning({ id: replies.id });
  if (!done) throw new AppError(409, 'REPLY_NOT_QUEUED', 'This reply was already published or dismissed');
  return outcome({ id: reply.id, status: 'dismissed' as const });
}

const attachmentsOf = async (db: Db | Tx, replyIds: string[]) => {
  if (replyIds.length === 0) return new Map<string, Array<{ position: number; contentType: string; size: number; sha256: string }>>();
  const rows = await db
    .select({ replyId: replyAttachments.replyId, position: replyAttachments.position, contentType: replyAttachments.contentType, size: replyAttachments.size, sha256: replyAttachments.sha256 })
    .from(replyAttachments)
    .where(inArray(replyAttachments.replyId, replyIds))
    .orderBy(asc(replyAttachments.position));
  const byReply = new Map<string, Array<{ position: number; contentType: string; size: number; sha256: string }>>();
  for (const { replyId, ...a } of rows) byReply.set(replyId, [...(byReply.get(replyId) ?? []), a]);
  return byReply;
};

export interface PublicReplyView {
  id: string;
  addressee: string;
  group: string | null;
  receivedOn: string;
  text: string;
  dkimVerifiedFor: string | null;
  source: 'organizer' | 'email';
  publishedAt: string;
  documents: Array<{ position: number; contentType: string; size: number; sha256: string }>;
}

/** Replies of a letter with their addressee's group and documents, as both views read them. */
async function replyViews(db: Db | Tx, where: SQL | undefined, ...order: SQL[]) {
  const rows = await db
    .select({ reply: replies, group: recipients.group })
    .from(replies)
    .leftJoin(recipients, eq(recipients.id, replies.recipientId))
    .where(where)
    .orderBy(...order);
  const files = await attachmentsOf(
    db,
    rows.map((r) => r.reply.id),
  );
  return rows.map(({ reply, group }) => ({ reply, group, documents: files.get(reply.id) ?? [] }));
}

/** The letter's published replies, newest first: what the page, the JSON and the PDF show. */
export async function publishedReplies(db: Db | Tx, letterId: string): Promise<PublicReplyView[]> {
  const rows = await replyViews(db, and(eq(replies.letterId, letterId), eq(replies.status, 'published')), desc(replies.receivedOn), desc(replies.publishedAt));
  return rows.map(publicView);
}

/** What anyone may see of a reply. */
const publicView = ({ reply, group, documents }: Awaited<ReturnType<typeof replyViews>>[number]): PublicReplyView => ({
  id: reply.id,
  addressee: reply.addressee,
  group,
  receivedOn: reply.receivedOn,
  text: reply.body,
  dkimVerifiedFor: reply.dkimDomain,
  source: reply.source,
  publishedAt: (reply.publishedAt ?? reply.createdAt).toISOString(),
  documents,
});

/** A published reply of a public letter, for its own page. */
export async function publicReply(db: Db, slug: string, replyId: string): Promise<{ letter: { id: string; slug: string; title: string }; reply: PublicReplyView }> {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  const reply = (await publishedReplies(db, letter.id)).find((r) => r.id === replyId);
  if (!reply) throw new AppError(404, 'REPLY_NOT_FOUND', 'No such reply');
  return { letter: { id: letter.id, slug: letter.slug, title: letter.title }, reply };
}

export interface InboxReplyView extends PublicReplyView {
  status: ReplyRow['status'];
  subject: string | null;
  senderDomain: string | null;
}

/** Every reply of the letter for its organizers: the ones waiting first, then the published and dismissed. */
export async function repliesForOrganizers(db: Db, actorId: string, slug: string): Promise<{ letter: typeof letters.$inferSelect; items: InboxReplyView[] }> {
  const { row: letter } = await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'read' });
  const rows = await replyViews(db, eq(replies.letterId, letter.id), sql`case ${replies.status} when 'queued' then 0 when 'published' then 1 else 2 end`, desc(replies.createdAt));
  const items = rows.map((row) => ({
    ...publicView(row),
    // Empty until published.
    publishedAt: row.reply.publishedAt?.toISOString() ?? '',
    status: row.reply.status,
    subject: row.reply.subject,
    senderDomain: row.reply.senderDomain,
  }));
  return { letter, items };
}

/**
 * One document of a reply: of a published reply for anyone who may read the letter; of one not
 * yet published only for its organizers (`organizerId`).
 */
export async function replyDocument(db: Db, slug: string, replyId: string, position: number, organizerId: string | null) {
  const { row: letter, role } = await reachLetter(db, slug, { as: 'public', organizerId });
  const reply = await replyOf(db, letter.id, replyId);
  if (reply.status !== 'published' && role === null) throw new AppError(404, 'REPLY_NOT_FOUND', 'No such reply');
  const [file] = await db
    .select({ contentType: replyAttachments.contentType, content: replyAttachments.content, sha256: replyAttachments.sha256 })
    .from(replyAttachments)
    .where(and(eq(replyAttachments.replyId, reply.id), eq(replyAttachments.position, position)));
  if (!file) throw new AppError(404, 'DOCUMENT_NOT_FOUND', 'No such document');
  return { ...file, published: reply.status === 'published', filename: `reply-${reply.receivedOn}-${position}.${extensionOf(file.contentType)}` };
}
