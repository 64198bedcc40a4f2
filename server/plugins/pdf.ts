import fp from 'fastify-plugin';
import { PdfHtmlPool } from '../pdf/html-pool.js';
import { PdfRenderer } from '../pdf/renderer.js';

declare module 'fastify' {
  interface FastifyInstance {
    pdf: PdfRenderer;
    /** Renders PDF HTML in a worker thread. */
    pdfHtml: PdfHtmlPool;
  }
}

/** Headless Chromium for PDFs (CHROMIUM_PATH, or Debian's headless shell), closed with the app. */
export default fp(
  async (app) => {
    const renderer = new PdfRenderer({ executablePath: app.config.chromiumPath, log: app.log });
    app.decorate('pdf', renderer);
    const html = new PdfHtmlPool();
    app.decorate('pdfHtml', html);
    app.addHook('onClose', async () => {
      await renderer.close();
      await html.close();
    });
  },
  { name: 'pdf', dependencies: ['config'] },
);
