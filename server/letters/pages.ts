import '@fastify/accepts';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { countryOptions } from '../countries.js';
import { DISPLAY_CHOICES, type DisplayChoice } from '../db/schema.js';
import { publicDeliveries } from '../delivery/service.js';
import { errors } from '../http/schemas.js';
import { type LetterDocument, letterDocument } from './document.js';
import { SlugParams } from './schemas.js';
import { listPublicLetters, listVersions, readLetter } from './service.js';
import { tiers } from './signatories.js';

/** Signatories on one page; more pages are plain links, so the list works without JavaScript. */
export const PAGE_SIZE = 500;

export const LangQuery = Type.String({ maxLength: 35, description: 'language of the text; unknown ones fall back' });
const PageQuery = Type.Object({ lang: Type.Optional(LangQuery), page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })) }, { additionalProperties: false });
const Html = Type.String({ description: 'text/html' });

export interface SignFormState {
  values: Record<string, string>;
  error?: { field?: string; message: string };
}

const DISPLAY_LABELS: Record<DisplayChoice, string> = {
  full: 'my full name',
  initials: 'my initials only',
  anonymous: 'nothing: count me, but do not list me',
};

/** The sign forms' choice of how the signer appears, with the one chosen (by default the full name) selected. */
export const displayOptions = (chosen: string | undefined) => DISPLAY_CHOICES.map((value) => ({ value, label: DISPLAY_LABELS[value], selected: (chosen || 'full') === value }));

export const negotiator = (req: FastifyRequest) => (available: string[]) => req.languages(available);

/** The letter page: the text, who signed, and the sign form (with the last attempt, if any). */
export async function renderLetterPage(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, slug: string, options: { lang?: string; page?: number; form?: SignFormState } = {}) {
  const doc = await letterDocument({ db: app.db, cache: app.publicCache, now: app.clock.now }, slug, { requested: options.lang, negotiate: negotiator(req) });
  const { text, signatories } = doc;
  const pages = Math.max(1, Math.ceil(signatories.length / PAGE_SIZE));
  const page = Math.min(options.page ?? 1, pages);
  reply.type('text/html; charset=utf-8');
  // A failed submit comes back with what was typed: that answer is the signer's own (a POST).
  if (options.form) return reply.send(await pageHtml(app, doc, page, pages, options));
  // Otherwise one document for every reader until the letter changes (no cookie, no per-reader
  // token: see publicFormGuards), rendered once and named by the letter's state.
  const variant = `page:${text.language}:${page}:${options.lang ? 'lang' : ''}`;
  const html = await app.publicCache.get(slug, variant, async () => ({ value: await pageHtml(app, doc, page, pages, options) }));
  reply.header('ETag', `W/"${doc.revision}.${page}"`);
  return reply.send(html);
}

async function pageHtml(app: FastifyInstance, doc: LetterDocument, page: number, pages: number, options: { lang?: string; form?: SignFormState }): Promise<string> {
  const { letter, text, signatories } = doc;
  const slug = letter.slug;
  const slice = signatories.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  // A signature given to an earlier text is marked when a change of substance came after it.
  const versions = letter.version > 1 ? await listVersions(app.db, slug) : [];
  const lastSubstantive = Math.max(1, ...versions.filter((v) => !v.editorial).map((v) => v.version));
  const marked = slice.map((s) => ({ ...s, earlierVersion: s.version < lastSubstantive ? s.version : null }));
  const values = options.form?.values ?? {};
  const url = `${app.config.publicUrl}/letters/${letter.slug}`;
  const langParam = options.lang ? `lang=${encodeURIComponent(text.language)}&` : '';
  const delivered = (await publicDeliveries(app.db, slug)).filter((d) => d.status === 'sent');
  return app.view('pages/letter', {
    delivered: delivered.length ? delivered : null,
    title: text.title,
    description: letter.summary ?? letter.stats.summary,
    lang: text.language,
    canonicalUrl: url,
    letterUrl: url,
    og: { title: text.title, description: `${letter.stats.summary}. ${letter.summary ?? ''}`.trim(), url, locale: text.language.replace('-', '_') },
    letter,
    text,
    languages: text.languages.length > 1 ? text.languages.map((l) => ({ code: l, current: l === text.language })) : null,
    tiers: tiers(marked, letter.stats.byKind),
    hasSignatories: letter.stats.total > 0,
    unlisted: letter.stats.total - signatories.length,
    hasHistory: letter.version > 1,
    paging:
      pages > 1
        ? {
            page,
            pages,
            prev: page > 1 ? `/letters/${letter.slug}?${langParam}page=${page - 1}#signatories-heading` : null,
            next: page < pages ? `/letters/${letter.slug}?${langParam}page=${page + 1}#signatories-heading` : null,
          }
        : null,
    downloads: { pdf: `/letters/${letter.slug}.pdf${options.lang ? `?lang=${encodeURIComponent(text.language)}` : ''}`, csv: `/letters/${letter.slug}/signatures.csv` },
    form: {
      open: letter.status === 'open',
      action: `/letters/${letter.slug}/sign`,
      values,
      error: options.form?.error,
      kinds: letter.signerKinds.map((kind) => ({
        kind,
        label: { legislator: 'a legislator', organization: 'an organization', individual: 'an individual' }[kind],
        checked: (values.kind ?? letter.signerKinds[0]) === kind,
      })),
      countries: countryOptions(text.language).map((c) => ({ ...c, selected: c.code === values.country })),
      displays: displayOptions(values.display),
    },
  });
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
    async (req, reply) => renderLetterPage(app, req, reply, req.params.slug, { lang: req.query.lang, page: req.query.page }),
  );

  app.get('/', { schema: { tags: ['pages'], summary: 'The start page: public letters, open ones first', response: { 200: Html } } }, async (_req, reply) => {
    // A minute's staleness is fine here; the letters' own pages are exact.
    const list = await app.publicCache.get('-', 'home', async () => ({ value: await listPublicLetters({ db: app.db, now: app.clock.now }), expiresAt: new Date(app.clock.now().getTime() + 60_000) }));
    return reply.view('pages/home', { title: 'Open letters', letters: list });
  });

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
      const versions = await listVersions(app.db, req.params.slug);
      return reply.view('pages/versions', { title: `History: ${letter.title}`, lang: letter.language, letter, versions: versions.reverse() });
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
      const doc = await letterDocument({ db: app.db, cache: app.publicCache, now: app.clock.now }, req.params.slug, { requested: req.query.lang, negotiate: negotiator(req) });
      // The one page other sites may frame.
      reply.header('Content-Security-Policy', "default-src 'none'; style-src 'self'; frame-ancestors *");
      reply.removeHeader('x-frame-options');
      return reply.document('pages/embed', {
        title: doc.text.title,
        lang: doc.text.language,
        letter: doc.letter,
        text: doc.text,
        url: `${app.config.publicUrl}/letters/${doc.letter.slug}`,
      });
    },
  );
};

export default letterPages;
