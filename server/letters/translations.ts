import { canonicalLanguage } from '../languages.js';
import { bestMatch } from '../i18n/locales.js';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { letters, letterTranslationRevisions, letterTranslations } from '../db/schema.js';
import { AppError, because } from '../errors.js';
import { reachLetter } from './access.js';
import { changesBetween, type LetterDeps } from './service.js';
import { renderMarkdown } from './markdown.js';
import { type Outcome, outcome } from '../effects.js';
import type { TranslationInput, TranslationRevisionView, TranslationView } from './schemas.js';

type LetterRow = typeof letters.$inferSelect;

/** A translation as the API shows it; `letterVersion` (the original's current version) tells whether it is outdated. */
const view = (row: typeof letterTranslations.$inferSelect, letterVersion: number): TranslationView => ({
  language: row.language,
  title: row.title,
  body: row.body,
  bodyHtml: row.bodyHtml,
  addressee: row.addressee,
  version: row.version,
  basedOnVersion: row.version,
  revision: row.revision,
  outdated: row.version < letterVersion,
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * Adds or replaces the letter's text in one language (organizers of the letter only), and records
 * the text as the translation's next revision, in one transaction. A translation renders the
 * original, which signers consented to: saving one makes no version and asks no one to consent.
 */
export async function saveTranslation({ db, now }: LetterDeps, organizerId: string, slug: string, input: TranslationInput): Promise<Outcome<TranslationView>> {
  const at = now();
  const language = canonicalLanguage(input.language);
  return db.transaction(async (tx) => {
    // Locked: an edit of the original cannot slip between the check of basedOnVersion and the
    // save, and two saves of one language number their revisions one after the other.
    const { row: letter } = await reachLetter(tx, slug, { as: 'organizer', organizerId, can: 'edit' }, { forUpdate: true });
    if (language.toLowerCase() === letter.language.toLowerCase()) {
      throw because('ownLanguage', new AppError(400, 'VALIDATION_FAILED', "language: this is the letter's own language; edit the letter instead", 'language'));
    }
    const basedOnVersion = input.basedOnVersion ?? letter.version;
    if (basedOnVersion > letter.version) {
      throw new AppError(400, 'VALIDATION_FAILED', `basedOnVersion: the letter has no version ${basedOnVersion} yet (its current version is ${letter.version})`, 'basedOnVersion');
    }
    const values = {
      title: input.title.trim(),
      body: input.body,
      bodyHtml: renderMarkdown(input.body),
      addressee: input.addressee?.trim() || null,
      version: basedOnVersion,
    };
    const [row] = await tx
      .insert(letterTranslations)
      .values({ letterId: letter.id, language, ...values, revision: 1, updatedAt: at })
      .onConflictDoUpdate({
        target: [letterTranslations.letterId, letterTranslations.language],
        set: { ...values, revision: sql`${letterTranslations.revision} + 1`, updatedAt: at },
      })
      .returning();
    if (!row) throw new Error('upsert returned no translation');
    await tx.insert(letterTranslationRevisions).values({
      letterId: letter.id,
      language,
      revision: row.revision,
      basedOnVersion,
      title: values.title,
      addressee: values.addressee,
      body: values.body,
      bodyHtml: values.bodyHtml,
      createdAt: at,
    });
    await tx.update(letters).set({ updatedAt: at }).where(eq(letters.id, letter.id));
    return outcome(view(row, letter.version), { refresh: [letter.slug] });
  });
}

/** The letter's translations, by language; `letter.version` is the original's current version. */
export async function translationsOf(db: Db, letter: Pick<LetterRow, 'id' | 'version'>) {
  const rows = await db.select().from(letterTranslations).where(eq(letterTranslations.letterId, letter.id)).orderBy(asc(letterTranslations.language));
  return rows.map((row) => view(row, letter.version));
}

const REVISED = ['title', 'addressee', 'body'] as const;

/** The public history of the letter's translations: every revision, by language, each with what changed from the one before. */
export async function listTranslationRevisions(db: Db, slug: string): Promise<TranslationRevisionView[]> {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  const rows = await db
    .select()
    .from(letterTranslationRevisions)
    .where(eq(letterTranslationRevisions.letterId, letter.id))
    .orderBy(asc(letterTranslationRevisions.language), asc(letterTranslationRevisions.revision));
  return rows.map((row, i) => {
    const before = rows[i - 1];
    return {
      language: row.language,
      revision: row.revision,
      basedOnVersion: row.basedOnVersion,
      createdAt: row.createdAt.toISOString(),
      title: row.title,
      addressee: row.addressee,
      body: row.body,
      changes: before && before.language === row.language ? changesBetween(before, row, REVISED) : null,
    };
  });
}

export interface LocalizedText {
  language: string;
  title: string;
  bodyHtml: string;
  /** Whom the letter is addressed to in this language: the translation's, or else the original's. */
  addressee: string;
  /** Every language the letter can be read in, the original first. */
  languages: string[];
  /** The version of the original this text renders (the current version, for the original). */
  basedOnVersion: number;
  /** The original's current version. */
  currentVersion: number;
  /** The translation translates an earlier version than the current text. */
  outdated: boolean;
}

/**
 * The text in the language asked for (?lang=, then Accept-Language via `negotiate`), falling back
 * to the letter's own; an unknown language is not an error.
 */
export function localize(
  letter: Pick<LetterRow, 'language' | 'title' | 'bodyHtml' | 'version' | 'addressee'>,
  translations: TranslationView[],
  requested: string | undefined,
  negotiate: (available: string[]) => string | false,
): LocalizedText {
  const languages = [letter.language, ...translations.map((t) => t.language)];
  // CLDR's language matching: ?lang=zh-TW finds the zh-Hant text, ?lang=fr-CA the fr one.
  const pick = (requested && bestMatch([requested], languages)) || negotiate(languages) || letter.language;
  const t = translations.find((x) => x.language === pick);
  const currentVersion = letter.version;
  return t
    ? {
        language: t.language,
        title: t.title,
        bodyHtml: t.bodyHtml,
        addressee: t.addressee ?? letter.addressee,
        languages,
        basedOnVersion: t.basedOnVersion,
        currentVersion,
        outdated: t.basedOnVersion < currentVersion,
      }
    : { language: letter.language, title: letter.title, bodyHtml: letter.bodyHtml, addressee: letter.addressee, languages, basedOnVersion: currentVersion, currentVersion, outdated: false };
}
