import { Piscina } from 'piscina';
import type { PdfHtml } from './html-worker.js';

// Under tsx (development, tests) this module is TypeScript, and so is the worker; compiled, both are JS.
const typescript = import.meta.url.endsWith('.ts');

/** A worker thread that renders PDF HTML off the event loop (see html-worker.ts). */
export class PdfHtmlPool {
  readonly #pool = new Piscina({
    filename: new URL(`./html-worker.${typescript ? 'ts' : 'js'}`, import.meta.url).href,
    execArgv: typescript ? ['--import', 'tsx'] : [],
    // One thread: Chromium needs the other core more than a second Handlebars does.
    maxThreads: 1,
    minThreads: 0,
    idleTimeout: 60_000,
  });

  render(model: object): Promise<PdfHtml> {
    return this.#pool.run(model) as Promise<PdfHtml>;
  }

  close(): Promise<void> {
    return this.#pool.destroy();
  }
}
