import site from './site.js';

/** Arabic: the public pages, mail and PDF (site). */
export default { ...site };
