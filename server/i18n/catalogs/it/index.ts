import site from './site.js';
import workspace from './workspace.js';

/** Italian: the public pages, mail and PDF (site) and the organizers’ pages. */
export default { ...site, ...workspace };
