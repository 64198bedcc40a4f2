import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { publicAddressees } from '../delivery/service.js';
import { errors } from '../http/schemas.js';
import { SlugParams } from '../letters/schemas.js';
import { AddresseesResponse, DocumentParams, InboxReply, PublicReply, RecordReplyBody, ReplyIdParams } from './schemas.js';
import {
  type AttachmentFile,
  dismissReply,
  MAX_ATTACHMENT_BYTES,
  MAX_REPLY_CHARS,
  MAX_ATTACHMENTS,
  publicReply,
  publishedReplies,
  publishReply,
  recordReply,
  replyDocument,
  repliesForOrganizers,
  type PublicReplyView,
} from './service.js';
import { reachLetter } from '../letters/access.js';

const tags = ['replies'];
const security = [{ bearer: [] }];

/** Where a reply's document is downloaded, and its page. */
export const replyUrl = (slug: string, id: string) => `/letters/${slug}/replies/${id}`;
export const documentUrl = (slug: string, id: string, position: number) => `${replyUrl(slug, id)}/documents/${position}`;

export const withUrls = <R extends PublicReplyView>(slug: string, r: R) => ({
  ...r,
  url: replyUrl(slug, r.id),
  documents: r.documents.map((d) => ({ ...d, url: documentUrl(slug, r.id, d.position) })),
});

/** The files of a multipart body (`file`, once or repeated), as multipart's keyValues hands them over. */
export const filesOf = (value: unknown): AttachmentFile[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is Buffer => Buffer.isBuffer(v)).map((content) => ({ content }));

/**
 * multipart/form-data for the routes that take documents, in their scope only: files held in
 * memory up to 10 MB each (a larger one is a 413), no more than five, fields small.
 */
export const documentUploads = (scope: Parameters<FastifyPluginAsync>[0]) =>
  scope.register(multipart, {
    attachFieldsToBody: 'keyValues',
    // fieldSize is in bytes, and multipart cuts a longer field silently: room for the longest text in any script (4 bytes a character).
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_ATTACHMENTS, fields: 10, fieldSize: 4 * MAX_REPLY_CHARS + 1024, parts: MAX_ATTACHMENTS + 10 },
  });

/**
 * A reply's document, only ever as a download: its type told by its bytes, a file name we make,
 * and a CSP that sandboxes it should a browser open it anyway.
 */
export function sendDocument(reply: FastifyReply, file: { contentType: string; content: Buffer; filename: string; sha256: string }, published: boolean) {
  return reply
    .header('Content-Type', file.contentType)
    .header('Content-Disposition', `attachment; filename="${file.filename}"`)
    .header('Content-Security-Policy', "sandbox; default-src 'none'")
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', published ? 'public, max-age=86400' : 'private, no-store')
    .header('ETag', `"${file.sha256.slice(0, 32)}"`)
    .send(file.content);
}

/** Addressees' replies: recorded or received, published beside the letter; and where each addressee stands. */
const replyRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const guard = { onRequest: [app.limits.organizerPerIp, app.authenticate] };

  app.get(
    '/api/v1/letters/:slug/addressees',
    {
      schema: {
        tags,
        summary: 'Where each addressee stands, by group: replied, bounced, no reply after the wait, sent, being sent (names only)',
        params: SlugParams,
        response: { 200: AddresseesResponse, ...errors(400, 404) },
      },
    },
    async (req) => publicAddressees(app.db, req.params.slug, app.clock.now()),
  );

  app.get(
    '/api/v1/letters/:slug/replies',
    { schema: { tags, summary: "The addressees' published replies, newest first", params: SlugParams, response: { 200: Type.Object({ items: Type.Array(PublicReply) }), ...errors(400, 404) } } },
    async (req) => {
      const { row } = await reachLetter(app.db, req.params.slug, { as: 'public' });
      return { items: (await publishedReplies(app.db, row.id)).map((r) => withUrls(row.slug, r)) };
    },
  );

  app.get('/api/v1/letters/:slug/replies/:id', { schema: { tags, summary: 'One published reply', params: ReplyIdParams, response: { 200: PublicReply, ...errors(400, 404) } } }, async (req) =>
    withUrls(req.params.slug, (await publicReply(app.db, req.params.slug, req.params.id)).reply),
  );

  app.get(
    '/api/v1/letters/:slug/replies/inbox',
    {
      schema: {
        tags,
        security,
        summary: 'Every reply for the organizers: those received by mail and waiting first',
        params: SlugParams,
        response: { 200: Type.Object({ items: Type.Array(InboxReply) }), ...errors(400, 401, 403, 404) },
      },
      ...guard,
    },
    async (req) => {
      const { letter, items } = await repliesForOrganizers(app.db, req.organizer!.id, req.params.slug);
      return { items: items.map((r) => ({ ...withUrls(letter.slug, r), publishedAt: r.publishedAt || null })) };
    },
  );

  for (const [action, summary] of [
    ['publish', 'Publish a reply received by mail: beside the letter, on its ledger, in the next PDF'],
    ['dismiss', 'Set aside a reply received by mail (spam, an automatic answer): never shown'],
  ] as const) {
    app.post(
      `/api/v1/letters/:slug/replies/:id/${action}`,
      {
        schema: {
          tags,
          security,
          summary,
          params: ReplyIdParams,
          response: { 200: Type.Object({ id: Type.String({ format: 'uuid' }), status: Type.String() }), ...errors(400, 401, 403, 404, 409) },
        },
        ...guard,
      },
      async (req) =>
        action === 'publish'
          ? app.applyEffects(publishReply(app.db, req.organizer!.id, req.params.slug, req.params.id, app.clock.now()))
          : app.applyEffects(dismissReply(app.db, req.organizer!.id, req.params.slug, req.params.id)),
    );
  }

  await app.register(async (scope) => {
    await documentUploads(scope);
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/api/v1/letters/:slug/replies',
      {
        schema: {
          tags,
          security,
          summary: 'Record a reply received otherwise (multipart/form-data: recipientId, receivedOn, text, file…); published at once',
          consumes: ['multipart/form-data'],
          params: SlugParams,
          body: RecordReplyBody,
          response: { 201: Type.Object({ id: Type.String({ format: 'uuid' }), url: Type.String() }), ...errors(400, 401, 403, 404, 413, 415) },
        },
        ...guard,
      },
      async (req, reply) => {
        const { recipientId, receivedOn, text, file } = req.body;
        const { id } = await app.applyEffects(recordReply(app.db, req.organizer!.id, req.params.slug, { recipientId, receivedOn, text, files: filesOf(file) }, app.clock.now()));
        return reply.code(201).send({ id, url: replyUrl(req.params.slug, id) });
      },
    );
  });

  app.get(
    '/letters/:slug/replies/:id/documents/:position',
    {
      schema: { tags, summary: "A reply's document, as a download (its organizers may fetch one not yet published)", params: DocumentParams, response: { ...errors(400, 404) } },
      onRequest: [app.identify],
    },
    async (req, reply) => {
      const file = await replyDocument(app.db, req.params.slug, req.params.id, req.params.position, req.organizer?.id ?? null);
      return sendDocument(reply, file, file.published);
    },
  );
};

export default replyRoutes;
