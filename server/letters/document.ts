import type { Db } from '../db/client.js';
import { signatures } from '../db/schema.js';
import { isListed, publicColumns, publicDay, toPublic } from '../signatures/visibility.js';

import { contentTag, type PublicCache } from './public-cache.js';
import type { LetterView, TranslationView } from './schemas.js';
import { readLetterWithRow } from './service.js';
import { type Listed, order } from './signatories.js';
import { type LocalizedText, localize, translationsOf } from './translations.js';

export interface LetterDocument {
  letter: LetterView;
  text: LocalizedText;
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

/** The listed (not anonymous) public signatories in reading order for a language, once per change. */
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

/** Everything the page, the CSV and the PDF show of a public letter, in the reader's language. */
export async function letterDocument(deps: DocumentDeps, slug: string, language: { requested?: string; negotiate: (available: string[]) => string | false }): Promise<LetterDocument> {
  const snap = await letterSnapshot(deps, slug);
  const text = localize(snap.view, snap.translations, language.requested, language.negotiate);
  const signatories = await listed(deps, slug, snap.letterId, text.language);
  const revision = await deps.cache.get(slug, `revision:${text.language}`, async () => ({ value: contentTag(JSON.stringify(snap.view), JSON.stringify(text), JSON.stringify(signatories)) }));
  return { letter: snap.view, text, revision, signatories };
}
