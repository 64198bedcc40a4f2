import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
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
