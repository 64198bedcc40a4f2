import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { createHandlebars } from '../handlebars.js';
import { paths } from '../paths.js';
import { fontFaceCss } from './fonts.js';

/**
 * Runs in a worker thread (html-pool.ts): turns a PDF's model into its HTML, so that rendering
 * thousands of names never holds up the event loop that answers requests.
 */
// Below requests, as Chromium is (renderer.ts). On Linux a priority is a thread's own, so this
// lowers this worker thread alone; where it is not permitted the thread runs as it is.
try {
  setPriority(10);
} catch {
  // not permitted here
}

const hbs = createHandlebars();
const compile = (name: string) => hbs.compile(readFileSync(join(paths.templates, 'pdf', name), 'utf8'));
const letter = compile('letter.hbs');
const footer = compile('footer.hbs');
const card = compile('card.hbs');

/** The document, and its running footer (Chromium prints it on every page). */
export interface PdfHtml {
  html: string;
  footer: string;
}

export default function renderPdfHtml(model: Record<string, unknown>): PdfHtml {
  // The share card: one page, no footer (card.ts).
  if (model.template === 'card') {
    const html = card(model);
    return { html: html.replace('</head>', () => `<style>\n${fontFaceCss(html)}\n</style>\n</head>`), footer: '' };
  }
  const html = letter(model);
  const footerHtml = footer(model);
  // The fonts for the document's characters go after its own <head> (the first "</head>": the text
  // before it, the title, is escaped and holds no "<"). The footer is a document of its own, in
  // Noto Sans and its fallbacks.
  const fonts = `<style>\n${fontFaceCss(html)}\n</style>\n</head>`;
  return { html: html.replace('</head>', () => fonts), footer: `<style>\n${fontFaceCss(footerHtml, ['Noto Sans'])}\n</style>\n${footerHtml}` };
}
