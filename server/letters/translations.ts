import { canonicalLanguage } from '../languages.js';
import { bestMatch } from '../i18n/locales.js';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { letters, letterTranslations } from '../db/schema.js';
import { AppError } from '../errors.js';
import { reachLetter } from './access.js';
import type { LetterDeps } from './service.js';
import { renderMarkdown } from './markdown.js';
import { type Outcome, outcome } from '../effects.js';
import type { TranslationInput, TranslationView } from './schemas.js';

type LetterRow = typeof letters.$inferSelect;

const view = (row: typeof letterTranslations.$inferSelect): TranslationView => ({
  language: row.language,
  title: row.title,
  body: row.body,
  bodyHtml: row.bodyHtml,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

/** Adds or replaces the letter's text in one language (organizers of the letter only). */
export async function saveTranslation({ db, now }: LetterDeps, organizerId: string, slug: string, input: TranslationInput): Promise<Outcome<TranslationView>> {
  const at = now();
  const language = canonicalLanguage(input.language);
  return db.transaction(async (tx) => {
    const { row: letter } = await reachLetter(tx, slug, { as: 'organizer', organizerId, can: 'edit' });
    if (language.toLowerCase() === letter.language.toLowerCase()) {
      throw new AppError(400, 'VALIDATION_FAILED', "language: this is the letter's own language; edit the letter instead", 'language');
    }
    const values = { title: input.title.trim(), body: input.body, bodyHtml: renderMarkdown(input.body), version: letter.version };
    const [row] = await tx
      .insert(letterTranslations)
      .values({ letterId: letter.id, language, ...values, updatedAt: at })
      .onConflictDoUpdate({ target: [letterTranslations.letterId, letterTranslations.language], set: { ...values, updatedAt: at } })
      .returning();
    await tx.update(letters).set({ updatedAt: at }).where(eq(letters.id, letter.id));
    if (!row) throw new Error('upsert returned no translation');
    return outcome(view(row), { refresh: [letter.slug] });
  });
}

export async function translationsOf(db: Db, letterId: string) {
  const rows = await db.select().from(letterTranslations).where(eq(letterTranslations.letterId, letterId)).orderBy(asc(letterTranslations.language));
  return rows.map(view);
}

export interface LocalizedText {
  language: string;
  title: string;
  bodyHtml: string;
  /** Every language the letter can be read in, the original first. */
  languages: string[];
  /** The translation translates an earlier version than the current text. */
  outdated: boolean;
}

/**
 * The text in the language asked for (?lang=, then Accept-Language via `negotiate`), falling back
 * to the letter's own; an unknown language is not an error.
 */
export function localize(
  letter: Pick<LetterRow, 'language' | 'title' | 'bodyHtml' | 'version'>,
  translations: TranslationView[],
  requested: string | undefined,
  negotiate: (available: string[]) => string | false,
): LocalizedText {
  const languages = [letter.language, ...translations.map((t) => t.language)];
  // CLDR's language matching: ?lang=zh-TW finds the zh-Hant text, ?lang=fr-CA the fr one.
  const pick = (requested && bestMatch([requested], languages)) || negotiate(languages) || letter.language;
  const t = translations.find((x) => x.language === pick);
  return t
    ? { language: t.language, title: t.title, bodyHtml: t.bodyHtml, languages, outdated: t.version < letter.version }
    : { language: letter.language, title: letter.title, bodyHtml: letter.bodyHtml, languages, outdated: false };
}
