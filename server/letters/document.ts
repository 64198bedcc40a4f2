import type { Db } from '../db/client.js';
import { bestMatch, directionOf } from '../i18n/locales.js';
import { signatures } from '../db/schema.js';
import { type AddresseeGroup, type AddresseeState, addresseeStates } from '../delivery/service.js';
import { type PublicReplyView, publishedReplies } from '../replies/service.js';
import { isListed, publicColumns, publicDay, toPublic } from '../signatures/visibility.js';

import { contentTag, type PublicCache } from './public-cache.js';
import type { LetterView, TranslationView } from './schemas.js';
import { readLetterWithRow } from './service.js';
import { type Listed, order } from './signatories.js';
import { type LocalizedText, localize, translationsOf } from './translations.js';

export interface LetterDocument {
  letter: LetterView;
  /** The text, in the language chosen with the interface's (see readerLanguages). */
  text: LocalizedText & { dir: 'ltr' | 'rtl' };
  /** The interface language: headings, counts, country names and the order of the list. */
  ui: string;
  /** Changes whenever anything the public sees of the letter changes (a reply, an addressee's state among it): for ETags. */
  revision: string;
  /**
   * What the PDF prints (the text, the list, the replies and the addressees' summary, in which
   * "being sent" and "sent" are one: "awaiting a reply"): its cache key, so a delivery under way,
   * each sending of which renews the page, renders no new PDF.
   */
  edition: string;
  signatories: Listed[];
  /** The addressees' published replies, newest first. */
  replies: PublicReplyView[];
  /** Where each addressee the letter was delivered to stands, by group; names only. */
  addressees: { replyWaitDays: number; groups: AddresseeGroup[] };
}

/** What the PDF says of a group of addressees: "sent" and "being sent" counted together as awaiting a reply. */
export type EditionState = Exclude<AddresseeState, 'sent' | 'sending'> | 'awaiting';
export const EDITION_STATES: readonly EditionState[] = ['replied', 'bounced', 'noReply', 'awaiting'];

export const editionCounts = (group: AddresseeGroup): Record<EditionState, number> => ({
  replied: group.counts.replied,
  bounced: group.counts.bounced,
  noReply: group.counts.noReply,
  awaiting: group.counts.sent + group.counts.sending,
});

export interface DocumentDeps {
  db: Db;
  cache: PublicCache;
  /** The app's clock: an open letter past its closing time reads as closed. */
  now: () => Date;
}

export interface Snapshot {
  letterId: string;
  view: LetterView;
  translations: TranslationView[];
  replies: PublicReplyView[];
  addressees: { replyWaitDays: number; groups: AddresseeGroup[] };
}

const earliest = (...dates: Array<Date | null>): Date | null => dates.reduce<Date | null>((a, d) => (d && (!a || d < a) ? d : a), null);

/**
 * The public letter with its counts, translations, replies and addressees, once per change (see
 * public-cache.ts): publishing a reply or a delivery's outcome renews the letter.
 */
export function letterSnapshot({ db, cache, now }: DocumentDeps, slug: string): Promise<Snapshot> {
  return cache.get(slug, 'snapshot', async () => {
    const { row, view } = await readLetterWithRow({ db, now }, slug);
    const [translations, replies, { nextChangeAt, ...addressees }] = await Promise.all([translationsOf(db, row), publishedReplies(db, row.id), addresseeStates(db, row, now())]);
    // With no write to announce it, an open letter turns closed at its closing time, and an
    // addressee who was sent the letter turns "no reply" once the letter's wait is over.
    return { value: { letterId: row.id, view, translations, replies, addressees }, expiresAt: earliest(view.status === 'open' ? row.closesAt : null, nextChangeAt) };
  });
}

/** The letter as signing needs it, from the cache. */
export const cachedLetterForSigning = (deps: DocumentDeps) => async (slug: string) => {
  const { letterId, view } = await letterSnapshot(deps, slug);
  return { ...view, id: letterId };
};

/** The listed (not anonymous) public signatories in reading order for an interface language, once per change. */
function listed({ db, cache }: DocumentDeps, slug: string, letterId: string, language: string): Promise<Listed[]> {
  return cache.get(slug, `listed:${language}`, async () => {
    // Only what the public sees: half the columns, half the parsing on a letter with thousands.
    const rows = await db
      .select({ ...publicColumns, day: publicDay })
      .from(signatures)
      .where(isListed(letterId));
    return {
      value: order(
        rows.map((r) => toPublic(r, r.day)),
        language,
      ),
    };
  });
}

/**
 * What a reader asked for: ?lang= (`requested`), Accept-Language (`accepted`, most wanted first)
 * and the interface language found from both. The text follows ?lang=, then the interface
 * language, then Accept-Language, then the original; a letter with no Uyghur translation still
 * gets a Uyghur interface, its text marked with its own language.
 */
export interface ReaderLanguages {
  requested?: string;
  accepted: readonly string[];
  ui: string;
}

/** The letter's text in the reader's languages (see ReaderLanguages), with its direction. */
export function readerText(snap: Pick<Snapshot, 'view' | 'translations'>, reader: ReaderLanguages): LetterDocument['text'] {
  const negotiate = (available: string[]) => bestMatch([reader.ui], available) ?? bestMatch(reader.accepted, available) ?? false;
  const localized = localize(snap.view, snap.translations, reader.requested, negotiate);
  return { ...localized, dir: directionOf(localized.language) };
}

/** Everything the page, the CSV and the PDF show of a public letter, in the reader's languages. */
export async function letterDocument(deps: DocumentDeps, slug: string, reader: ReaderLanguages): Promise<LetterDocument> {
  const snap = await letterSnapshot(deps, slug);
  const text = readerText(snap, reader);
  const signatories = await listed(deps, slug, snap.letterId, reader.ui);
  const { revision, edition } = await deps.cache.get(slug, `revision:${text.language}:${reader.ui}`, async () => {
    const printed = [JSON.stringify(snap.view), JSON.stringify(text), reader.ui, JSON.stringify(signatories), JSON.stringify(snap.replies)];
    const summary = snap.addressees.groups.map((g) => [g.group, editionCounts(g)]);
    return {
      value: {
        revision: contentTag(...printed, JSON.stringify(snap.addressees)),
        edition: contentTag(...printed, String(snap.addressees.replyWaitDays), JSON.stringify(summary)),
      },
    };
  });
  return { letter: snap.view, text, ui: reader.ui, revision, edition, signatories, replies: snap.replies, addressees: snap.addressees };
}
