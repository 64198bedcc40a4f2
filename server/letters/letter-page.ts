import { countryName, countryOptions } from '../countries.js';
import { batchSecondsOf } from '../signatures/publication.js';
import type { LetterView } from './schemas.js';
import { DISPLAY_CHOICES, type DisplayChoice } from '../db/schema.js';
import { publicDeliveries } from '../delivery/service.js';
import { type DocumentDeps, type LetterDocument, letterDocument } from './document.js';
import { listVersions } from './service.js';
import { tiers } from './signatories.js';

/** Signatories on one page; more pages are plain links, so the list works without JavaScript. */
export const PAGE_SIZE = 500;

export interface LetterPageDeps extends DocumentDeps {
  /** Renders a site template inside the site layout. */
  view: (page: string, data: object) => Promise<string>;
  publicUrl: string;
  /** PUBLISH_BATCH_SECONDS, for the letters without their own: the page says how often the list grows. */
  publishBatchSeconds: number;
}

const DISPLAY_LABELS: Record<DisplayChoice, string> = {
  full: 'my full name',
  initials: 'my initials only',
  anonymous: 'nothing: count me, but do not list me',
};

/** The sign forms' choice of how the signer appears, with the one chosen (by default the full name) selected. */
export const displayOptions = (chosen: string | undefined) => DISPLAY_CHOICES.map((value) => ({ value, label: DISPLAY_LABELS[value], selected: (chosen || 'full') === value }));

export interface SignFormState {
  values: Record<string, string>;
  error?: { field?: string; message: string };
  /** The warning that the address is at a mail provider a state this letter concerns can read. */
  warning?: { message: string; mailbox: string; countedOnly: boolean };
}

export interface LetterPageOptions {
  /** The language asked for with ?lang=, if any; otherwise the reader's is negotiated. */
  lang?: string;
  negotiate: (available: string[]) => string | false;
  page?: number;
  /** The last attempt at the sign form, shown again with its mistake. */
  form?: SignFormState;
}

export interface LetterPage {
  html: string;
  /** Names the shared page until the letter changes; none for a form answer, which is the signer's own. */
  etag?: string;
}

/** The letter page: the text, who signed, and the sign form (with the last attempt, if any). */
export async function letterPage(deps: LetterPageDeps, slug: string, options: LetterPageOptions): Promise<LetterPage> {
  const doc = await letterDocument(deps, slug, { requested: options.lang, negotiate: options.negotiate });
  const { text, signatories } = doc;
  const pages = Math.max(1, Math.ceil(signatories.length / PAGE_SIZE));
  const page = Math.min(options.page ?? 1, pages);
  // A failed submit comes back with what was typed: that answer is the signer's own (a POST).
  if (options.form) return { html: await pageHtml(deps, doc, page, pages, options) };
  // Otherwise one document for every reader until the letter changes (no cookie, no per-reader
  // token: see publicFormGuards), rendered once and named by the letter's state.
  const variant = `page:${text.language}:${page}:${options.lang ? 'lang' : ''}`;
  const html = await deps.cache.get(slug, variant, async () => ({ value: await pageHtml(deps, doc, page, pages, options) }));
  return { html, etag: `W/"${doc.revision}.${page}"` };
}

async function pageHtml(deps: LetterPageDeps, doc: LetterDocument, page: number, pages: number, options: { lang?: string; form?: SignFormState }): Promise<string> {
  const { letter, text, signatories } = doc;
  const slug = letter.slug;
  const slice = signatories.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  // A signature given to an earlier text is marked when a change of substance came after it.
  const versions = letter.version > 1 ? await listVersions(deps.db, slug) : [];
  const lastSubstantive = Math.max(1, ...versions.filter((v) => !v.editorial).map((v) => v.version));
  const marked = slice.map((s) => ({ ...s, earlierVersion: s.version < lastSubstantive ? s.version : null }));
  const values = options.form?.values ?? {};
  const url = `${deps.publicUrl}/letters/${letter.slug}`;
  const langParam = options.lang ? `lang=${encodeURIComponent(text.language)}&` : '';
  const delivered = (await publicDeliveries(deps.db, slug)).filter((d) => d.status === 'sent');
  return deps.view('pages/letter', {
    delivered: delivered.length ? delivered : null,
    title: text.title,
    description: letter.summary ?? letter.stats.summary,
    lang: text.language,
    canonicalUrl: url,
    letterUrl: url,
    og: { title: text.title, description: `${letter.stats.summary}. ${letter.summary ?? ''}`.trim(), url, locale: text.language.replace('-', '_') },
    // Whom the letter is addressed to in the language shown (the translation's, else the original's),
    // also as letter.addressee, which the template prints today.
    letter: { ...letter, addressee: text.addressee },
    text,
    addressee: text.addressee,
    languages: text.languages.length > 1 ? text.languages.map((l) => ({ code: l, current: l === text.language })) : null,
    tiers: tiers(marked, letter.stats.byKind),
    hasSignatories: letter.stats.total > 0,
    unlisted: letter.stats.total - signatories.length - letter.stats.withheld,
    withheld: withheldNote(letter, text.language, deps.now()),
    batchMinutes: batchMinutes(batchSecondsOf(letter, deps.publishBatchSeconds)),
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
      warning: options.form?.warning,
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

/** "10 minutes", "an hour": how often new signatures join the list (null: at once). */
function batchMinutes(seconds: number): string | null {
  if (seconds <= 0) return null;
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  if (minutes % 60 === 0) return minutes === 60 ? 'hour' : `${minutes / 60} hours`;
  return minutes === 1 ? 'minute' : `${minutes} minutes`;
}

/**
 * Why some counted signatories are not named yet: the letter's launch, or the countries below its
 * threshold (with how many have signed from each, which the counts show anyway).
 */
function withheldNote(letter: LetterView, language: string, now: Date) {
  if (letter.stats.withheld === 0) return null;
  if (letter.namesReleaseAt && new Date(letter.namesReleaseAt) > now) {
    return { until: letter.namesReleaseAt.slice(0, 10), count: letter.stats.withheld };
  }
  const k = letter.nameThreshold;
  if (k === null) return null;
  const countries = Object.entries(letter.stats.byCountry)
    .filter(([, n]) => n < k)
    .map(([code, n]) => ({ name: countryName(code, language), n }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  return countries.length ? { threshold: k, countries } : null;
}
