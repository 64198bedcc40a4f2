import type { OrganizerRole } from '../db/schema.js';

/** How much of signers' addresses a reader sees: the address, its domain only, or nothing. */
export type AddressAccess = 'full' | 'domain' | 'none';

/**
 * The one rule for who sees signers' addresses. Owners do. Co-organizers do when an owner allows
 * it (the letter's `coOrganizersSeeAddresses`); otherwise a moderator sees the domain (enough to
 * judge a claimed parliament or organization, and to invalidate a flood by domain), and editors
 * and viewers see neither.
 */
export function addressAccess(role: OrganizerRole, letter: { coOrganizersSeeAddresses: boolean }): AddressAccess {
  if (role === 'owner' || letter.coOrganizersSeeAddresses) return 'full';
  return role === 'moderator' ? 'domain' : 'none';
}

/** What of one address a reader is shown; the address is not unsealed when nothing of it shows. */
export function shownAddress(access: AddressAccess, erased: boolean, open: () => string): { email: string | null; emailDomain: string | null; emailHidden: boolean } {
  if (erased) return { email: null, emailDomain: null, emailHidden: false };
  if (access === 'none') return { email: null, emailDomain: null, emailHidden: true };
  const email = open();
  const emailDomain = email.slice(email.lastIndexOf('@') + 1);
  return access === 'full' ? { email, emailDomain, emailHidden: false } : { email: null, emailDomain, emailHidden: true };
}
