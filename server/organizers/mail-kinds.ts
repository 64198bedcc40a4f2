/** Outbox kinds for an organizer's messages (composed in organizers/sessions.ts). */
export const MAIL_LOGIN = 'organizer.login';
export const MAIL_ADDED = 'organizer.added';
export const MAIL_GOAL = 'organizer.goal';
// --- digest ---
/** The opt-in daily digest of what happened on an organizer's letters (composed in organizers/digest.ts). */
export const MAIL_DIGEST = 'organizer.digest';
