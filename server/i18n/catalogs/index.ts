import en from './en/index.js';

/** Every message id: the English catalog's keys (the source every other catalog translates). */
export type MessageKey = keyof typeof en;
/** A complete catalog: every key of the English one, none other (the type checker holds it). */
export type Catalog = Record<MessageKey, string>;

/** The catalogs by interface language (see locales.ts). */
export const CATALOGS: Record<string, Catalog> = { en };
