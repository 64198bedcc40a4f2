import { countryName, countryOptions } from '../countries.js';
import { type EncodedBody, encodeBody } from '../http/encoded.js';
import { batchSecondsOf } from '../signatures/publication.js';
import type { LetterView } from './schemas.js';
import { DISPLAY_CHOICES } from '../db/schema.js';
import { replyUrl } from '../replies/routes.js';
import { countsText, excerptOf, markOf, ungroupedLast } from '../replies/public-view.js';
import { type DocumentDeps, type LetterDocument, letterDocument, type ReaderLanguages } from './document.js';
import { bestMatch, directionOf, LOCALES, localeOf, ownName } from '../i18n/locales.js';
import { formatList, text } from '../i18n/messages.js';
import { uiContext } from '../plugins/i18n.js';
import { mapWords, publicTally, timelineWords } from './pictures.js';
import { summaryIn } from './stats.js';
import { listVersions } from './service.js';
import { tiers } from './signatories.js';
import { UPDATES_PER_MONTH } from '../updates/schemas.js';
import { publicUpdates, updateIn } from '../updates/service.js';

/** Signatories on one page; more pages are plain links, so the list works without JavaScript. */
export const PAGE_SIZE = 500;

export interface LetterPageDeps extends DocumentDeps {
  /** Renders a site template inside the site layout. */
  view: (page: string, data: object) => Promise<string>;
  publicUrl: string;
  /** PUBLISH_BATCH_SECONDS, for the letters without their own: the page says how often the list grows. */
  publishBatchSeconds: number;
}

/** The sign forms' choice of how the signer appears, with the one chosen (by default the full name) selected. */
export const displayOptions = (chosen: string | undefined) => DISPLAY_CHOICES.map((value) => ({ value, selected: (chosen || 'full') === value }));

export interface SignFormState {
  values: Record<string, string>;
  /** What was wrong, every mistake in the form's order, for the catalog's sign.error: the field and why (its `reason`). */
  errors?: { field?: string; reason: string }[];
  /** The warning that the address is at a mail provider a state this letter concerns can read. */
  warning?: { provider: string; jurisdiction: string; state: string; chosen: 'yes' | 'no'; mailbox: string; countedOnly: boolean };
}

export interface LetterPageOptions extends ReaderLanguages {
  page?: number;
  /** The last attempt at the sign form, shown again with its mistake. */
  form?: SignFormState;
}

export type LetterPage =
  /** A form answer: the signer's own, made for this request. */
  | { html: string; shared?: undefined; etag?: undefined }
  /** The shared page, kept as bytes in each encoding until the letter changes, and the ETag naming it. */
  | { html?: undefined; shared: EncodedBody; etag: string };

/** The letter page: the text, who signed, and the sign form (with the last attempt, if any). */
export async function letterPage(deps: LetterPageDeps, slug: string, options: LetterPageOptions): Promise<LetterPage> {
  const doc = await letterDocument(deps, slug, options);
  const { text, signatories } = doc;
  const pages = Math.max(1, Math.ceil(signatories.length / PAGE_SIZE));
  const page = Math.min(options.page ?? 1, pages);
  // A failed submit comes back with what was typed: that answer is the signer's own (a POST).
  if (options.form) return { html: await pageHtml(deps, doc, page, pages, options) };
  // Otherwise one document for every reader until the letter changes (no cookie, no per-reader
  // token: see publicFormGuards), rendered once and named by the letter's state.
  const variant = `page:${text.language}:${doc.ui}:${page}:${options.requested ? 'lang' : ''}`;
  const shared = await deps.cache.get(slug, variant, async () => ({ value: await encodeBody(await pageHtml(deps, doc, page, pages, options)) }));
  return { shared, etag: `W/"${doc.revision}.${page}"` };
}

async function pageHtml(deps: LetterPageDeps, doc: LetterDocument, page: number, pages: number, options: { requested?: string; form?: SignFormState }): Promise<string> {
  const { letter, text, signatories, ui } = doc;
  const slug = letter.slug;
  const slice = signatories.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  // A signature given to an earlier text is marked when a change of substance came after it.
  const versions = letter.version > 1 ? await listVersions(deps.db, slug) : [];
  const lastSubstantive = Math.max(1, ...versions.filter((v) => !v.editorial).map((v) => v.version));
  const marked = slice.map((s) => ({ ...s, earlierVersion: s.version < lastSubstantive ? s.version : null }));
  const url = `${deps.publicUrl}/letters/${letter.slug}`;
  // Links within the page keep the language asked for; without ?lang= they stay negotiated.
  const langParam = options.requested ? `lang=${encodeURIComponent(ui)}&` : '';
  const summary = summaryIn(ui, letter.stats);
  // The organizers' sent updates, newest first, each in the page's language when it has it.
  const news = (await publicUpdates(deps.db, slug)).map((u) => ({ ...updateIn(u, [ui, text.language]), sentAt: u.sentAt, id: u.id }));
  const tally = letter.stats.total > 0 ? await publicTally(deps.db, slug) : null;
  const pictureQuery = options.requested ? `?lang=${encodeURIComponent(ui)}` : '';
  return deps.view('pages/letter', {
    ...uiContext(localeOf(ui)),
    // Where each addressee stands, by group, and their published replies (each with its own page).
    addressees: addresseesModel(doc, (id) => `${replyUrl(slug, id)}${pictureQuery}`),
    replies: doc.replies.length
      ? doc.replies.map((r) => ({ ...r, url: `${replyUrl(slug, r.id)}${pictureQuery}`, excerpt: excerptOf(r.text), mark: markOf(r), documentCount: r.documents.length }))
      : null,
    news: news.length ? news.map((n) => ({ ...n, dir: directionOf(n.language) })) : null,
    title: text.title,
    description: letter.summary ?? summary,
    canonicalUrl: url,
    letterUrl: url,
    og: { title: text.title, description: `${summary}. ${letter.summary ?? ''}`.trim(), url, locale: ui.replace('-', '_'), image: `${url}/card.png?lang=${encodeURIComponent(ui)}` },
    letter,
    text,
    summary,
    // The interface languages, each in its own name; the text follows when it has that language.
    switcher: LOCALES.map((l) => ({ code: l.code, name: l.name, dir: l.dir, current: l.code === ui })),
    // Languages of the text that the interface lacks, reachable too.
    textLanguages: text.languages.some((l) => !LOCALES.some((x) => x.code === l))
      ? text.languages.map((l) => ({ code: l, name: ownName(l), dir: directionOf(l), current: l === text.language }))
      : null,
    untranslated: bestMatch([ui], text.languages) ? null : localeOf(ui).name,
    historyUrl: `/letters/${slug}/versions`,
    // Signatures over time and where the signatories are, each with words for who cannot see it.
    pictures: tally?.days.length
      ? {
          timeline: { ...timelineWords(ui, tally), src: `/letters/${slug}/timeline.svg${pictureQuery}` },
          map: { ...mapWords(ui, tally), src: `/letters/${slug}/map.svg${pictureQuery}` },
        }
      : null,
    // The organizers' goal: how far the public count (of its kind, if it has one) has come.
    goal: letter.goal ? goalProgress(letter) : null,
    verifyUrl: `/letters/${slug}/verify${options.requested ? `?lang=${encodeURIComponent(ui)}` : ''}`,
    tiers: tiers(marked, letter.stats.byKind),
    hasSignatories: letter.stats.total > 0,
    unlisted: letter.stats.total - signatories.length - letter.stats.withheld,
    withheld: withheldNote(letter, ui, deps.now()),
    batch: batchInterval(batchSecondsOf(letter, deps.publishBatchSeconds)),
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
    downloads: { pdf: `/letters/${letter.slug}.pdf${options.requested ? `?lang=${encodeURIComponent(ui)}` : ''}`, csv: `/letters/${letter.slug}/signatures.csv` },
    // No #anchor: a page reached at a fragment skips autofocus, and the answer to a mistake
    // brings the reader to the form by focusing its summary of the mistakes (sign-form.hbs).
    form: signFormModel(letter, ui, `/letters/${letter.slug}/sign${options.requested ? `?lang=${encodeURIComponent(ui)}` : ''}`, options.form),
  });
}

/**
 * The addressees' section: per group its heading, the summary of its states ("1 replied, 2 sent")
 * and each addressee's row; null before the letter was delivered to anyone.
 */
function addresseesModel(doc: LetterDocument, replyHref: (id: string) => string) {
  const { replyWaitDays: days } = doc.addressees;
  const groups = ungroupedLast(doc.addressees.groups);
  if (groups.length === 0) return null;
  const named = groups.some((g) => g.group !== null);
  return {
    days,
    groups: groups.map((g, i) => ({
      id: `addressees-${i + 1}`,
      group: g.group,
      // Addressees without a group have a heading of their own only beside groups that have one.
      heading: g.group !== null || named,
      counts: countsText(doc.ui, g.counts, days),
      // A state that says its day ("Replied on", "Sent on") carries it as a <time>.
      items: g.items.map((item) => ({ ...item, dated: item.since !== null && (item.state === 'replied' || item.state === 'sent'), replyHref: item.replyId ? replyHref(item.replyId) : null })),
    })),
  };
}

/** The sign form (sign-form.hbs) for a letter, posting to `action`, with the last attempt and its mistakes if any. */
export function signFormModel(letter: Pick<LetterView, 'status' | 'signerKinds'>, ui: string, action: string, state?: SignFormState) {
  const values = state?.values ?? {};
  return {
    open: letter.status === 'open',
    action,
    values,
    ...signFormErrors(ui, state?.errors ?? [], values.kind),
    warning: state?.warning,
    // An individual unless the signer said otherwise: the kind most people are.
    kinds: letter.signerKinds.map((kind) => ({ kind, checked: (values.kind || defaultKind(letter.signerKinds)) === kind })),
    kindFields: { legislator: letter.signerKinds.includes('legislator'), organization: letter.signerKinds.includes('organization') },
    countries: countryOptions(ui).map((c) => ({ ...c, selected: c.code === values.country })),
    displays: displayOptions(values.display),
    // The box for the organizers' news, and how many a month it promises at most.
    newsPerMonth: UPDATES_PER_MONTH,
  };
}

/** The progress toward the goal, for its bar (at most full) and its words (the count as it is). */
function goalProgress(letter: LetterView) {
  const goal = letter.goal!;
  const current = goal.kind ? letter.stats.byKind[goal.kind] : letter.stats.total;
  return { count: goal.count, kind: goal.kind ?? 'any', current, value: Math.min(current, goal.count) };
}

const defaultKind = (kinds: readonly string[]) => (kinds.includes('individual') ? 'individual' : kinds[0]);

/** The sign form's mistakes in the reader's language: listed in the summary (each linked to its field), and by field. */
export function signFormErrors(ui: string, errors: { field?: string; reason: string }[], kind: string | undefined) {
  const said = errors.map(({ field, reason }) => ({
    field: field ?? 'form',
    message: text(ui, 'sign.error', { reason, field: text(ui, 'sign.fieldName', { field: field ?? 'other' }), kind }),
  }));
  return {
    errors: said.length ? said.map(({ field, message }) => ({ target: field === 'form' ? 'sign-heading' : `sign-${field}`, text: message })) : null,
    fieldErrors: Object.fromEntries(said.map(({ field, message }) => [field, message])),
  };
}

/** How often new signatures join the list, for the catalog's plural (null: at once). */
function batchInterval(seconds: number): { unit: 'second' | 'minute' | 'hour'; n: number } | null {
  if (seconds <= 0) return null;
  if (seconds < 60) return { unit: 'second', n: seconds };
  const minutes = Math.round(seconds / 60);
  return minutes % 60 === 0 ? { unit: 'hour', n: minutes / 60 } : { unit: 'minute', n: minutes };
}

/**
 * Why some counted signatories are not named yet: the letter's launch, or the countries below its
 * threshold (with how many have signed from each, which the counts show anyway).
 */
function withheldNote(letter: LetterView, language: string, now: Date) {
  if (letter.stats.withheld === 0) return null;
  if (letter.namesReleaseAt && new Date(letter.namesReleaseAt) > now) {
    return { until: letter.namesReleaseAt, count: letter.stats.withheld };
  }
  const k = letter.nameThreshold;
  if (k === null) return null;
  const countries = Object.entries(letter.stats.byCountry)
    .filter(([, n]) => n < k)
    .map(([code, n]) => ({ name: countryName(code, language), n }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  // "Tibet (2), Turkey (1)": one list in the interface language's own pattern.
  return countries.length
    ? {
        threshold: k,
        countries: formatList(
          language,
          countries.map((c) => text(language, 'signatories.withheldCountry', c.name === '' ? { country: '', n: c.n } : { country: c.name, n: c.n })),
        ),
      }
    : null;
}
