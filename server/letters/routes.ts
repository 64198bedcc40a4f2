import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  createLetterSchema,
  getLetterSchema,
  getStatsSchema,
  listLettersSchema,
  listTranslationsSchema,
  listVersionsSchema,
  saveTranslationSchema,
  transitionSchema,
  updateLetterSchema,
} from './schemas.js';
import { encodeBody, sendEncoded } from '../http/encoded.js';
import { letterSnapshot } from './document.js';
import { contentTag } from './public-cache.js';
import * as letters from './service.js';
import { listTranslationRevisions, saveTranslation, translationsOf } from './translations.js';

/** The letters API: organizers draft, edit, publish and close; everyone reads. */
const letterRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = () => ({ db: app.db, now: app.clock.now, reconsentDelayMs: app.config.reconsentDelaySeconds * 1000 });
  const cached = () => ({ db: app.db, cache: app.publicCache, now: app.clock.now });

  app.post('/api/v1/letters', { schema: createLetterSchema, onRequest: [app.limits.organizerPerIp, app.authenticate] }, async (req, reply) => {
    const letter = await letters.createLetter(deps(), req.organizer!.id, req.body);
    return reply.code(201).header('Location', `/api/v1/letters/${letter.slug}`).send(letter);
  });

  app.get('/api/v1/letters', { schema: listLettersSchema, onRequest: [app.limits.organizerPerIp, app.authenticate] }, async (req) => ({
    items: await letters.listOrganizerLetters(deps(), req.organizer!.id),
  }));

  app.patch('/api/v1/letters/:slug', { schema: updateLetterSchema, onRequest: [app.limits.organizerPerIp, app.authenticate] }, async (req) => {
    return app.applyEffects(letters.updateLetter(deps(), req.organizer!.id, req.params.slug, req.body));
  });

  app.post('/api/v1/letters/:slug/publish', { schema: transitionSchema('Open a letter for signatures'), onRequest: [app.limits.organizerPerIp, app.authenticate] }, async (req) => {
    return app.applyEffects(letters.publishLetter(deps(), req.organizer!.id, req.params.slug));
  });

  app.post(
    '/api/v1/letters/:slug/founding',
    { schema: transitionSchema('Open a draft to invited signers only (the founding round)'), onRequest: [app.limits.organizerPerIp, app.authenticate] },
    async (req) => {
      return app.applyEffects(letters.startFounding(deps(), req.organizer!.id, req.params.slug));
    },
  );

  app.get('/api/v1/letters/:slug/versions', { schema: listVersionsSchema }, async (req) => ({
    items: await letters.listVersions(app.db, req.params.slug),
    translations: await listTranslationRevisions(app.db, req.params.slug),
  }));

  app.post('/api/v1/letters/:slug/translations', { schema: saveTranslationSchema, onRequest: [app.limits.organizerPerIp, app.authenticate] }, async (req) => {
    return app.applyEffects(saveTranslation(deps(), req.organizer!.id, req.params.slug, req.body));
  });

  app.get('/api/v1/letters/:slug/translations', { schema: listTranslationsSchema }, async (req) => {
    const { row } = await letters.readLetterWithRow(deps(), req.params.slug);
    return { items: await translationsOf(app.db, row) };
  });

  app.post('/api/v1/letters/:slug/close', { schema: transitionSchema('Stop taking signatures'), onRequest: [app.limits.organizerPerIp, app.authenticate] }, async (req) => {
    return app.applyEffects(letters.closeLetter(deps(), req.organizer!.id, req.params.slug));
  });

  // The public read from memory (see public-cache.ts), serialized and compressed once per change
  // of the letter: the bytes go out as they are instead of the view being serialized on every read.
  // An organizer may also read a draft.
  app.get('/api/v1/letters/:slug', { schema: getLetterSchema, onRequest: app.identify }, async (req, reply) => {
    if (req.organizer) return letters.readLetter(deps(), req.params.slug, req.organizer.id);
    const slug = req.params.slug;
    const { body, etag } = await app.publicCache.get(slug, 'json', async () => {
      const { view } = await letterSnapshot(cached(), slug);
      const json = JSON.stringify(view);
      return { value: { body: await encodeBody(json), etag: `"${contentTag(json)}"` } };
    });
    reply.header('ETag', etag);
    return sendEncoded(req, reply, body, 'application/json; charset=utf-8');
  });

  app.get('/api/v1/letters/:slug/stats', { schema: getStatsSchema }, async (req) => (await letterSnapshot(cached(), req.params.slug)).view.stats);
};

export default letterRoutes;
