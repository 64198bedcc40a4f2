import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import { bundledChromium, unpackBundledChromium } from '../../server/pdf/bundled-chromium.js';
import { fontconfigFile } from '../../server/pdf/fonts.js';

/** Screenshots and other things a person may want to look at after a run. */
export const ARTIFACTS = join(projectRoot, 'test-artifacts');

/**
 * The Chromium the app prints PDFs with: the machine's (Debian's headless shell) when it has one,
 * otherwise the one `npm ci` brings, with the app's own fonts; nothing is downloaded.
 */
export async function launchBrowser(executablePath: string | undefined): Promise<Browser> {
  const bundled = executablePath ? undefined : bundledChromium();
  if (!executablePath && !bundled) throw new Error('no Chromium: install chromium-headless-shell, or run npm ci for the bundled one');
  mkdirSync(ARTIFACTS, { recursive: true });
  return puppeteer.launch({
    executablePath: executablePath ?? (await unpackBundledChromium(bundled!)),
    headless: 'shell',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    // A machine without fonts of its own still shows text: the fonts the PDFs use.
    ...(bundled ? { env: { ...process.env, FONTCONFIG_FILE: fontconfigFile(), FONTCONFIG_PATH: undefined } } : {}),
  });
}

/**
 * A real browser, and the file's app listening for it on a port of its own: launched before the
 * file's tests, closed after them. `web.base` is the app's address.
 */
export function useBrowser(ctx: { app: { listen(options: { port: number; host: string }): Promise<unknown>; server: { address(): unknown } }; config: { chromiumPath: string | undefined } }) {
  const web = { browser: undefined as unknown as Browser, base: '' };
  beforeAll(async () => {
    web.browser = await launchBrowser(ctx.config.chromiumPath);
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    web.base = `http://127.0.0.1:${(ctx.app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await web.browser?.close();
  });
  return web;
}

/** axe-core's findings on the page as it stands: all of them, or (`serious`) those that keep someone from using it. */
export async function accessibilityViolations(page: Page, { serious = false } = {}): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const { source } = await import('axe-core');
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(source);
  const results = (await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return results.violations.filter((v) => !serious || v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
