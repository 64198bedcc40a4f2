import { LRUCache } from 'lru-cache';
import { match } from '@formatjs/intl-localematcher';

/** An interface language: its tag, its own name (for the switcher) and its writing direction. */
export interface Locale {
  code: string;
  /** The language's name in itself: a reader looks for their own, not ours. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** The interface languages, English first (the fallback and the source of every catalog). */
export const LOCALES: readonly Locale[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'zh-Hans', name: '简体中文', dir: 'ltr' },
  { code: 'zh-Hant', name: '繁體中文', dir: 'ltr' },
  { code: 'ja', name: '日本語', dir: 'ltr' },
  { code: 'ug', name: 'ئۇيغۇرچە', dir: 'rtl' },
  { code: 'bo', name: 'བོད་ཡིག', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'cs', name: 'Čeština', dir: 'ltr' },
  { code: 'lt', name: 'Lietuvių', dir: 'ltr' },
];

export const DEFAULT_LOCALE = LOCALES[0]!;
const CODES = LOCALES.map((l) => l.code);
const BY_CODE = new Map(LOCALES.map((l) => [l.code, l]));

export const localeOf = (code: string): Locale => BY_CODE.get(code) ?? DEFAULT_LOCALE;

// Scripts written right to left, for a letter's text in a language the interface does not have.
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/**
 * Answers by the question asked: ICU's locale maximizing and matching cost more than the rest of
 * a cached page's request, and readers ask the same few questions over and over. Bounded, since
 * the questions come from Accept-Language and ?lang=.
 */
const remembered = <T extends {}>(compute: (key: string) => T) => {
  const answers = new LRUCache<string, T>({ max: 2000 });
  return (key: string): T => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      answers.set(key, answer);
    }
    return answer;
  };
};

/** The writing direction of any language tag ("ug" and "fa" rtl, "az-Arab" rtl, "az" ltr). */
export const directionOf: (tag: string) => 'ltr' | 'rtl' = remembered((tag) => {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
});

/** Tags that parse, in the order given; nonsense is skipped rather than failing the whole match. */
function wellFormed(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    try {
      out.push(...Intl.getCanonicalLocales(tag));
    } catch {
      // Not a language tag: skipped.
    }
  }
  return out;
}

/**
 * The best of `available` for what the reader asked for, by CLDR's language matching ("zh-TW" and
 * "zh-HK" find "zh-Hant", "zh-SG" finds "zh-Hans", "ug-CN" finds "ug"); undefined when none is close.
 */
export function bestMatch(requested: readonly string[], available: readonly string[]): string | undefined {
  const found = matches(JSON.stringify([requested, available]));
  return found === '' ? undefined : found;
}

const matches = remembered((key) => {
  const [requested, available] = JSON.parse(key) as [string[], string[]];
  return computeBestMatch(requested, available) ?? '';
});

function computeBestMatch(requested: readonly string[], available: readonly string[]): string | undefined {
  const asked = wellFormed(requested);
  if (!asked.length || !available.length) return undefined;
  // "und" (undetermined) as the default: no interface or letter language is tagged so.
  let found: string;
  try {
    found = match(asked, [...available], 'und', { algorithm: 'best fit' });
  } catch {
    return undefined;
  }
  return found === 'und' ? undefined : available.find((a) => a.toLowerCase() === found.toLowerCase());
}

/**
 * The interface language: ?lang= when the interface has it (or one close), then Accept-Language
 * (`accepted`, most wanted first), then English.
 */
export function interfaceLocale(lang: string | undefined, accepted: readonly string[]): Locale {
  const code = (lang && bestMatch([lang], CODES)) || bestMatch(accepted, CODES);
  return code ? localeOf(code) : DEFAULT_LOCALE;
}

/** A language's name in itself ("ئۇيغۇرچە", "português"): the interface's own list, then ICU's. */
export function ownName(tag: string): string {
  const known = BY_CODE.get(tag);
  if (known) return known.name;
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
