import { Type } from 'typebox';
import { OneLine } from '../http/schemas.js';

/** One addressee, as the API and the workspace's form take it (the service checks each row itself). */
export const RecipientBody = Type.Object({ name: OneLine(400), email: OneLine(400), language: Type.Optional(OneLine(35)), group: Type.Optional(OneLine(200)) }, { additionalProperties: false });

/** Addressees in one request: as JSON, or as CSV rows pasted into the workspace. */
export const MAX_RECIPIENTS = 1000;

export const RecipientsBody = Type.Object({ recipients: Type.Array(RecipientBody, { minItems: 1, maxItems: MAX_RECIPIENTS }) }, { additionalProperties: false });

/** Pasted CSV of addressees (name,email,language,group): room for MAX_RECIPIENTS rows. */
export const RecipientsCsv = Type.String({ maxLength: 400_000, description: 'CSV with the columns name,email,language,group (a header line first)' });
