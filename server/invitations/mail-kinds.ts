/** Outbox kind for an invitation to sign (composed in invitations/mail.ts). */
export const MAIL_INVITATION = 'invitation.send';
