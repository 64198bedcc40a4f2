import site from './site.js';

/** Tibetan: the public pages, mail and PDF (site). */
export default { ...site };
