import { type Outcome, outcome } from '../effects.js';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { letterOrganizers, type OrganizerRole, organizers } from '../db/schema.js';
import { AppError } from '../errors.js';
import { reachLetter } from '../letters/access.js';
import { enqueue } from '../outbox/service.js';
import { MAIL_ADDED } from './mail-kinds.js';

export interface CoOrganizer {
  email: string;
  name: string | null;
  role: OrganizerRole;
  since: string;
}

export async function listCoOrganizers(db: Db, actorId: string, slug: string): Promise<CoOrganizer[]> {
  const { id } = (await reachLetter(db, slug, { as: 'organizer', organizerId: actorId, can: 'read' })).row;
  const rows = await db
    .select({ email: organizers.email, name: organizers.name, role: letterOrganizers.role, since: letterOrganizers.createdAt })
    .from(letterOrganizers)
    .innerJoin(organizers, eq(organizers.id, letterOrganizers.organizerId))
    .where(eq(letterOrganizers.letterId, id))
    .orderBy(asc(letterOrganizers.createdAt));
  return rows.map((r) => ({ ...r, since: r.since.toISOString() }));
}

/**
 * Adds a co-organizer with a role, or changes their role (owners only). An address without an
 * account gets one, and is mailed a sign-in link.
 */
export async function setCoOrganizer(
  db: Db,
  actorId: string,
  slug: string,
  input: { email: string; name?: string; role: OrganizerRole },
  now: Date,
  /** The interface language of the owner's request: the new co-organizer's mail is written in it. */
  ui = 'en',
): Promise<Outcome<CoOrganizer>> {
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const { id } = (await reachLetter(tx, slug, { as: 'organizer', organizerId: actorId, can: 'manage' })).row;
    const [account] = await tx
      .insert(organizers)
      .values({ email, name: input.name?.trim() || null })
      .onConflictDoUpdate({ target: organizers.email, set: { email: sql`excluded.email` } })
      .returning({ id: organizers.id, email: organizers.email, name: organizers.name });
    if (account!.id === actorId && input.role !== 'owner') await keepAnOwner(tx, id, actorId);
    const [before] = await tx
      .select({ role: letterOrganizers.role })
      .from(letterOrganizers)
      .where(and(eq(letterOrganizers.letterId, id), eq(letterOrganizers.organizerId, account!.id)));
    const [link] = await tx
      .insert(letterOrganizers)
      .values({ letterId: id, organizerId: account!.id, role: input.role })
      .onConflictDoUpdate({ target: [letterOrganizers.letterId, letterOrganizers.organizerId], set: { role: input.role } })
      .returning({ role: letterOrganizers.role, since: letterOrganizers.createdAt });
    // Tell them, with a sign-in link, when they are new to the letter or their role changed.
    const changed = before?.role !== input.role;
    if (changed) await enqueue(tx, MAIL_ADDED, { organizerId: account!.id, letterId: id, role: input.role, ui, byId: actorId }, now);
    return outcome({ email: account!.email, name: account!.name, role: link!.role, since: link!.since.toISOString() }, { mail: changed });
  });
}

/** A letter always keeps at least one owner. */
async function keepAnOwner(db: Db | Tx, letter: string, leaving: string) {
  const owners = await db
    .select({ id: letterOrganizers.organizerId })
    .from(letterOrganizers)
    .where(and(eq(letterOrganizers.letterId, letter), eq(letterOrganizers.role, 'owner')));
  if (owners.every((o) => o.id === leaving)) {
    throw new AppError(409, 'LAST_OWNER', 'A letter needs at least one owner; make someone else owner first');
  }
}

export async function removeCoOrganizer(db: Db, actorId: string, slug: string, email: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { id } = (await reachLetter(tx, slug, { as: 'organizer', organizerId: actorId, can: 'manage' })).row;
    const [account] = await tx.select({ id: organizers.id }).from(organizers).where(eq(organizers.email, email.trim().toLowerCase()));
    if (!account) throw new AppError(404, 'ORGANIZER_NOT_FOUND', 'email: no organizer of this letter has this address', 'email');
    await keepAnOwner(tx, id, account.id);
    const removed = await tx
      .delete(letterOrganizers)
      .where(and(eq(letterOrganizers.letterId, id), eq(letterOrganizers.organizerId, account.id)))
      .returning({ id: letterOrganizers.organizerId });
    if (removed.length === 0) throw new AppError(404, 'ORGANIZER_NOT_FOUND', 'email: no organizer of this letter has this address', 'email');
  });
}
