import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { apiTokens, organizers } from '../db/schema.js';
import type { TokenHasher } from '../tokens.js';
import { LAST_SEEN_RESOLUTION_MS } from './sessions.js';

export interface Organizer {
  id: string;
  email: string;
  name: string | null;
}

export interface Deps {
  db: Db;
  tokens: TokenHasher;
}

/**
 * Creates the organizer (or finds the one with that email) and issues a new API token.
 * The token is returned once and only its hash is kept.
 */
export async function addOrganizer({ db, tokens }: Deps, input: { email: string; name?: string }): Promise<{ organizer: Organizer; token: string; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(organizers)
      .values({ email, name: input.name?.trim() || null })
      .onConflictDoNothing({ target: organizers.email })
      .returning({ id: organizers.id, email: organizers.email, name: organizers.name });
    const organizer = inserted[0] ?? (await tx.select({ id: organizers.id, email: organizers.email, name: organizers.name }).from(organizers).where(eq(organizers.email, email)))[0];
    if (!organizer) throw new Error(`organizer ${email} vanished during creation`);
    const { token, hash } = tokens.issue('api');
    await tx.insert(apiTokens).values({ organizerId: organizer.id, tokenHash: hash });
    return { organizer, token, created: inserted.length > 0 };
  });
}

/** The organizer an API token belongs to, or null for an unknown or revoked token. */
export async function organizerForToken({ db, tokens, now }: Deps & { now: () => Date }, token: string): Promise<Organizer | null> {
  const [row] = await db
    .select({ id: organizers.id, email: organizers.email, name: organizers.name, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(organizers, eq(organizers.id, apiTokens.organizerId))
    .where(and(inArray(apiTokens.tokenHash, tokens.candidates('api', token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  // Coarse last-use time for the organizer's own review; at most one write per token every 5 minutes.
  const at = now();
  await db
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(and(eq(apiTokens.id, row.tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(at.getTime() - LAST_SEEN_RESOLUTION_MS)))));
  return { id: row.id, email: row.email, name: row.name };
}

export async function findOrganizerByEmail(db: Db, email: string): Promise<Organizer | null> {
  const [row] = await db.select({ id: organizers.id, email: organizers.email, name: organizers.name }).from(organizers).where(eq(organizers.email, email.trim().toLowerCase()));
  return row ?? null;
}
