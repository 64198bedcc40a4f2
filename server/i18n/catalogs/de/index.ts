import site from './site.js';

/** German: the public pages, mail and PDF (site). */
export default { ...site };
