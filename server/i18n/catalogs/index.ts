import en from './en/index.js';
import fr from './fr/site.js';
import de from './de/site.js';
import es from './es/site.js';
import it from './it/site.js';
import ar from './ar/site.js';
import bo from './bo/site.js';
import tr from './tr/site.js';
import lt from './lt/site.js';

/** Every message id: the English catalog's keys (the source every other catalog translates). */
export type MessageKey = keyof typeof en;
/** A complete catalog: every key of the English one, none other. */
export type Catalog = Record<MessageKey, string>;

/**
 * The catalogs by interface language (see locales.ts). Each translates the site catalog (public
 * pages, signers' mail, the PDF) whole; the organizers' pages (ws.*) are translated to none yet,
 * and a key a catalog lacks is said in English (messages.ts).
 */
export const CATALOGS: Record<string, Partial<Catalog>> = { en, fr, de, es, it, ar, bo, tr, lt };
