import type site from './site.js';
import type workspace from './workspace.js';

/** A complete translation of the site catalog: every key of the English one, none other. */
export type SiteCatalog = Record<keyof typeof site, string>;
/** A complete translation of the organizers' catalog (ws.*): every key of the English one, none other. */
export type WorkspaceCatalog = Record<keyof typeof workspace, string>;
