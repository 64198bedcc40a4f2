import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { letterOrganizers, organizers } from '../db/schema.js';
import { formatList } from '../i18n/messages.js';
import { cleanOptionalText } from '../signatures/validation.js';

/** The longest public name (templates/pages/account.hbs repeats it as the field's maxlength). */
export const PUBLIC_NAME_MAX = 200;

/**
 * Sets the name an organizer is known by in the mail they send (invitations, the delivered
 * letter): a person's name or an organization's, checked as a signer's name is (no link, no
 * invisible characters); empty clears it.
 */
export async function setPublicName(db: Db, organizerId: string, name: string | undefined | null): Promise<string | null> {
  const clean = cleanOptionalText(name, 'name', PUBLIC_NAME_MAX);
  await db.update(organizers).set({ name: clean }).where(eq(organizers.id, organizerId));
  return clean;
}

/**
 * The public names of a letter's owners, first owner first; those who set none are left out
 * (their address is never shown instead: signers and addressees never see organizers' addresses).
 */
export async function ownersNames(db: Db, letterId: string): Promise<string[]> {
  const rows = await db
    .select({ name: organizers.name })
    .from(letterOrganizers)
    .innerJoin(organizers, eq(organizers.id, letterOrganizers.organizerId))
    .where(and(eq(letterOrganizers.letterId, letterId), eq(letterOrganizers.role, 'owner'), isNotNull(organizers.name)))
    .orderBy(asc(letterOrganizers.createdAt));
  return rows.map((r) => r.name!.trim()).filter(Boolean);
}

/**
 * The owners as a mail names them, in its language ("Ana Ruiz and Climate Org"); empty when none
 * set a name, and the mail then says "the organizers of" the letter (its messages select on it).
 */
export async function organizersNamed(db: Db, letterId: string, language: string): Promise<string> {
  const names = await ownersNames(db, letterId);
  return names.length ? formatList(language, names) : '';
}
