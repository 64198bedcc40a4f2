import site from './site.js';

/** Czech: the public pages, mail and PDF (site). */
export default { ...site };
