import en from './en/index.js';
import fr from './fr/index.js';
import de from './de/index.js';
import es from './es/index.js';
import it from './it/index.js';
import ru from './ru/index.js';
import uk from './uk/index.js';
import ar from './ar/index.js';
import zhHans from './zh-Hans/index.js';
import zhHant from './zh-Hant/index.js';
import ja from './ja/index.js';
import ug from './ug/index.js';
import bo from './bo/index.js';
import tr from './tr/index.js';
import cs from './cs/index.js';
import lt from './lt/index.js';

/** Every message id: the English catalog's keys (the source every other catalog translates). */
export type MessageKey = keyof typeof en;
/** A complete catalog: every key of the English one, none other. */
export type Catalog = Record<MessageKey, string>;

/**
 * The catalogs by interface language (see locales.ts): each translates the English one whole (the
 * test in test/unit/catalogs.test.ts holds them to it); a key a catalog lacks would be said in
 * English (messages.ts).
 */
export const CATALOGS: Record<string, Partial<Catalog>> = {
  en,
  fr,
  de,
  es,
  it,
  ru,
  uk,
  ar,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ja,
  ug,
  bo,
  tr,
  cs,
  lt,
};
