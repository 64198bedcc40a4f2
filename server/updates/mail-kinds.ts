/** Outbox kind for an organizers' update mailed to one signer who asked for news (composed in updates/mail.ts). */
export const MAIL_UPDATE = 'letter.update';
