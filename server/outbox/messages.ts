import { type SQL, sql } from 'drizzle-orm';
import type { OrganizerRole } from '../db/schema.js';
import { MAIL_DELIVERY } from '../delivery/mail-kinds.js';
import { MAIL_INVITATION } from '../invitations/mail-kinds.js';
import type { OutgoingMail } from '../mail/mailer.js';
import { MAIL_ADDED, MAIL_DIGEST, MAIL_GOAL, MAIL_LOGIN } from '../organizers/mail-kinds.js';
import { MAIL_ALREADY_SIGNED, MAIL_CONFIRM, MAIL_RECONSENT, MAIL_REJECTED } from '../signatures/mail-kinds.js';
import { MAIL_UPDATE } from '../updates/mail-kinds.js';

/**
 * Every outbox message: its kind and the payload its composer reads. Writers and composers are
 * typed by this one map, so a payload field misnamed on either side fails to compile.
 * Payloads are JSON strings only (the column is `Record<string, string>`).
 */
export interface OutboxMessages {
  /** `details`: the sealed submission the mail shows; absent in jobs queued before it travelled. */
  [MAIL_CONFIRM]: { signatureId: string; details?: string };
  [MAIL_ALREADY_SIGNED]: { signatureId: string };
  /** `version`: the letter version to consent to, as text. */
  [MAIL_RECONSENT]: { signatureId: string; version: string };
  [MAIL_REJECTED]: { signatureId: string };
  [MAIL_INVITATION]: { invitationId: string };
  /** `ui`: the interface language of the request that asked for the mail (absent: English). */
  [MAIL_LOGIN]: { organizerId: string; ui?: string };
  /** `byId`: the owner who added them (absent in jobs queued before it travelled). */
  [MAIL_ADDED]: { organizerId: string; letterId: string; role: OrganizerRole; ui?: string; byId?: string };
  [MAIL_DELIVERY]: { deliveryId: string };
  /** A letter's public count reached its organizers' goal: told to each owner and editor. */
  [MAIL_GOAL]: { organizerId: string; letterId: string };
  /** An organizers' update to one signer who asked for news of the letter. */
  [MAIL_UPDATE]: { updateId: string; signatureId: string };
  // --- digest ---
  /** An organizer's daily digest (they opted in): what happened on their letters since `since` (ISO), recomputed when sent. */
  [MAIL_DIGEST]: { organizerId: string; since: string };
}

export type OutboxKind = keyof OutboxMessages;

/** Builds the message for a job at send time, or null when it no longer needs sending. */
export type Composer<K extends OutboxKind> = (payload: OutboxMessages[K]) => Promise<OutgoingMail | null>;

/** One composer for every kind. */
export type Composers = { [K in OutboxKind]: Composer<K> };

/**
 * The `kind, payload` of an outbox row as SQL, for statements that insert rows themselves (a CTE,
 * an insert ... select): each payload field is an SQL expression of type text, named by the map.
 */
export function outboxRowSql<K extends OutboxKind>(kind: K, payload: { [F in keyof OutboxMessages[K]]-?: SQL }): SQL {
  const fields = Object.entries<SQL>(payload).map(([name, value]) => sql`${name}::text, ${value}`);
  return sql`${kind}::text, jsonb_build_object(${sql.join(fields, sql`, `)})`;
}
