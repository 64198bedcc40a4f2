import site from './site.js';
import workspace from './workspace.js';

/** English: the source catalog. Public pages, mail and the PDF (site), and the organizers' pages. */
export default { ...site, ...workspace } as const;
