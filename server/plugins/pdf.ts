import fp from 'fastify-plugin';
import { PdfCache } from '../letters/dossier.js';
import { PdfHtmlPool } from '../pdf/html-pool.js';
import { bundledChromium } from '../pdf/bundled-chromium.js';
import { fontSummary } from '../pdf/fonts.js';
import { PdfRenderer } from '../pdf/renderer.js';

declare module 'fastify' {
  interface FastifyInstance {
    pdf: PdfRenderer;
    /** Renders PDF HTML in a worker thread. */
    pdfHtml: PdfHtmlPool;
    /** Finished letter PDFs by revision, shared by the PDF route and the deliveries. */
    pdfCache: PdfCache;
  }
}

/** Headless Chromium for PDFs (PDF_BROWSER: the machine's, or npm's), closed with the app; and the cache of finished ones. */
export default fp(
  async (app) => {
    const { pdfBrowser, chromiumPath } = app.config;
    const browser = pdfBrowser === 'system' && chromiumPath ? { kind: 'system' as const, path: chromiumPath } : pdfBrowser === 'bundled' ? { kind: 'bundled' as const } : undefined;
    if (browser) {
      const name = browser.kind === 'system' ? browser.path : `@sparticuz/chromium ${bundledChromium()?.version} (npm)`;
      app.log.info({ browser: name, fonts: fontSummary() }, `pdf: ${browser.kind} Chromium ${name}; fonts from npm and fonts/ only`);
    } else {
      app.log.warn('pdf: no Chromium (install chromium-headless-shell, set CHROMIUM_PATH, or run npm ci): PDFs answer 503');
    }
    const renderer = new PdfRenderer({ browser, log: app.log });
    app.decorate('pdf', renderer);
    const html = new PdfHtmlPool();
    app.decorate('pdfHtml', html);
    app.decorate('pdfCache', new PdfCache());
    app.addHook('onClose', async () => {
      await renderer.close();
      await html.close();
    });
  },
  { name: 'pdf', dependencies: ['config'] },
);
