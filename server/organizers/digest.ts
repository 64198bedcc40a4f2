import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { letterOrganizers, letters, organizers, replies, type SignerKind, signatures } from '../db/schema.js';
import { text } from '../i18n/messages.js';
import { localeOf } from '../i18n/locales.js';
import type { OutgoingMail } from '../mail/mailer.js';
import type { MailRenderer } from '../mail/templates.js';
import type { Composer, Composers } from '../outbox/messages.js';
import { enqueue } from '../outbox/service.js';
import { MAIL_DIGEST } from './mail-kinds.js';

/** At most one digest per organizer in this time; each covers what happened since the one before. */
export const DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** What happened on one letter since the organizer's last digest. */
export interface DigestLetter {
  id: string;
  slug: string;
  title: string;
  language: string;
  /** Replies that arrived by email and wait for an organizer to publish or dismiss them. */
  replies: number;
  /** The goal, when the public count reached it in the period. */
  goalReached: { goal: number; kind: SignerKind | 'any' } | null;
  /**
   * New signatures the flood check kept as fraudulent on arrival (past the daily threshold for
   * one network address: signatures/service.ts submit). It marks them as it inserts them, so
   * their created_at is when they were marked. Signatures an organizer marks fraudulent in bulk
   * (moderation.ts invalidate) keep no time of marking, so they are not counted here.
   */
  flooded: number;
}

/**
 * What happened on each letter the organizer organizes (any role) after `since`: replies that
 * came by email and are still queued, the goal reached, signatures held by the flood check.
 * Only the letters where something did; empty when nothing happened.
 */
export async function digestItems(db: Db, organizerId: string, since: Date): Promise<DigestLetter[]> {
  const queuedReplies = sql<number>`(select count(*)::int from ${replies}
    where ${replies.letterId} = ${letters.id} and ${replies.status} = 'queued' and ${replies.source} = 'email' and ${replies.createdAt} > ${since})`;
  // Inserted as fraudulent by the flood check: never verified, never mailed (an honest insert is mailed once).
  const flooded = sql<number>`(select count(*)::int from ${signatures}
    where ${signatures.letterId} = ${letters.id} and ${signatures.status} = 'fraudulent' and ${signatures.verification} is null
      and ${signatures.mailCount} = 0 and ${signatures.createdAt} > ${since})`;
  const rows = await db
    .select({
      id: letters.id,
      slug: letters.slug,
      title: letters.title,
      language: letters.language,
      goal: letters.goal,
      goalKind: letters.goalKind,
      goalReachedAt: letters.goalReachedAt,
      replies: queuedReplies,
      flooded,
    })
    .from(letterOrganizers)
    .innerJoin(letters, eq(letters.id, letterOrganizers.letterId))
    .where(eq(letterOrganizers.organizerId, organizerId))
    .orderBy(asc(letters.createdAt));
  return rows
    .map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      language: r.language,
      replies: Number(r.replies),
      goalReached: r.goal !== null && r.goalReachedAt && r.goalReachedAt > since ? { goal: r.goal, kind: r.goalKind ?? ('any' as const) } : null,
      flooded: Number(r.flooded),
    }))
    .filter((l) => l.replies > 0 || l.goalReached || l.flooded > 0);
}

/**
 * Queues the daily digest of every organizer who asked for one and had none in the last 24
 * hours, when something happened on their letters since their last (or in the last 24 hours,
 * for a first). Each is claimed by a conditional update of digest_sent_at in the transaction
 * that queues its mail, so several instances running maintenance at once send one. Returns how
 * many were queued (the outbox has mail to send when it is not 0).
 */
export async function queueDigests(db: Db, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - DIGEST_INTERVAL_MS);
  const due = or(isNull(organizers.digestSentAt), lt(organizers.digestSentAt, dayAgo));
  const candidates = await db
    .select({ id: organizers.id, digestSentAt: organizers.digestSentAt })
    .from(organizers)
    .where(and(eq(organizers.digest, true), due));
  let queued = 0;
  for (const candidate of candidates) {
    const since = candidate.digestSentAt ?? dayAgo;
    // Nothing happened: no mail, and the period stays open until something does.
    if ((await digestItems(db, candidate.id, since)).length === 0) continue;
    const claimed = await db.transaction(async (tx) => {
      const [won] = await tx
        .update(organizers)
        .set({ digestSentAt: now })
        .where(and(eq(organizers.id, candidate.id), eq(organizers.digest, true), due))
        .returning({ id: organizers.id });
      if (!won) return false;
      await enqueue(tx, MAIL_DIGEST, { organizerId: candidate.id, since: since.toISOString() }, now);
      return true;
    });
    if (claimed) queued++;
  }
  return queued;
}

/** Whether the organizer asked for the daily digest. */
export async function digestWanted(db: Db, organizerId: string): Promise<boolean> {
  const [row] = await db.select({ digest: organizers.digest }).from(organizers).where(eq(organizers.id, organizerId));
  return row?.digest ?? false;
}

/** Turns the organizer's daily digest on or off. */
export async function setDigest(db: Db, organizerId: string, digest: boolean): Promise<boolean> {
  await db.update(organizers).set({ digest }).where(eq(organizers.id, organizerId));
  return digest;
}

export interface DigestMailDeps {
  db: Db;
  render: MailRenderer;
  publicUrl: string;
}

/**
 * The digest mail: what happened is read again when it is sent (a reply dealt with meanwhile
 * is left out), and nothing goes when nothing is left or the organizer has turned it off.
 */
export function digestComposer(deps: DigestMailDeps): Pick<Composers, typeof MAIL_DIGEST> {
  const compose: Composer<typeof MAIL_DIGEST> = async ({ organizerId = '', since = '' }): Promise<OutgoingMail | null> => {
    const [organizer] = await deps.db.select().from(organizers).where(eq(organizers.id, organizerId));
    const from = new Date(since);
    if (!organizer?.digest || Number.isNaN(from.getTime())) return null;
    const items = await digestItems(deps.db, organizerId, from);
    if (items.length === 0) return null;
    // Organizers have no stored language yet: their mail is in English, as the goal's is.
    const locale = localeOf('en');
    const ui = { ui: locale.code, lang: locale.code, dir: locale.dir, footer: 'ws.mail.footer.digest' };
    const workspace = (slug: string) => `${deps.publicUrl}/organize/letters/${slug}`;
    const accountUrl = `${deps.publicUrl}/organize/account`;
    return {
      to: organizer.email,
      subject: text(ui.ui, 'ws.mail.digest.subject', { count: items.length, title: items[0]!.title.replace(/\s+/g, ' ').slice(0, 120) }),
      ...deps.render('digest', {
        ...ui,
        organizer,
        since: from.toISOString(),
        letter: { language: ui.ui, title: text(ui.ui, 'ws.mail.digest.title') },
        letters: items.map((l) => ({
          ...l,
          workspaceUrl: workspace(l.slug),
          repliesUrl: `${workspace(l.slug)}/replies`,
          signaturesUrl: `${workspace(l.slug)}/signatures`,
        })),
        accountUrl,
      }),
      links: { account: accountUrl },
    };
  };
  return { [MAIL_DIGEST]: compose };
}
