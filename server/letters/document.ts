import type { Db } from '../db/client.js';
import type { LetterView } from './schemas.js';
import { readLetterWithRow } from './service.js';
import { type Listed, listedSignatories, listRevision } from './signatories.js';
import { type LocalizedText, localize } from './translations.js';

export interface LetterDocument {
  letter: LetterView;
  text: LocalizedText;
  /** Changes whenever the text, a translation or the public list changes: for ETags and caches. */
  revision: string;
  signatories: Listed[];
}

/** Everything the page, the CSV and the PDF show of a public letter, in the reader's language. */
export async function letterDocument(
  db: Db,
  slug: string,
  language: { requested?: string; negotiate: (available: string[]) => string | false },
): Promise<LetterDocument> {
  const { row, view: letter } = await readLetterWithRow({ db }, slug);
  const id = row.id;
  const [text, listRev] = await Promise.all([
    localize(db, { id, language: letter.language, title: letter.title, bodyHtml: letter.bodyHtml, version: letter.version }, language.requested, language.negotiate),
    listRevision(db, id),
  ]);
  const revision = `${letter.version}|${row.updatedAt.toISOString()}|${letter.status}|${text.language}|${listRev}`;
  const signatories = await listedSignatories(db, id, text.language, listRev);
  return { letter, text, revision, signatories };
}
