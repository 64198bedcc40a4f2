import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { letterOrganizers, letters, ORGANIZER_ROLES, type OrganizerRole } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { SLUG_PATTERN } from './schemas.js';

const WELL_FORMED_SLUG = new RegExp(SLUG_PATTERN);

type LetterRow = typeof letters.$inferSelect;

export type Capability = 'read' | 'edit' | 'moderate' | 'manage';
export const CAN: Record<Capability, readonly OrganizerRole[]> = {
  read: ORGANIZER_ROLES,
  edit: ['owner', 'editor'],
  moderate: ['owner', 'moderator'],
  manage: ['owner'],
};

/** Drafts and letters in their founding round are not public yet. */
export const isPublicStatus = (status: LetterRow['status']) => status === 'open' || status === 'closed';

/** The organizer's role on the letter, or null when they do not organize it. */
export async function organizerRole(db: Db | Tx, letterId: string, organizerId: string): Promise<OrganizerRole | null> {
  const [link] = await db
    .select({ role: letterOrganizers.role })
    .from(letterOrganizers)
    .where(and(eq(letterOrganizers.letterId, letterId), eq(letterOrganizers.organizerId, organizerId)));
  return link?.role ?? null;
}

/** 403 unless the organizer's role on the letter allows `can`. */
export async function requireCapability(db: Db | Tx, letterId: string, organizerId: string, can: Capability): Promise<OrganizerRole> {
  const role = await organizerRole(db, letterId, organizerId);
  if (!role) throw new AppError(403, 'NOT_YOUR_LETTER', 'Only the organizers of this letter may do this');
  if (!CAN[can].includes(role)) {
    throw new AppError(403, 'ROLE_FORBIDDEN', `Your role on this letter (${role}) does not allow this; it needs ${CAN[can].join(' or ')}`);
  }
  return role;
}

/**
 * Who reaches a letter, and to do what:
 * - `public`: only open and closed letters exist; drafts and founding rounds are hidden, except
 *   from an organizer of the letter (any role) when one is given.
 * - `organizer`: any letter of theirs, when their role allows `can`; someone else's is a 403.
 * - `operator`: any letter, unchecked: the command line, run by whoever holds the database.
 */
export type Reach = { as: 'public'; organizerId?: string | null } | { as: 'organizer'; organizerId: string; can: Capability } | { as: 'operator' };

export interface ReachedLetter {
  row: LetterRow;
  /** The organizer's role on the letter; null for the public and the operator. */
  role: OrganizerRole | null;
}

/**
 * The one way to a letter by its slug. Every letter that is not there for the caller is the same
 * 404 (LETTER_NOT_FOUND, "No such letter"), so a hidden draft looks like an unknown slug.
 * `forUpdate` locks the row until the transaction `db` belongs to ends.
 */
export async function reachLetter(db: Db | Tx, slug: string, reach: Reach, { forUpdate = false } = {}): Promise<ReachedLetter> {
  // No slug but a well-formed one reaches the database: a route whose body failed to parse is
  // answered before its params are validated, and a NUL byte is an error to PostgreSQL.
  if (!WELL_FORMED_SLUG.test(slug)) throw notFound();
  const query = db.select().from(letters).where(eq(letters.slug, slug));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound();
  if (reach.as === 'operator') return { row, role: null };
  if (reach.as === 'organizer') return { row, role: await requireCapability(db, row.id, reach.organizerId, reach.can) };
  const role = reach.organizerId ? await organizerRole(db, row.id, reach.organizerId) : null;
  if (!isPublicStatus(row.status) && !role) throw notFound();
  return { row, role };
}
