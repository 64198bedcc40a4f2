/** Outbox kind for the letter sent to one addressee (composed in delivery/mail.ts). */
export const MAIL_DELIVERY = 'letter.delivery';
