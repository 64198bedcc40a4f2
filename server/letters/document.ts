import type { Db } from '../db/client.js';
import { bestMatch, directionOf } from '../i18n/locales.js';
import { signatures } from '../db/schema.js';
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
  /** Changes whenever anything the public sees of the letter changes: for ETags and the PDF cache. */
  revision: string;
  signatories: Listed[];
}

export interface DocumentDeps {
  db: Db;
  cache: PublicCache;
  /** The app's clock: an open letter past its closing time reads as closed. */
  now: () => Date;
}

interface Snapshot {
  letterId: string;
  view: LetterView;
  translations: TranslationView[];
}

/** The public letter with its counts and translations, once per change (see public-cache.ts). */
export function letterSnapshot({ db, cache, now }: DocumentDeps, slug: string): Promise<Snapshot> {
  return cache.get(slug, 'snapshot', async () => {
    const { row, view } = await readLetterWithRow({ db, now }, slug);
    const translations = await translationsOf(db, row);
    // An open letter turns closed at its closing time, with no write to announce it.
    return { value: { letterId: row.id, view, translations }, expiresAt: view.status === 'open' ? row.closesAt : null };
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

/** Everything the page, the CSV and the PDF show of a public letter, in the reader's languages. */
export async function letterDocument(deps: DocumentDeps, slug: string, reader: ReaderLanguages): Promise<LetterDocument> {
  const snap = await letterSnapshot(deps, slug);
  const negotiate = (available: string[]) => bestMatch([reader.ui], available) ?? bestMatch(reader.accepted, available) ?? false;
  const localized = localize(snap.view, snap.translations, reader.requested, negotiate);
  const text = { ...localized, dir: directionOf(localized.language) };
  const signatories = await listed(deps, slug, snap.letterId, reader.ui);
  const revision = await deps.cache.get(slug, `revision:${text.language}:${reader.ui}`, async () => ({
    value: contentTag(JSON.stringify(snap.view), JSON.stringify(text), reader.ui, JSON.stringify(signatories)),
  }));
  return { letter: snap.view, text, ui: reader.ui, revision, signatories };
}
