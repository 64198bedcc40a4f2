import { and, eq, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { invitations } from '../db/schema.js';

/**
 * What an ended invitation keeps: nothing about the invitee. The row stays (an address erased
 * this way can be invited again), and with `tokenHash` its link can still say that it has ended.
 */
export const erasedInvitation = () => ({
  name: '',
  title: null,
  parliament: null,
  party: null,
  organization: null,
  role: null,
  website: null,
  country: null,
  emailSealed: '',
  emailIndex: sql`'erased:' || ${invitations.id}`,
});

/** An invitation whose personal data is gone has ended: it signs nothing again. */
export const invitationEnded = (row: { emailSealed: string }) => row.emailSealed === '';

/**
 * Ends the invitations to a signer's address on the letter (accepted through this signature or
 * not), when they withdraw or erase: an invitation must not bring the signature back. On erasure
 * the link goes too, so nothing at all ties the address to the letter.
 */
export async function endInvitations(tx: Db | Tx, signature: { id: string; letterId: string; emailIndex: string }, { keepLink }: { keepLink: boolean }): Promise<void> {
  await tx
    .update(invitations)
    .set({ ...erasedInvitation(), ...(keepLink ? {} : { tokenHash: null, expiresAt: null }) })
    .where(and(eq(invitations.letterId, signature.letterId), or(eq(invitations.signatureId, signature.id), eq(invitations.emailIndex, signature.emailIndex))));
}
