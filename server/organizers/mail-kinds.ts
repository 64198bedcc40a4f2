/** Outbox kinds for an organizer's messages (composed in organizers/sessions.ts). */
export const MAIL_LOGIN = 'organizer.login';
export const MAIL_ADDED = 'organizer.added';
export const MAIL_GOAL = 'organizer.goal';
