import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import pLimit from 'p-limit';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { bundledChromium, unpackBundledChromium } from './bundled-chromium.js';
import { fontconfigFile } from './fonts.js';

export class PdfUnavailableError extends Error {
  override name = 'PdfUnavailableError';
}

export interface PdfRendererOptions {
  /** The machine's Chromium at this path, or the one npm installed; undefined: none (503). */
  browser: { kind: 'system'; path: string } | { kind: 'bundled' } | undefined;
  /** Pages rendered at once (default one); the rest wait, so a burst of PDF requests cannot swamp the machine. */
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

/** Below requests: a render takes what the answers to signers leave of the machine. */
export const CHROMIUM_NICENESS = 10;
const NICE = ['/usr/bin/nice', '/bin/nice'].find((path) => existsSync(path));

/**
 * Chromium started through nice(1) where there is one: a wrapper that execs it, so the browser
 * and every process it forks (renderers included) inherit the lower priority. The wrapper holds
 * no user input: only the executable's own path, quoted.
 */
function nicedExecutable(executablePath: string): string {
  if (!NICE) return executablePath;
  const wrapper = join(mkdtempSync(join(tmpdir(), 'undersigned-chromium-')), 'chromium');
  writeFileSync(wrapper, `#!/bin/sh\nexec ${NICE} -n ${CHROMIUM_NICENESS} '${executablePath.replaceAll("'", "'\\''")}' "$@"\n`, { mode: 0o700 });
  return wrapper;
}

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
    this.#limit = pLimit(options.concurrency ?? 1);
  }

  async #executablePath(): Promise<string> {
    const { browser } = this.#options;
    if (browser?.kind === 'system') return browser.path;
    const bundled = bundledChromium();
    if (!bundled) throw new PdfUnavailableError('the bundled Chromium is gone: run npm ci');
    return unpackBundledChromium(bundled);
  }

  #launch(): Promise<Browser> {
    if (!this.#browser) {
      const { log } = this.#options;
      if (!this.#options.browser) {
        return Promise.reject(new PdfUnavailableError('no Chromium found: install chromium-headless-shell, set CHROMIUM_PATH, or run npm ci'));
      }
      const launching = this.#executablePath().then(async (executablePath) => {
        const browser = await puppeteer.launch({
          executablePath: nicedExecutable(executablePath),
          headless: 'shell',
          args: ARGS,
          userDataDir: undefined,
          // Our fonts only, whichever Chromium and whatever the machine has (see fonts.ts).
          env: { ...process.env, FONTCONFIG_FILE: fontconfigFile(), FONTCONFIG_PATH: undefined },
        });
        log.info({ browser: await browser.version(), executablePath, niceness: NICE ? CHROMIUM_NICENESS : 0 }, 'pdf: Chromium started');
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
    return this.#withPage(html, async (page) => {
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
    });
  }

  /** A picture of the document at this size (the share cards), as PNG. */
  screenshot(html: string, size: { width: number; height: number }): Promise<Buffer> {
    return this.#withPage(html, async (page) => Buffer.from(await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size } })), size);
  }

  /** A page holding the document, with JavaScript off, every request refused and its fonts loaded. */
  #withPage<T>(html: string, use: (page: Page) => Promise<T>, viewport?: { width: number; height: number }): Promise<T> {
    return this.#limit(async () => {
      const browser = await this.#launch().catch((err: unknown) => {
        throw err instanceof PdfUnavailableError ? err : new PdfUnavailableError(`Chromium did not start: ${(err as Error).message}`);
      });
      const page = await browser.newPage();
      try {
        await page.setJavaScriptEnabled(false);
        if (viewport) await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const url = request.url();
          if (url.startsWith('data:') || url === 'about:blank') void request.continue();
          else void request.abort();
        });
        await page.setContent(html, { waitUntil: 'load' });
        // Chromium loads a web font only when layout meets its characters, and printing does not
        // wait for it (text in a font still loading prints blank): load every face first. The
        // document holds only the faces its characters need (fonts.ts).
        await page.evaluate('Promise.all(Array.from(document.fonts, (face) => face.load())).then(() => document.fonts.ready).then(() => true)');
        return await use(page);
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
