import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { type ModerationState, signatures } from '../db/schema.js';
import { nameSkeleton } from './validation.js';
import { isListed } from './visibility.js';

/**
 * The name listed on the letter that a signature's name would pass for, or null: a listed
 * signature (as visibility.ts defines it: a name still withheld is not compared, so signing
 * cannot reveal it) whose name shows in full and has the same skeleton.
 * Only names shown in full are compared, both ways: a name listed as initials or not at all is
 * not there to be impersonated, and comparing with it would let anyone learn, by signing, who
 * signed anonymously.
 *
 * One indexed lookup (letter, skeleton). Rows older than the skeleton column have none: they are
 * read in the same lookup, their skeletons computed here and stored, once per letter.
 */
export async function listedLookalike(db: Db | Tx, letterId: string, signatureId: string, name: string): Promise<string | null> {
  const skeleton = nameSkeleton(name);
  const rows = await db
    .select({ id: signatures.id, name: signatures.name, skeleton: signatures.nameSkeleton })
    .from(signatures)
    .where(and(isListed(letterId), eq(signatures.display, 'full'), ne(signatures.id, signatureId), or(eq(signatures.nameSkeleton, skeleton), isNull(signatures.nameSkeleton))));
  const unfilled = rows.filter((r) => r.skeleton === null).map((r) => ({ id: r.id, skeleton: nameSkeleton(r.name) }));
  if (unfilled.length > 0) {
    await db.execute(sql`
      update signatures set name_skeleton = v.skeleton
      from json_to_recordset(${JSON.stringify(unfilled)}::json) as v(id uuid, skeleton text)
      where signatures.id = v.id`);
  }
  const filled = new Map(unfilled.map((u) => [u.id, u.skeleton]));
  return rows.find((r) => (r.skeleton ?? filled.get(r.id)) === skeleton)?.name ?? null;
}

/**
 * What a confirmation's moderation becomes: a signature that would pass for a listed name is held
 * (`pending`), whatever its kind, with the reason for the moderators. A moderator's decision that
 * stands (approved, rejected, shadow) is not reopened.
 */
export async function lookalikeModeration(
  db: Db | Tx,
  letterId: string,
  signatureId: string,
  details: { name: string; display: string; moderation: ModerationState },
  standingReason: string | null,
): Promise<{ moderation: ModerationState; moderationReason: string | null }> {
  if (details.moderation !== 'none' && details.moderation !== 'pending') return { moderation: details.moderation, moderationReason: standingReason };
  const listed = details.display === 'full' ? await listedLookalike(db, letterId, signatureId, details.name) : null;
  if (!listed) return { moderation: details.moderation, moderationReason: null };
  return { moderation: 'pending', moderationReason: lookalikeReason(listed, details.name) };
}

// The reason a look-alike is held, as the API gives it; pages say it in the reader's language (heldAsLookalike).
const SAME_NAME = 'the same name as a listed signature: ';
const LOOKS_LIKE = 'looks like a listed name: ';

/** "looks like a listed name: Dolkun Isa": why a signature that would pass for a listed one waits for a moderator. */
export const lookalikeReason = (listed: string, name: string): string => `${listed === name ? SAME_NAME : LOOKS_LIKE}${listed}`;

/** The listed name a held signature would pass for, and whether it is the very same, or null for any other reason. */
export function heldAsLookalike(reason: string | null): { same: boolean; listed: string } | null {
  if (reason?.startsWith(SAME_NAME)) return { same: true, listed: reason.slice(SAME_NAME.length) };
  if (reason?.startsWith(LOOKS_LIKE)) return { same: false, listed: reason.slice(LOOKS_LIKE.length) };
  return null;
}
