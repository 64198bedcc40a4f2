import site from './site.js';

/** Ukrainian: the public pages, mail and PDF (site). */
export default { ...site };
