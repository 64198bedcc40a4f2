/** Outbox kinds for the messages a signature causes (composed in signatures/mail.ts). */
export const MAIL_CONFIRM = 'signature.confirm';
export const MAIL_ALREADY_SIGNED = 'signature.already_signed';
export const MAIL_RECONSENT = 'signature.reconsent';
/** A moderator rejected the signature: its signer is told (a shadowed one is not). */
export const MAIL_REJECTED = 'signature.rejected';
