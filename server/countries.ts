import countries from 'i18n-iso-countries';
import { CATALOG_COUNTRY_NAMES } from './i18n/country-names.js';

export interface CountryOption {
  code: string;
  name: string;
}

const byLanguage = new Map<string, CountryOption[]>();

function displayNames(language: string): Intl.DisplayNames {
  try {
    return new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' });
  } catch {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  }
}

/** A country's name in the reader's language (ICU's data, or the catalog's), e.g. "DE" -> "Allemagne" in French. */
export function countryName(code: string, language = 'en'): string {
  return CATALOG_COUNTRY_NAMES[language]?.[code] ?? displayNames(language).of(code) ?? code;
}

/** Every ISO 3166-1 alpha-2 country, named and sorted in the given language. */
export function countryOptions(language = 'en'): CountryOption[] {
  let list = byLanguage.get(language);
  if (!list) {
    const names = displayNames(language);
    const collator = new Intl.Collator(language);
    list = Object.keys(countries.getAlpha2Codes())
      .map((code) => ({ code, name: CATALOG_COUNTRY_NAMES[language]?.[code] ?? names.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.name, b.name));
    byLanguage.set(language, list);
  }
  return list;
}
