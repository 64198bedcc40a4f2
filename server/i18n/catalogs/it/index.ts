import site from './site.js';

/** Italian: the public pages, mail and PDF (site). */
export default { ...site };
