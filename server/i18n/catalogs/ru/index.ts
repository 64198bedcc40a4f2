import site from './site.js';

/** Russian: the public pages, mail and PDF (site). */
export default { ...site };
