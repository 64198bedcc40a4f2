import bo from './catalogs/bo/countries.js';

/**
 * Country names the catalogs provide where ICU has none (Tibetan: ICU names 10 of 250). Keyed by
 * interface language, then ISO 3166-1 alpha-2 code; ICU's names are used for everything else.
 */
export const CATALOG_COUNTRY_NAMES: Record<string, Record<string, string>> = { bo };
