import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlebars } from '../handlebars.js';
import { paths } from '../paths.js';

/**
 * Runs in a worker thread (html-pool.ts): turns a PDF's model into its HTML, so that rendering
 * thousands of names never holds up the event loop that answers requests.
 */
const template = createHandlebars().compile(readFileSync(join(paths.templates, 'pdf', 'letter.hbs'), 'utf8'));

export default function renderPdfHtml(model: Record<string, unknown>): string {
  return template(model);
}
