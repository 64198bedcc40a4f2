import { and, eq, inArray, isNull, notInArray, or, sql } from 'drizzle-orm';
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
  const rows = await listedWithSkeletons(db, letterId, [skeleton], [signatureId]);
  return rows.find((r) => r.skeleton === skeleton)?.name ?? null;
}

/**
 * The listed names shown in full whose skeleton is one of `skeletons` (not those of `except`),
 * each with its skeleton. Rows older than the skeleton column are read in the same lookup, their
 * skeletons computed here and stored, once per letter.
 */
async function listedWithSkeletons(db: Db | Tx, letterId: string, skeletons: string[], except: string[]): Promise<Array<{ name: string; skeleton: string }>> {
  if (skeletons.length === 0) return [];
  const rows = await db
    .select({ id: signatures.id, name: signatures.name, skeleton: signatures.nameSkeleton })
    .from(signatures)
    .where(
      and(
        isListed(letterId),
        eq(signatures.display, 'full'),
        except.length > 0 ? notInArray(signatures.id, except) : undefined,
        or(inArray(signatures.nameSkeleton, skeletons), isNull(signatures.nameSkeleton)),
      ),
    );
  const unfilled = rows.filter((r) => r.skeleton === null).map((r) => ({ id: r.id, skeleton: nameSkeleton(r.name) }));
  if (unfilled.length > 0) {
    await db.execute(sql`
      update signatures set name_skeleton = v.skeleton
      from json_to_recordset(${JSON.stringify(unfilled)}::json) as v(id uuid, skeleton text)
      where signatures.id = v.id`);
  }
  const filled = new Map(unfilled.map((u) => [u.id, u.skeleton]));
  const wanted = new Set(skeletons);
  return rows.map((r) => ({ name: r.name, skeleton: r.skeleton ?? filled.get(r.id)! })).filter((r) => wanted.has(r.skeleton));
}

/** At most this many similar listed names are shown beside one held signature. */
export const SIMILAR_SHOWN = 5;

/**
 * For the moderation queue: each held signature's look-alikes already on the list (names shown
 * in full with the same skeleton, as listedLookalike compares them), by signature id, in one
 * indexed lookup for the whole queue. At most SIMILAR_SHOWN distinct names each.
 */
export async function listedLookalikesOf(db: Db | Tx, letterId: string, held: ReadonlyArray<{ id: string; name: string }>): Promise<Map<string, string[]>> {
  const skeletonOf = new Map(held.map((h) => [h.id, nameSkeleton(h.name)]));
  const listed = await listedWithSkeletons(
    db,
    letterId,
    [...new Set(skeletonOf.values())],
    held.map((h) => h.id),
  );
  const bySkeleton = new Map<string, string[]>();
  for (const { name, skeleton } of listed) {
    const names = bySkeleton.get(skeleton) ?? [];
    if (!names.includes(name) && names.length < SIMILAR_SHOWN) names.push(name);
    bySkeleton.set(skeleton, names);
  }
  return new Map(held.map((h) => [h.id, bySkeleton.get(skeletonOf.get(h.id)!) ?? []]));
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
