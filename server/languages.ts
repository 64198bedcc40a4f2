import { AppError, because } from './errors.js';

/** "ZH-hant" -> "zh-Hant": one spelling of each BCP 47 tag, so a letter's languages compare equal; 400 for what is not a tag. */
export function canonicalLanguage(tag: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical) return canonical;
  } catch {
    // Not a language tag: refused below.
  }
  throw because('languageTag', new AppError(400, 'VALIDATION_FAILED', `language: "${tag}" is not a valid language tag`, 'language'));
}
