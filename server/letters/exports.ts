import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../errors.js';
import { errors } from '../http/schemas.js';
import { encodeBody, sendEncoded } from '../http/encoded.js';
import { PdfUnavailableError } from '../pdf/renderer.js';
import { letterDocument } from './document.js';
import { letterCard } from './card.js';
import { currentLetterPdf, etagOf, pdfEtag, signatoriesCsv } from './dossier.js';
import { LangQuery } from './pages.js';
import { readerLanguages } from '../plugins/i18n.js';
import { SlugParams } from './schemas.js';

const File = (type: string) => Type.Unsafe<string | Buffer>({ type: 'string', description: type });
const NotModified = Type.Unsafe<undefined>({ description: 'not modified since the ETag given' });
const Query = Type.Object({ lang: Type.Optional(LangQuery) }, { additionalProperties: false });
const PdfQuery = Type.Object(
  {
    lang: Type.Optional(LangQuery),
    edition: Type.Optional(Type.Literal('bilingual', { description: 'the original beside the translation (when the text is a translation)' })),
  },
  { additionalProperties: false },
);

/** The public list as CSV, and the letter with its signatories as PDF: both cached by revision. */
/** What the browser renders (a PDF, a share card), or 503 when there is no browser to render it. */
async function byBrowser<T>(req: FastifyRequest, unavailable: string, render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (err) {
    if (!(err instanceof PdfUnavailableError)) throw err;
    req.log.error({ err }, 'pdf unavailable');
    throw new AppError(503, 'PDF_UNAVAILABLE', unavailable);
  }
}

const letterExports: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/letters/:slug/signatures.csv',
    {
      schema: {
        tags: ['exports'],
        summary: 'The public signatories as CSV (formula-safe; never an address)',
        params: SlugParams,
        querystring: Query,
        response: { 200: File('text/csv'), 304: NotModified, ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const doc = await letterDocument({ db: app.db, cache: app.publicCache, now: app.clock.now }, req.params.slug, readerLanguages(req));
      const etag = etagOf('csv', doc.revision);
      reply.header('ETag', etag).header('Cache-Control', 'public, max-age=0, must-revalidate');
      if (req.headers['if-none-match'] === etag) return reply.code(304).send();
      // Made once per change of the list (and reading order), kept compressed like the page.
      const csv = await app.publicCache.get(doc.letter.slug, `csv:${doc.ui}`, async () => ({ value: await encodeBody(signatoriesCsv(doc.signatories)) }));
      reply.header('Content-Disposition', `attachment; filename="${doc.letter.slug}-signatories.csv"`);
      return sendEncoded(req, reply, csv, 'text/csv; charset=utf-8');
    },
  );

  app.get(
    '/letters/:slug.pdf',
    {
      schema: {
        tags: ['exports'],
        summary: "The letter and its signatories as PDF, for delivery to the addressees; text and everything around it in the reader's language",
        params: SlugParams,
        querystring: PdfQuery,
        response: { 200: File('application/pdf'), 304: NotModified, ...errors(400, 404, 503) },
      },
    },
    async (req, reply) => {
      const doc = await letterDocument({ db: app.db, cache: app.publicCache, now: app.clock.now }, req.params.slug, readerLanguages(req));
      const bilingual = req.query.edition === 'bilingual';
      reply.header('Cache-Control', 'public, max-age=0, must-revalidate').header('Vary', 'Accept-Language');
      const current = pdfEtag(doc, { bilingual });
      if (req.headers['if-none-match'] === current) return reply.header('ETag', current).code(304).send();
      const deps = { db: app.db, cache: app.pdfCache, html: app.pdfHtml, pdf: app.pdf, publicUrl: app.config.publicUrl, logKey: () => app.ledger.keys.logKey() };
      // The current edition, or while it renders the one before it (PDF_STALE_SECONDS); the ETag names the one sent.
      const { pdf, etag } = await byBrowser(req, 'The PDF cannot be made right now; the page and the CSV have the same list', () =>
        currentLetterPdf(deps, doc, { bilingual, intervalMs: app.config.pdfStaleSeconds * 1000, now: app.clock.now() }),
      );
      reply.header('ETag', etag);
      if (req.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type('application/pdf').header('Content-Disposition', `inline; filename="${doc.letter.slug}.pdf"`).send(pdf);
    },
  );

  app.get(
    '/letters/:slug/card.png',
    {
      schema: {
        tags: ['exports'],
        summary: "The letter's share card (og:image, 1200x630 PNG): its title, the count and who signed, in the reader's language",
        params: SlugParams,
        querystring: Query,
        response: { 200: File('image/png'), 304: NotModified, ...errors(400, 404, 503) },
      },
    },
    async (req, reply) => {
      const doc = await letterDocument({ db: app.db, cache: app.publicCache, now: app.clock.now }, req.params.slug, readerLanguages(req));
      const etag = etagOf(`card-${doc.ui}`, doc.revision);
      reply.header('ETag', etag).header('Cache-Control', 'public, max-age=300').header('Vary', 'Accept-Language');
      if (req.headers['if-none-match'] === etag) return reply.code(304).send();
      const png = await byBrowser(req, 'The share card cannot be made right now', () => letterCard({ cache: app.pdfCache, html: app.pdfHtml, pdf: app.pdf }, doc));
      return reply.type('image/png').send(png);
    },
  );
};

export default letterExports;
