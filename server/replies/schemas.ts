import { type Static, Type } from 'typebox';
import { ADDRESSEE_STATES } from '../delivery/service.js';
import { Choice, DateTime } from '../http/schemas.js';
import { Slug } from '../letters/schemas.js';
import { MAX_REPLY_CHARS } from './service.js';

export const ReplyIdParams = Type.Object({ slug: Slug, id: Type.String({ format: 'uuid' }) });
export const DocumentParams = Type.Object({ slug: Slug, id: Type.String({ format: 'uuid' }), position: Type.Integer({ minimum: 1, maximum: 100 }) });

/**
 * A reply recorded by an organizer, as multipart/form-data: the addressee, the day, the text, and
 * up to five documents (`file`, PDF or image, 10 MB each). Files arrive as Buffers.
 */
export const RecordReplyBody = Type.Object({
  recipientId: Type.String({ format: 'uuid', description: 'the addressee it came from (GET …/recipients gives each id)' }),
  receivedOn: Type.String({ format: 'date', description: 'the day the reply is dated (YYYY-MM-DD)' }),
  text: Type.String({ minLength: 1, maxLength: MAX_REPLY_CHARS, description: 'the reply as written (plain text)' }),
  file: Type.Optional(Type.Unknown({ description: 'a document (PDF, PNG, JPEG, GIF, WebP; at most 10 MB); repeat the field for more' })),
  _csrf: Type.Optional(Type.String()),
});
export type RecordReplyInput = Static<typeof RecordReplyBody>;

const Document = Type.Object({
  position: Type.Integer(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String({ description: 'SHA-256 of the document, hex; the ledger entry of the reply lists it' }),
  url: Type.String({ description: 'the download (served as an attachment under a sandboxing CSP)' }),
});

export const PublicReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  addressee: Type.String(),
  group: Type.Union([Type.String(), Type.Null()]),
  receivedOn: Type.String({ format: 'date' }),
  text: Type.String(),
  dkimVerifiedFor: Type.Union([Type.String(), Type.Null()], { description: 'the domain whose valid DKIM signature aligned with the addressee’s address, when it came by mail' }),
  source: Choice(['organizer', 'email'] as const),
  publishedAt: DateTime,
  url: Type.String(),
  documents: Type.Array(Document),
});

export const InboxReply = Type.Object({
  ...PublicReply.properties,
  publishedAt: Type.Union([DateTime, Type.Null()]),
  status: Choice(['queued', 'published', 'dismissed'] as const),
  subject: Type.Union([Type.String(), Type.Null()]),
  senderDomain: Type.Union([Type.String(), Type.Null()], { description: 'the domain of the From address, verified or not' }),
});

const Counts = Type.Object(Object.fromEntries(ADDRESSEE_STATES.map((s) => [s, Type.Integer()])) as Record<(typeof ADDRESSEE_STATES)[number], ReturnType<typeof Type.Integer>>);

export const AddresseesResponse = Type.Object({
  replyWaitDays: Type.Integer({ description: 'days after delivery before an addressee without an answer counts as "noReply"' }),
  groups: Type.Array(
    Type.Object({
      group: Type.Union([Type.String(), Type.Null()]),
      counts: Counts,
      items: Type.Array(
        Type.Object({
          name: Type.String(),
          state: Choice(ADDRESSEE_STATES),
          since: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'sent on, or replied on' }),
          replyId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
        }),
      ),
    }),
  ),
});
