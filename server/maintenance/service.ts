import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { invitations, letters, outbox, replies, signatures, signatureTokens } from '../db/schema.js';
import { erasedInvitation } from '../invitations/erasure.js';
import { pruneMailQuotas } from '../outbox/quota.js';
import { queueDigests } from '../organizers/digest.js';

const DAY = 24 * 60 * 60 * 1000;

export interface RetentionPolicy {
  /** Unconfirmed signatures are deleted after this many days (their links expired after 7). */
  unconfirmedDays: number;
  /** Signatures judged fraudulent are kept this long for forensics, then deleted. */
  fraudulentDays: number;
  /** Signers' addresses (and address fingerprints) are erased this long after a letter closes; the public list stays. */
  eraseEmailsAfterDays: number;
  /** Finished outbox rows are kept this long, for the delivery record. */
  outboxDays: number;
  /** Replies that came by mail and an organizer set aside (spam, misdirected answers) are deleted, with their documents, after this many days. */
  dismissedRepliesDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { unconfirmedDays: 14, fraudulentDays: 90, eraseEmailsAfterDays: 90, outboxDays: 30, dismissedRepliesDays: 30 };

export interface MaintenanceReport {
  purgedUnconfirmed: number;
  purgedFraudulent: number;
  erasedSignatureEmails: number;
  erasedInvitationEmails: number;
  prunedOutbox: number;
  prunedTokens: number;
  prunedMailQuotas: number;
  prunedDismissedReplies: number;
  // --- digest ---
  /** Organizers' daily digests queued (the outbox has mail to send when it is not 0). */
  queuedDigests: number;
}

/**
 * Keeps personal data no longer than it serves, and queues the organizers' daily digests. Every
 * statement is idempotent, so several instances may run it at once.
 */
export async function runMaintenance(db: Db, policy: RetentionPolicy, now: Date): Promise<MaintenanceReport> {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  const purgedUnconfirmed = await db
    .delete(signatures)
    .where(and(eq(signatures.status, 'pending'), lt(signatures.createdAt, before(policy.unconfirmedDays))))
    .returning({ id: signatures.id });
  const purgedFraudulent = await db
    .delete(signatures)
    .where(and(eq(signatures.status, 'fraudulent'), lt(signatures.createdAt, before(policy.fraudulentDays))))
    .returning({ id: signatures.id });

  // Letters closed long enough ago: by an organizer, or by their closing time.
  const cutoff = before(policy.eraseEmailsAfterDays);
  const closedLongAgo = db
    .select({ id: letters.id })
    .from(letters)
    .where(or(and(eq(letters.status, 'closed'), lt(letters.closedAt, cutoff)), and(eq(letters.status, 'open'), lt(letters.closesAt, cutoff))));
  const erasedSignatureEmails = await db
    .update(signatures)
    .set({
      emailSealed: '',
      emailIndex: sql`'erased:' || ${signatures.id}`,
      emailDomainHash: null,
      ipHash: null,
      emailErasedAt: now,
      // News went to the address: it ends with it.
      newsConsentAt: null,
    })
    .where(and(isNull(signatures.emailErasedAt), inArray(signatures.letterId, closedLongAgo)))
    .returning({ id: signatures.id });
  // Confirm links and queued mail of those signatures carry a submission's details, sealed with the address.
  const ofClosedLetters = db.select({ id: signatures.id }).from(signatures).where(inArray(signatures.letterId, closedLongAgo));
  const ofClosedLettersText = db
    .select({ id: sql<string>`${signatures.id}::text` })
    .from(signatures)
    .where(inArray(signatures.letterId, closedLongAgo));
  await db
    .update(signatureTokens)
    .set({ details: null })
    .where(and(isNotNull(signatureTokens.details), inArray(signatureTokens.signatureId, ofClosedLetters)));
  await db
    .update(outbox)
    .set({ payload: sql`${outbox.payload} - 'details'` })
    .where(and(sql`${outbox.payload}->>'details' is not null`, sql`${outbox.payload}->>'signatureId' in (${ofClosedLettersText})`));
  // An invitation holds what the organizers entered about the invitee, besides the address.
  const erasedInvitationEmails = await db
    .update(invitations)
    .set({ ...erasedInvitation(), tokenHash: null, expiresAt: null })
    .where(and(sql`${invitations.emailSealed} <> ''`, inArray(invitations.letterId, closedLongAgo)))
    .returning({ id: invitations.id });

  const prunedOutbox = await db
    .delete(outbox)
    .where(and(inArray(outbox.status, ['sent', 'skipped', 'failed']), lt(outbox.createdAt, before(policy.outboxDays))))
    .returning({ id: outbox.id });
  const prunedTokens = await db
    .delete(signatureTokens)
    .where(lt(signatureTokens.expiresAt, before(1)))
    .returning({ hash: signatureTokens.tokenHash });
  const prunedMailQuotas = await pruneMailQuotas(db, now);
  const prunedDismissedReplies = await db
    .delete(replies)
    .where(and(eq(replies.status, 'dismissed'), lt(replies.createdAt, before(policy.dismissedRepliesDays))))
    .returning({ id: replies.id });
  // --- digest ---
  const queuedDigests = await queueDigests(db, now);

  return {
    purgedUnconfirmed: purgedUnconfirmed.length,
    purgedFraudulent: purgedFraudulent.length,
    erasedSignatureEmails: erasedSignatureEmails.length,
    erasedInvitationEmails: erasedInvitationEmails.length,
    prunedOutbox: prunedOutbox.length,
    prunedTokens: prunedTokens.length,
    prunedMailQuotas,
    prunedDismissedReplies: prunedDismissedReplies.length,
    queuedDigests,
  };
}
