import type { Db } from '../db/client.js';
import { mapSvg, mapWords, type PublicTally, publicTally, timelineSvg, timelineWords } from './pictures.js';
import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { LRUCache } from 'lru-cache';
import type { PdfHtmlPool } from '../pdf/html-pool.js';
import type { PdfRenderer } from '../pdf/renderer.js';
import { EDITION_STATES, editionCounts, type LetterDocument } from './document.js';
import { replyUrl } from '../replies/routes.js';
import { countsText, markOf, ungroupedLast } from '../replies/public-view.js';
import { type Listed, tiers } from './signatories.js';
import { directionOf, localeOf, ownName } from '../i18n/locales.js';
import { text } from '../i18n/messages.js';
import { uiContext } from '../plugins/i18n.js';
import { summaryIn } from './stats.js';

// A cell a spreadsheet would read as a formula (= + - @, or a tab/CR that hides one) is prefixed
// with an apostrophe, as OWASP advises against CSV injection.
const FORMULA_START = /^[=+\-@\t\r]/;
export const formulaSafe = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

const CSV_COLUMNS = ['name', 'kind', 'title', 'parliament', 'party', 'organization', 'role', 'country', 'country_name', 'verified_by', 'version', 'founding', 'signed_at', 'verified_domain'] as const;

/** The public list as CSV, in reading order; never an address; every cell formula-safe. */
export function signatoriesCsv(list: Listed[]): string {
  const rows = list.map((s) =>
    [
      s.name,
      s.kind,
      s.title ?? '',
      s.parliament ?? '',
      s.party ?? '',
      s.organization ?? '',
      s.role ?? '',
      s.country,
      s.countryName,
      s.verifiedBy ?? '',
      String(s.version),
      s.founding ? 'yes' : 'no',
      s.signedAt,
      s.verifiedDomain ?? '',
    ].map(formulaSafe),
  );
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /[",\r\n]/ });
}

export const etagOf = (kind: string, revision: string) => `"${kind}-${createHash('sha256').update(revision).digest('base64url').slice(0, 27)}"`;

/**
 * The data the PDF template prints: the text in its language, everything around it in the
 * interface language (`ui`), and with `bilingual` the original beside the translation.
 */
export function dossierModel(
  doc: LetterDocument,
  publicUrl: string,
  logKey: string,
  options: { bilingual?: { language: string; title: string; bodyHtml: string; dir: string } | null; tally?: PublicTally | null } = {},
) {
  const translated = doc.text.language !== doc.letter.language;
  const tally = options.tally;
  return {
    // The pictures, drawn into the page as vectors, with the words they say as their titles.
    pictures: tally?.days.length ? { timeline: { ...timelineWords(doc.ui, tally), svg: timelineSvg(doc.ui, tally) }, map: { ...mapWords(doc.ui, tally), svg: mapSvg(doc.ui, tally) } } : null,
    ...uiContext(localeOf(doc.ui)),
    title: doc.text.title,
    addressee: doc.text.addressee ?? doc.letter.addressee,
    bodyHtml: doc.text.bodyHtml,
    text: doc.text,
    letter: doc.letter,
    summary: summaryIn(doc.ui, doc.letter.stats),
    tiers: tiers(doc.signatories, doc.letter.stats.byKind),
    unlisted: doc.letter.stats.total - doc.signatories.length - doc.letter.stats.withheld,
    withheld: doc.letter.stats.withheld,
    translationOf: translated ? { language: ownName(doc.text.language), original: ownName(doc.letter.language) } : null,
    bilingual: translated && options.bilingual ? { original: options.bilingual } : null,
    url: `${publicUrl}/letters/${doc.letter.slug}`,
    // After the signatories: where the addressees stand (by group, "sent" and "being sent" as one,
    // so a delivery under way changes no edition) and each published reply in full.
    replies: doc.replies.length || doc.addressees.groups.length ? repliesPart(doc, publicUrl) : null,
    // The key its heads are signed with, printed so that a delivered copy pins it for verifiers.
    logKey,
    generatedAt: new Date().toISOString(),
  };
}

function repliesPart(doc: LetterDocument, publicUrl: string) {
  const days = doc.addressees.replyWaitDays;
  // Addressees without a group are named as such beside groups that have a name (the page heads them so).
  const named = doc.addressees.groups.some((g) => g.group !== null);
  return {
    groups: ungroupedLast(doc.addressees.groups).map((g) => ({
      group: g.group ?? (named ? text(doc.ui, 'addressees.ungrouped') : null),
      counts: countsText(doc.ui, editionCounts(g), days, EDITION_STATES),
    })),
    items: doc.replies.map((r) => ({ ...r, mark: markOf(r), url: `${publicUrl}${replyUrl(doc.letter.slug, r.id)}` })),
  };
}

/** A finished PDF, and the edition it prints (its ETag). */
export interface EditionPdf {
  pdf: Buffer;
  etag: string;
}

/**
 * Finished PDFs by letter revision: a request for a PDF being rendered waits for that render
 * (lru-cache's fetch shares one call of fetchMethod per key) instead of starting another, and a
 * finished one is served from memory until the list changes. A failed render is not kept.
 *
 * A series (one letter's PDF in one language) also keeps its latest finished edition, which
 * `current` serves while a newer one is rendered: stale-while-revalidate, at most one render of a
 * series at a time and one start per interval, so a spike of signatures costs a busy letter one
 * render per interval rather than one per change.
 */
export class PdfCache {
  readonly #done = new LRUCache<string, Buffer, () => Promise<Buffer>>({
    maxSize: 256 * 1024 * 1024,
    sizeCalculation: (b) => b.length || 1,
    // A render dropped from the cache while running still answers the requests waiting for it.
    ignoreFetchAbort: true,
    fetchMethod: (_key, _stale, { context: render }) => {
      this.renders++;
      return render();
    },
  });
  readonly #latest = new LRUCache<string, EditionPdf>({ maxSize: 256 * 1024 * 1024, sizeCalculation: (e) => e.pdf.length || 1 });
  // When each series last started a render, and which are rendering now.
  readonly #started = new Map<string, number>();
  readonly #rendering = new Set<string>();
  renders = 0;

  /** The PDF of this edition, rendered now if need be. */
  get(key: string, render: () => Promise<Buffer>, series?: string, now = Date.now()): Promise<Buffer> {
    if (!series) return this.#done.forceFetch(key, { context: render });
    this.#started.set(series, now);
    this.#rendering.add(series);
    return this.#done
      .forceFetch(key, { context: render })
      .then((pdf) => {
        const latest = this.#latest.get(series);
        if (!latest || latest.etag !== key) this.#latest.set(series, { pdf, etag: key });
        return pdf;
      })
      .finally(() => this.#rendering.delete(series));
  }

  /**
   * This edition if it is finished; otherwise the series' latest, while this one renders (started
   * only when no render of the series runs and the last started `intervalMs` ago or more). With
   * nothing finished yet, or an interval of 0, it waits for this edition.
   */
  async current(series: string, key: string, render: () => Promise<Buffer>, intervalMs: number, now: number): Promise<EditionPdf> {
    const done = this.#done.get(key);
    if (done) return { pdf: done, etag: key };
    const latest = intervalMs > 0 ? this.#latest.get(series) : undefined;
    if (!latest) return { pdf: await this.get(key, render, series, now), etag: key };
    const due = now - (this.#started.get(series) ?? 0) >= intervalMs;
    // Failures are not kept: the next request after the interval tries again.
    if (due && !this.#rendering.has(series)) this.get(key, render, series, now).catch(() => undefined);
    return latest;
  }
}

export interface LetterPdfDeps {
  /** The public signatures' tally, for the pictures. */
  db: Db;
  cache: PdfCache;
  /** Turns the dossier model into the PDF's HTML (off the event loop). */
  html: Pick<PdfHtmlPool, 'render'>;
  pdf: Pick<PdfRenderer, 'render'>;
  publicUrl: string;
  /** The instance's current log key (its verifier key), printed in the PDF. */
  logKey: () => Promise<string>;
}

/** The letter's PDF for a document (a language and revision), rendered once and then cached. */
export async function letterPdf(deps: LetterPdfDeps, doc: LetterDocument, options: { bilingual?: boolean } = {}): Promise<Buffer> {
  const { key, series, render } = pdfEdition(deps, doc, options);
  return deps.cache.get(key, render, series);
}

/**
 * The public PDF: this document's edition, or while it renders, the latest finished one of its
 * letter and language, at most `intervalMs` behind (PDF_STALE_SECONDS). Its ETag names the
 * edition it prints.
 */
export function currentLetterPdf(deps: LetterPdfDeps, doc: LetterDocument, options: { bilingual?: boolean; intervalMs: number; now: Date }): Promise<EditionPdf> {
  const { key, series, render } = pdfEdition(deps, doc, options);
  return deps.cache.current(series, key, render, options.intervalMs, options.now.getTime());
}

// The bilingual edition prints the original beside a translation; of the original itself, one column.
const bilingualOriginal = (doc: LetterDocument, options: { bilingual?: boolean }) => (options.bilingual && doc.text.language !== doc.letter.language ? originalText(doc) : null);

/** The ETag of the document's PDF: by edition, not revision (an addressee's "being sent" turning "sent" is not printed). */
export const pdfEtag = (doc: LetterDocument, options: { bilingual?: boolean } = {}) => etagOf(bilingualOriginal(doc, options) ? 'pdf-bilingual' : 'pdf', doc.edition);

function pdfEdition({ db, html, pdf, publicUrl, logKey }: LetterPdfDeps, doc: LetterDocument, options: { bilingual?: boolean }) {
  const original = bilingualOriginal(doc, options);
  const kind = original ? 'pdf-bilingual' : 'pdf';
  return {
    key: pdfEtag(doc, options),
    series: `${kind} ${doc.letter.slug} ${doc.text.language} ${doc.ui}`,
    render: async () => {
      const tally = doc.letter.stats.total > 0 ? await publicTally(db, doc.letter.slug) : null;
      return pdf.render(await html.render(dossierModel(doc, publicUrl, await logKey(), { bilingual: original, tally })));
    },
  };
}

const originalText = (doc: LetterDocument) => ({ language: doc.letter.language, title: doc.letter.title, bodyHtml: doc.letter.bodyHtml, dir: directionOf(doc.letter.language) });
