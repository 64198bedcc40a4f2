import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { signatures } from '../db/schema.js';
import type { PublicSignatureView } from './schemas.js';
import { initials } from './validation.js';
import { countryName } from '../countries.js';

/**
 * A signature that may be published: confirmed, not withdrawn, and not held, rejected or shadowed
 * by moderation. It becomes public with the next batch (signatures/publication.ts).
 */
export const publishableCondition = () => and(eq(signatures.status, 'confirmed'), inArray(signatures.moderation, ['none', 'approved']));

/**
 * The one definition of a signature everyone may see and count: publishable, and published by a
 * batch. Every public list, count, page and file uses it.
 */
export const publicCondition = () => and(publishableCondition(), isNotNull(signatures.publishedAt));

export const isPublic = (letterId: string) => and(eq(signatures.letterId, letterId), publicCondition());

/**
 * A public signature whose name is on the list: not anonymous, and not withheld (its country
 * below the letter's threshold, or before the letter's launch). The rest are counted only.
 */
export const isListed = (letterId: string) => and(isPublic(letterId), sql`${signatures.display} <> 'anonymous'`, isNotNull(signatures.namedAt));

/** The UTC day a public signature joined the list: its batch's, so no reader learns more. */
export const publicDay = sql<string>`to_char(${signatures.publishedAt} at time zone 'UTC', 'YYYY-MM-DD')`;

/** The columns a public view of a signature is made from (see toPublic): never an address. */
export const publicColumns = {
  name: signatures.name,
  kind: signatures.kind,
  title: signatures.title,
  parliament: signatures.parliament,
  party: signatures.party,
  organization: signatures.organization,
  role: signatures.role,
  country: signatures.country,
  display: signatures.display,
  verification: signatures.verification,
  verifiedDomain: signatures.verifiedDomain,
  letterVersion: signatures.letterVersion,
  founding: signatures.founding,
};

type PublicFields = Pick<
  typeof signatures.$inferSelect,
  'name' | 'kind' | 'title' | 'parliament' | 'party' | 'organization' | 'role' | 'country' | 'display' | 'verification' | 'verifiedDomain' | 'letterVersion' | 'founding'
>;

/** A signature as the public may see it, honouring the signer's display choice. */
export function toPublic(row: PublicFields, day: string): PublicSignatureView {
  return {
    name: row.display === 'initials' ? initials(row.name) : row.name,
    kind: row.kind,
    title: row.title,
    parliament: row.parliament,
    party: row.party,
    organization: row.organization,
    role: row.role,
    country: row.country,
    verified: row.verification !== null,
    verifiedBy: row.verification,
    verifiedDomain: row.verification === 'domain' ? row.verifiedDomain : null,
    version: row.letterVersion,
    founding: row.founding,
    signedAt: day,
  };
}

/**
 * How a set of details will appear once confirmed, in words, for the signer to check before
 * confirming (the confirmation mail and page): the name as listed (null: not listed), the kind,
 * what is listed with it, the country (named in `ui`) and the display choice; templates word them.
 */
export function publishedAs(s: Pick<typeof signatures.$inferSelect, 'name' | 'kind' | 'title' | 'parliament' | 'party' | 'organization' | 'role' | 'country' | 'display'>, ui = 'en') {
  const affiliation = s.kind === 'legislator' ? [s.title, s.parliament, s.party] : s.kind === 'organization' ? [s.role, s.organization] : [];
  return {
    listedName: s.display === 'anonymous' ? null : s.display === 'initials' ? initials(s.name) : s.name,
    kind: s.kind,
    affiliation: affiliation.filter(Boolean).join(', ') || null,
    countryName: countryName(s.country, ui),
    display: s.display,
  };
}
