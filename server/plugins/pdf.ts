import fp from 'fastify-plugin';
import { PdfRenderer } from '../pdf/renderer.js';

declare module 'fastify' {
  interface FastifyInstance {
    pdf: PdfRenderer;
  }
}

/** Headless Chromium for PDFs (CHROMIUM_PATH, or Debian's headless shell), closed with the app. */
export default fp(
  async (app) => {
    const renderer = new PdfRenderer({ executablePath: app.config.chromiumPath, log: app.log });
    app.decorate('pdf', renderer);
    app.addHook('onClose', async () => renderer.close());
  },
  { name: 'pdf', dependencies: ['config'] },
);
