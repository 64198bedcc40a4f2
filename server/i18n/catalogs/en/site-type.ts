import type site from './site.js';

/** A complete translation of the site catalog: every key of the English one, none other. */
export type SiteCatalog = Record<keyof typeof site, string>;
