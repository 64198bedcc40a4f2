import site from './site.js';

/** Spanish: the public pages, mail and PDF (site). */
export default { ...site };
