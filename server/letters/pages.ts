import '@fastify/accepts';
import { readerLanguages } from '../plugins/i18n.js';
import { sendEncoded } from '../http/encoded.js';
import type { FastifyPluginAsync } from 'fastify';
import { LOCALES } from '../i18n/locales.js';
import { summaryIn } from './stats.js';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../http/schemas.js';
import { letterDocument } from './document.js';
import { reachLetter } from './access.js';
import { mapSvg, publicTally, timelineSvg } from './pictures.js';
import { letterPage } from './letter-page.js';
import { SlugParams } from './schemas.js';
import { listPublicLetters, listVersions, readLetter } from './service.js';
import { listTranslationRevisions } from './translations.js';
import { DiffBudget, diffLabels, showRevisions, showVersions } from './version-diff.js';
import type { TranslationRevisionView } from './schemas.js';

export const LangQuery = Type.String({ maxLength: 35, description: 'language of the text; unknown ones fall back' });
const PageQuery = Type.Object({ lang: Type.Optional(LangQuery), page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })) }, { additionalProperties: false });
const Html = Type.String({ description: 'text/html' });

/**
 * The history page's translations: one entry per language (in the order given: by language), its
 * revisions newest first, each marked `outdated` when it renders an earlier version of the
 * original than `currentVersion`, and `latest` for the one readers are shown now; null when the
 * letter has no translation.
 */
export function translationHistory<R extends Pick<TranslationRevisionView, 'language' | 'basedOnVersion'>>(revisions: R[], currentVersion: number) {
  const byLanguage = new Map<string, Array<R & { outdated: boolean; latest: boolean }>>();
  for (const r of revisions) {
    const list = byLanguage.get(r.language) ?? [];
    list.push({ ...r, outdated: r.basedOnVersion < currentVersion, latest: false });
    byLanguage.set(r.language, list);
  }
  const history = [...byLanguage].map(([language, list]) => {
    list.at(-1)!.latest = true;
    return { language, revisions: list.reverse() };
  });
  return history.length ? history : null;
}

/** The public letter page, its history and its embeddable counter: complete without JavaScript. */
const letterPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/letters/:slug',
    {
      schema: {
        tags: ['pages'],
        summary: 'The letter as a web page, with its signatories and the sign form',
        params: SlugParams,
        querystring: PageQuery,
        response: { 200: Html, ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const deps = { db: app.db, cache: app.publicCache, now: app.clock.now, view: app.view, publicUrl: app.config.publicUrl, publishBatchSeconds: app.config.publishBatchSeconds };
      const { shared, etag } = await letterPage(deps, req.params.slug, { ...readerLanguages(req), page: req.query.page });
      reply.header('ETag', etag);
      return sendEncoded(req, reply, shared!, 'text/html; charset=utf-8');
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['pages'],
        summary: 'The start page: public letters, open ones first',
        querystring: Type.Object({ lang: Type.Optional(LangQuery) }, { additionalProperties: false }),
        response: { 200: Html, ...errors(400) },
      },
    },
    async (req, reply) => {
      // A minute's staleness is fine here; the letters' own pages are exact.
      const list = await app.publicCache.get('-', 'home', async () => ({
        value: await listPublicLetters({ db: app.db, now: app.clock.now }),
        expiresAt: new Date(app.clock.now().getTime() + 60_000),
      }));
      const ui = req.ui.code;
      return reply.view('pages/home', {
        title: req.t('home.title'),
        letters: list.map((l) => ({ ...l, summary: summaryIn(ui, l.stats) })),
        switcher: LOCALES.map((l) => ({ code: l.code, name: l.name, dir: l.dir, current: l.code === ui })),
      });
    },
  );

  app.get(
    '/letters/:slug/versions',
    {
      schema: {
        tags: ['pages'],
        summary: "The history of the letter's text, with each change shown",
        params: SlugParams,
        response: { 200: Html, ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const letter = await readLetter({ db: app.db, now: app.clock.now }, req.params.slug);
      // Each change as readers see the text: formatted, only the changed paragraphs and their
      // neighbours. The same for every reader of a language, until the letter changes.
      const ui = req.ui;
      const { versions, translations } = await app.publicCache.get(letter.slug, `history:${ui.code}`, async () => {
        const labels = diffLabels((key) => req.t(key), ui);
        const budget = new DiffBudget();
        const versions = showVersions(await listVersions(app.db, letter.slug), labels, budget);
        const translations = translationHistory(showRevisions(await listTranslationRevisions(app.db, letter.slug), labels, budget), letter.version);
        return { value: { versions, translations } };
      });
      return reply.view('pages/versions', { title: req.t('ws.versions.pageTitle', { title: letter.title }), lang: letter.language, letter, versions: [...versions].reverse(), translations });
    },
  );

  for (const picture of ['map', 'timeline'] as const) {
    app.get(
      `/letters/:slug/${picture}.svg`,
      {
        schema: {
          tags: ['pages'],
          summary: picture === 'map' ? 'A world map of where the signatories are (SVG), legislators darkest' : 'The public signatures over time, day by day (SVG)',
          params: SlugParams,
          querystring: Type.Object({ lang: Type.Optional(LangQuery) }, { additionalProperties: false }),
          response: { 200: Type.String({ description: 'image/svg+xml' }), ...errors(400, 404) },
        },
      },
      async (req, reply) => {
        const { row } = await reachLetter(app.db, req.params.slug, { as: 'public' });
        const ui = req.ui.code;
        // Drawn once per language until the list changes.
        const svg = await app.publicCache.get(row.slug, `${picture}:${ui}`, async () => {
          const tally = await publicTally(app.db, row.slug);
          return { value: picture === 'map' ? mapSvg(ui, tally) : timelineSvg(ui, tally) };
        });
        // Its words are in the reader's language: a shared cache keeps one per Accept-Language.
        reply.header('Content-Security-Policy', "default-src 'none'").header('Cache-Control', 'public, max-age=60').header('Vary', 'Accept-Language');
        return reply.type('image/svg+xml; charset=utf-8').send(svg);
      },
    );
  }

  app.get(
    '/letters/:slug/verify',
    {
      schema: {
        tags: ['pages'],
        summary: 'How to check the list of signatories: its tamper-evident ledger, its signed head, its witnesses and the verifier',
        params: SlugParams,
        querystring: Type.Object({ lang: Type.Optional(LangQuery) }, { additionalProperties: false }),
        response: { 200: Html, ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const doc = await letterDocument({ db: app.db, cache: app.publicCache, now: app.clock.now }, req.params.slug, readerLanguages(req));
      const slug = doc.letter.slug;
      return reply.view('pages/verify', {
        title: req.t('verify.title', { title: doc.text.title }),
        letter: doc.letter,
        text: doc.text,
        letterUrl: `${app.config.publicUrl}/letters/${slug}`,
        ledgerUrls: {
          checkpoint: `/api/v1/letters/${slug}/ledger/checkpoint`,
          key: '/.well-known/undersigned-ledger',
          ledger: `/api/v1/letters/${slug}/ledger`,
          verifier: '/static/verify-ledger.mjs',
        },
      });
    },
  );

  app.get(
    '/letters/:slug/embed',
    {
      schema: {
        tags: ['pages'],
        summary: 'A small counter to embed in other sites (iframe)',
        params: SlugParams,
        querystring: Type.Object({ lang: Type.Optional(LangQuery) }, { additionalProperties: false }),
        response: { 200: Html, ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const doc = await letterDocument({ db: app.db, cache: app.publicCache, now: app.clock.now }, req.params.slug, readerLanguages(req));
      // The one page other sites may frame.
      reply.header('Content-Security-Policy', "default-src 'none'; style-src 'self'; frame-ancestors *");
      reply.removeHeader('x-frame-options');
      return reply.document('pages/embed', {
        title: doc.text.title,
        letter: doc.letter,
        text: doc.text,
        summary: summaryIn(doc.ui, doc.letter.stats),
        url: `${app.config.publicUrl}/letters/${doc.letter.slug}`,
      });
    },
  );
};

export default letterPages;
