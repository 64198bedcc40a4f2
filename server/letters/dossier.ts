import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { LRUCache } from 'lru-cache';
import type { PdfHtmlPool } from '../pdf/html-pool.js';
import type { PdfRenderer } from '../pdf/renderer.js';
import type { LetterDocument } from './document.js';
import { type Listed, tiers } from './signatories.js';

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

/** The data the PDF template prints. */
export function dossierModel(doc: LetterDocument, publicUrl: string, logKey: string) {
  return {
    lang: doc.text.language,
    title: doc.text.title,
    bodyHtml: doc.text.bodyHtml,
    // Whom the letter is addressed to in the PDF's language (the translation's, else the original's),
    // also as letter.addressee, which the template prints today.
    addressee: doc.text.addressee,
    letter: { ...doc.letter, addressee: doc.text.addressee },
    summary: doc.letter.stats.summary,
    tiers: tiers(doc.signatories, doc.letter.stats.byKind),
    unlisted: doc.letter.stats.total - doc.signatories.length - doc.letter.stats.withheld,
    withheld: doc.letter.stats.withheld,
    url: `${publicUrl}/letters/${doc.letter.slug}`,
    // The key its heads are signed with, printed so that a delivered copy pins it for verifiers.
    logKey,
    generatedAt: new Date().toISOString(),
  };
}

/**
 * Finished PDFs by letter revision: a request for a PDF being rendered waits for that render
 * (lru-cache's fetch shares one call of fetchMethod per key) instead of starting another, and a
 * finished one is served from memory until the list changes. A failed render is not kept.
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
  renders = 0;

  get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    return this.#done.forceFetch(key, { context: render });
  }
}

export interface LetterPdfDeps {
  cache: PdfCache;
  /** Turns the dossier model into the PDF's HTML (off the event loop). */
  html: Pick<PdfHtmlPool, 'render'>;
  pdf: Pick<PdfRenderer, 'render'>;
  publicUrl: string;
  /** The instance's current log key (its verifier key), printed in the PDF. */
  logKey: () => Promise<string>;
}

/** The letter's PDF for a document (a language and revision), rendered once and then cached. */
export function letterPdf({ cache, html, pdf, publicUrl, logKey }: LetterPdfDeps, doc: LetterDocument): Promise<Buffer> {
  return cache.get(etagOf('pdf', doc.revision), async () => pdf.render(await html.render(dossierModel(doc, publicUrl, await logKey()))));
}
