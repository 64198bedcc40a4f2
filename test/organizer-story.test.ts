import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { addOrganizer } from '../server/organizers/service.js';
import { DRIVER, openTestDatabase, testConfig, uniq } from './helpers/app.js';
import { ARTIFACTS, launchBrowser } from './helpers/browser.js';
import { freePort } from './helpers/process.js';
import { TestSmtp } from './helpers/smtp.js';

/**
 * The whole story in a real browser: an organizer signs in with the mailed link, drafts and
 * publishes a letter; a signer signs through the form and confirms through the mailed link; the
 * public page lists them; the PDF downloads. A screenshot of each step lands in test-artifacts/.
 */
let app: FastifyInstance;
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let smtp: TestSmtp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  smtp = await new TestSmtp().start();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const config = testConfig({ PUBLIC_URL: base, SMTP_URL: smtp.url });
  database = await openTestDatabase(config);
  app = await buildApp(config, { database, logger: false, outbox: { pollMs: 50 }, maintenance: { intervalMs: 0 } });
  await app.listen({ port, host: '127.0.0.1' });
  browser = await launchBrowser(config.chromiumPath);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await database?.close();
  await smtp?.close();
});

let step = 0;
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `story-${DRIVER}-${++step}-${name}.png`), fullPage: true });

async function linkIn(email: string, kind: string, count = 1) {
  const mails = await smtp.waitFor(email, count);
  const match = new RegExp(`${base}/${kind}/[\\w-]+`).exec(mails.at(-1)!.text);
  if (!match) throw new Error(`no ${kind} link for ${email}`);
  return match[0];
}

describe('an organizer and a signer, in a browser', () => {
  it('sign in, draft, publish; sign, confirm; the list and the PDF', async () => {
    const organizerEmail = `${uniq('organizer')}@example.org`;
    await addOrganizer({ db: app.db, tokens: app.tokens }, { email: organizerEmail, name: 'Ada Organizer' });

    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    // Sign in with the link from the mail.
    await page.goto(`${base}/login`);
    await page.type('input[name=email]', organizerEmail);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    await shot(page, 'link-sent');
    await page.goto(await linkIn(organizerEmail, 'login'));
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(page.url()).toBe(`${base}/organize`);
    await shot(page, 'dashboard');

    // Draft and publish.
    await Promise.all([page.waitForNavigation(), page.click('a[href="/organize/new"]')]);
    const title = `Appeal to Interpol member states ${uniq('s')}`;
    await page.type('input[name=title]', title);
    await page.type('input[name=addressee]', 'The member states of Interpol');
    await page.type('textarea[name=body]', 'We, the undersigned, urge you **not to elect** the candidate.');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/organize/new"] button[type=submit]')]);
    expect(await page.$eval('.notice-ok', (el) => el.textContent)).toBe('Draft saved');
    await shot(page, 'draft');
    // Publishing asks first, on a page that says what it will do.
    await Promise.all([page.waitForNavigation(), page.click('a[href$="/publish"]')]);
    expect(await page.$eval('.confirm h2', (el) => el.textContent)).toBe('Publish the letter?');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/publish"] button')]);
    expect(await page.$eval('.notice-ok', (el) => el.textContent)).toBe('The letter is open: anyone can sign');
    const slug = new URL(page.url()).pathname.split('/').at(-1)!;
    await shot(page, 'published');

    // A signer, in a browser of their own.
    const context = await browser.createBrowserContext();
    const signer = await context.newPage();
    await signer.setViewport({ width: 390, height: 844 });
    const signerEmail = `${uniq('signer')}@example.org`;
    await signer.goto(`${base}/letters/${slug}`);
    await signer.click('input[name=kind][value=individual]');
    await signer.type('input[name=name]', 'Nadia Signer');
    await signer.type('input[name=email]', signerEmail);
    await signer.select('select[name=country]', 'IQ');
    await Promise.all([signer.waitForNavigation(), signer.click('form.sign-form button[type=submit]')]);
    expect(await signer.$eval('h1', (el) => el.textContent)).toBe('Check your email');
    await shot(signer, 'signed');
    await signer.goto(await linkIn(signerEmail, 'confirm'));
    await Promise.all([signer.waitForNavigation(), signer.click('button[type=submit]')]);
    expect(await signer.$eval('h1', (el) => el.textContent)).toContain('confirmed');
    await shot(signer, 'confirmed');

    // The public page lists the signer; the PDF downloads.
    await signer.goto(`${base}/letters/${slug}`);
    expect(await signer.$eval('.summary', (el) => el.textContent)).toBe('1 individual');
    expect(await signer.$$eval('.signatory-name', (els) => els.map((e) => e.textContent))).toEqual(['Nadia Signer']);
    await shot(signer, 'listed');
    const pdf = await signer.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { status: res.status, type: res.headers.get('content-type'), head: String.fromCharCode(...bytes.slice(0, 5)), size: bytes.length, bytes: Array.from(bytes) };
    }, `${base}/letters/${slug}.pdf`);
    expect(pdf).toMatchObject({ status: 200, type: 'application/pdf', head: '%PDF-' });
    writeFileSync(join(ARTIFACTS, `story-${DRIVER}-${++step}-letter.pdf`), Buffer.from(pdf.bytes));
    await context.close();
  });
});
