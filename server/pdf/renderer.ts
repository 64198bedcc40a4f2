import type { FastifyBaseLogger } from 'fastify';
import pLimit from 'p-limit';
import puppeteer, { type Browser } from 'puppeteer-core';

export class PdfUnavailableError extends Error {
  override name = 'PdfUnavailableError';
}

export interface PdfRendererOptions {
  executablePath: string | undefined;
  /** Pages rendered at once; the rest wait, so a burst of PDF requests cannot swamp the machine. */
  concurrency?: number;
  log: FastifyBaseLogger;
}

const ARGS = [
  '--no-sandbox', // the service may run as root in a container; pages hold only our own escaped HTML
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

/**
 * HTML to PDF with one headless Chromium per process, launched on first use and again if it
 * dies. Rendering runs in Chromium's own processes, so the event loop only waits on I/O; pages
 * have JavaScript off and every network request refused.
 */
export class PdfRenderer {
  readonly #options: PdfRendererOptions;
  readonly #limit: ReturnType<typeof pLimit>;
  #browser: Promise<Browser> | undefined;

  constructor(options: PdfRendererOptions) {
    this.#options = options;
    this.#limit = pLimit(options.concurrency ?? 2);
  }

  #launch(): Promise<Browser> {
    if (!this.#browser) {
      const { executablePath, log } = this.#options;
      if (!executablePath) {
        return Promise.reject(new PdfUnavailableError('no Chromium found: install chromium-headless-shell or set CHROMIUM_PATH'));
      }
      const launching = puppeteer
        .launch({ executablePath, headless: 'shell', args: ARGS, userDataDir: undefined })
        .then((browser) => {
          browser.on('disconnected', () => {
            if (this.#browser !== launching) return; // closed on purpose
            this.#browser = undefined;
            log.warn('pdf: Chromium went away; the next render starts a new one');
          });
          return browser;
        });
      launching.catch((err: unknown) => {
        if (this.#browser === launching) this.#browser = undefined;
        log.error({ err }, 'pdf: Chromium did not start');
      });
      this.#browser = launching;
    }
    return this.#browser;
  }

  /** The footer is its own small HTML document, printed in every page's bottom margin. */
  render({ html, footer }: { html: string; footer: string }): Promise<Buffer> {
    return this.#limit(async () => {
      const browser = await this.#launch().catch((err: unknown) => {
        throw err instanceof PdfUnavailableError ? err : new PdfUnavailableError(`Chromium did not start: ${(err as Error).message}`);
      });
      const page = await browser.newPage();
      try {
        await page.setJavaScriptEnabled(false);
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const url = request.url();
          if (url.startsWith('data:') || url === 'about:blank') void request.continue();
          else void request.abort();
        });
        await page.setContent(html, { waitUntil: 'load' });
        // A running footer of Chromium's, not an @page margin box: the title stays HTML, out of CSS.
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          tagged: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footer,
        });
        return Buffer.from(pdf);
      } finally {
        await page.close().catch(() => {});
      }
    });
  }

  async close(): Promise<void> {
    const browser = await this.#browser?.catch(() => undefined);
    this.#browser = undefined;
    await browser?.close().catch(() => {});
  }
}
