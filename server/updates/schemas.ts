import { type Static, Type } from 'typebox';
import { DateTime, LANGUAGE_TAG, MultiLineText, NullableDateTime, OneLineText } from '../http/schemas.js';
import { Slug } from '../letters/schemas.js';

/** Updates one signer may be sent in a month (30 days), of one letter; more are skipped for them, and counted. */
export const UPDATES_PER_MONTH = 2;
/** The month the pacing counts over. */
export const UPDATE_MONTH_MS = 30 * 24 * 60 * 60 * 1000;

/** Translations one update may have. */
export const MAX_UPDATE_TRANSLATIONS = 50;

const updateFields = {
  title: OneLineText(200, "the update's title (the mail's subject)"),
  body: MultiLineText(20_000, 'the update, in Markdown'),
  language: Type.String({ pattern: LANGUAGE_TAG, maxLength: 35, description: "BCP 47 tag of a translation's language (not the letter's own: the update is written in it)" }),
};

export const UpdateTranslationBody = Type.Object({ language: updateFields.language, title: updateFields.title, body: updateFields.body }, { additionalProperties: false });
export type UpdateTranslationInput = Static<typeof UpdateTranslationBody>;

export const UpdateBody = Type.Object(
  {
    title: updateFields.title,
    body: updateFields.body,
    translations: Type.Optional(Type.Array(UpdateTranslationBody, { maxItems: MAX_UPDATE_TRANSLATIONS, description: 'the update in other languages, each once' })),
  },
  { additionalProperties: false },
);
export type UpdateInput = Static<typeof UpdateBody>;

export const UpdateIdParams = Type.Object({ slug: Slug, id: Type.String({ format: 'uuid' }) });

const UpdateText = Type.Object({ language: Type.String(), title: Type.String(), body: Type.String(), bodyHtml: Type.String({ description: 'the body rendered from Markdown and sanitized' }) });

/** An update as its letter's organizers see it: a draft until sent. */
export const OrganizerUpdate = Type.Object({
  id: Type.String({ format: 'uuid' }),
  ...UpdateText.properties,
  translations: Type.Array(UpdateText),
  createdAt: DateTime,
  sentAt: NullableDateTime,
});
export type OrganizerUpdateView = Static<typeof OrganizerUpdate>;

/** A sent update, as the letter's page shows it. */
export const PublicUpdate = Type.Object({
  id: Type.String({ format: 'uuid' }),
  ...UpdateText.properties,
  translations: Type.Array(UpdateText),
  sentAt: DateTime,
});
export type PublicUpdateView = Static<typeof PublicUpdate>;

export const SendResult = Type.Object({
  queued: Type.Integer({ description: 'mails queued: one per signer who asked for news and is still on the list' }),
  skipped: Type.Integer({ description: `signers who asked for news but were sent ${UPDATES_PER_MONTH} updates in the last 30 days already` }),
});

/** The one-click unsubscribe POST's body (RFC 8058: List-Unsubscribe=One-Click); anything else is ignored. */
export const UnsubscribeBody = Type.Object(
  { 'List-Unsubscribe': Type.Optional(Type.String({ maxLength: 100 })), _csrf: Type.Optional(Type.String({ maxLength: 400 })) },
  { additionalProperties: true },
);
