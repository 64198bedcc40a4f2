import { and, eq, inArray } from 'drizzle-orm';
import { signatures } from '../db/schema.js';
import type { PublicSignatureView } from './schemas.js';
import { initials } from './validation.js';
import { countryName } from '../countries.js';

/**
 * The one definition of a signature everyone may see and count: confirmed, not withdrawn, and not
 * held, rejected or shadowed by moderation. Every public list, count, page and file uses it.
 */
export const publicCondition = () => and(eq(signatures.status, 'confirmed'), inArray(signatures.moderation, ['none', 'approved']));

export const isPublic = (letterId: string) => and(eq(signatures.letterId, letterId), publicCondition());

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

const KIND_LABELS = { legislator: 'Legislator', organization: 'Organization', individual: 'Individual' } as const;
const DISPLAY_LABELS = {
  full: 'your full name',
  initials: 'your initials only',
  anonymous: 'not listed: counted, but not named',
} as const;

/**
 * How a set of details will appear once confirmed, in words, for the signer to check before
 * confirming (the confirmation mail and page): the name as listed (null: not listed), the kind,
 * what is listed with it, the country and the display choice.
 */
export function publishedAs(s: Pick<typeof signatures.$inferSelect, 'name' | 'kind' | 'title' | 'parliament' | 'party' | 'organization' | 'role' | 'country' | 'display'>) {
  const affiliation = s.kind === 'legislator' ? [s.title, s.parliament, s.party] : s.kind === 'organization' ? [s.role, s.organization] : [];
  return {
    listedName: s.display === 'anonymous' ? null : s.display === 'initials' ? initials(s.name) : s.name,
    kind: KIND_LABELS[s.kind],
    affiliation: affiliation.filter(Boolean).join(', ') || null,
    country: countryName(s.country),
    display: DISPLAY_LABELS[s.display],
  };
}
