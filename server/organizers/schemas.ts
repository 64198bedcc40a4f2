import { type Static, Type } from 'typebox';
import { ORGANIZER_ROLES } from '../db/schema.js';
import { Choice, OneLine } from '../http/schemas.js';

/** Bodies shared by the organizers' API and their pages in the browser: one definition per field. */

export const Role = Choice(ORGANIZER_ROLES);
export const Email = Type.String({ format: 'email', maxLength: 254 });
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const CoOrganizerBody = Type.Object({ email: Email, name: Type.Optional(OneLine(200)), role: Role }, { additionalProperties: false });
export type CoOrganizerInput = Static<typeof CoOrganizerBody>;
export const RemoveCoOrganizerBody = Type.Object({ email: Email }, { additionalProperties: false });

export const CreateTokenBody = Type.Object({ label: Type.Optional(OneLine(100, { description: 'what the token is for, e.g. laptop' })) }, { additionalProperties: false });

export const LoginBody = Type.Object({ email: Email }, { additionalProperties: false });

// --- digest ---
/** The organizer's own settings: the daily digest of what happened on their letters. */
export const DigestBody = Type.Object(
  { digest: Type.Boolean({ description: 'a daily email when something happened on your letters (replies by email, the goal reached, floods held)' }) },
  { additionalProperties: false },
);
