import site from './site.js';

/** Turkish: the public pages, mail and PDF (site). */
export default { ...site };
