import site from './site.js';

/** French: the public pages, mail and PDF (site). */
export default { ...site };
