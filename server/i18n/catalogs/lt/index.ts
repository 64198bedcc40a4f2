import site from './site.js';

/** Lithuanian: the public pages, mail and PDF (site). */
export default { ...site };
