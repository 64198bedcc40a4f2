import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { projectRoot } from '../../server/paths.js';

/** Screenshots and other things a person may want to look at after a run. */
export const ARTIFACTS = join(projectRoot, 'test-artifacts');

/** Debian's headless Chromium, as the app uses it for PDFs; nothing is downloaded. */
export async function launchBrowser(executablePath: string | undefined): Promise<Browser> {
  if (!executablePath) throw new Error('no Chromium: apt-get install chromium-headless-shell (see .ci/run)');
  mkdirSync(ARTIFACTS, { recursive: true });
  return puppeteer.launch({
    executablePath,
    headless: 'shell',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** axe-core's findings on the page as it stands, those that keep someone from using it (serious, critical). */
export async function accessibilityViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const { source } = await import('axe-core');
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(source);
  const results = (await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
