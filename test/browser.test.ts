import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DRIVER, useTestApp } from './helpers/app.js';
import { ARTIFACTS, accessibilityViolations, useBrowser } from './helpers/browser.js';
import { insertSignatories, organizerWithLetter } from './helpers/flows.js';

const ctx = useTestApp();
const web = useBrowser(ctx);

const COUNTRIES = ['GB', 'US', 'CA', 'AU', 'NZ', 'JP', 'DE', 'FR', 'IT', 'NL', 'BE', 'SE', 'NO', 'DK', 'CZ', 'LT', 'CH', 'IE', 'UA', 'PH'];

describe('the letter page in a real browser', () => {
  it('shows "50 legislators from 20 countries and 40 organizations" and the groups, loading nothing from elsewhere', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Appeal to Interpol member states' });
    await insertSignatories(ctx, slug, [
      ...Array.from({ length: 50 }, (_, i) => ({
        kind: 'legislator' as const,
        name: `Legislator ${String.fromCharCode(65 + (i % 26))}${i}`,
        title: 'Member of Parliament',
        parliament: 'Parliament',
        country: COUNTRIES[i % 20]!,
      })),
      ...Array.from({ length: 40 }, (_, i) => ({
        kind: 'organization' as const,
        name: `Representative ${i}`,
        organization: `Human Rights Group ${String(i).padStart(2, '0')}`,
        role: 'Director',
        country: COUNTRIES[(i * 3) % 20]!,
      })),
    ]);

    const page = await web.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    const response = await page.goto(`${web.base}/letters/${slug}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);

    const summary = await page.$eval('.summary', (el) => el.textContent);
    expect(summary).toBe('50 legislators from 20 countries and 40 organizations');
    const kinds = await page.$$eval('.signatories h3', (els) => els.map((e) => e.textContent?.trim()));
    expect(kinds).toEqual(['Legislators (50)', 'Organizations (40)']);
    const countries = await page.$$eval('.kind-legislator h4', (els) => els.map((e) => e.textContent?.trim()));
    expect(countries).toHaveLength(20);
    expect(countries[0]).toBe('Australia (3)');
    expect(await page.$$eval('.kind-organization li', (els) => els.length)).toBe(40);
    // The sign form is usable without scripts: a real form with a submit button.
    expect(await page.$eval('form.sign-form', (f) => (f as HTMLFormElement).method)).toBe('post');

    // Every request stayed on this origin: no fonts, scripts or trackers from elsewhere.
    expect(requests.filter((u) => !u.startsWith(web.base))).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `letter-page-${DRIVER}.png`), fullPage: true });
    await page.close();
  });
});

describe('a returning visitor in a real browser', () => {
  it('signs from the cached page after the browser dropped its cookies', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Appeal to Interpol member states' });
    const page = await web.browser.newPage();
    await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
    const statuses: number[] = [];
    page.on('response', (r) => {
      if (r.url() === `${web.base}/letters/${slug}`) statuses.push(r.status());
    });
    await page.goto(`${web.base}/letters/${slug}`, { waitUntil: 'load' });
    // Closing the browser ends its session cookies; its HTTP cache stays.
    const cdp = await page.createCDPSession();
    await cdp.send('Network.clearBrowserCookies');
    await page.goto(`${web.base}/letters/${slug}`, { waitUntil: 'load' });
    expect(statuses).toEqual([200, 304]);
    expect(await accessibilityViolations(page)).toEqual([]);

    const email = `returning-${Date.now()}@mail.example`;
    await page.click('input[name="kind"][value="individual"]');
    await page.type('input[name="name"]', 'Returning Visitor');
    await page.type('input[name="email"]', email);
    await page.select('select[name="country"]', 'CZ');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form.sign-form button[type="submit"]')]);
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Check your email');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `returning-signer-${DRIVER}.png`) });

    // The sign-in page, the other public form, at a phone's width.
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    await page.goto(`${web.base}/login`, { waitUntil: 'load' });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `login-390-${DRIVER}.png`) });
    await page.close();

    const rows = await ctx.database.db.execute(sql`select s.id from signatures s join letters l on l.id = s.letter_id where l.slug = ${slug}`);
    expect((rows as unknown as { rows: unknown[] }).rows).toHaveLength(1);
  });
});

describe('the mailbox warning in a real browser', () => {
  it('warns a qq.com signer above the form, and signing as counted only reaches the check-your-email page', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Free the Uyghur scholars' });
    const page = await web.browser.newPage();
    await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
    await page.goto(`${web.base}/letters/${slug}`, { waitUntil: 'load' });
    const email = `wang-${Date.now()}@qq.com`;
    await page.click('input[name="kind"][value="individual"]');
    await page.type('input[name="name"]', 'Wang Wei');
    await page.type('input[name="email"]', email);
    await page.select('select[name="country"]', 'CN');
    const [warned] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form.sign-form button[type="submit"]')]);
    expect(warned?.status()).toBe(409);

    const warning = await page.$eval('[role="alert"]', (el) => el.textContent?.replace(/\s+/g, ' ').trim());
    expect(warning).toContain('Your mail provider, qq.com, is subject to the laws of China, whose authorities can read your mail.');
    expect(warning).toContain('You may use another address, or sign without your name being listed (counted only), or continue anyway.');
    // It takes the focus (and so is scrolled to), and what was typed is kept.
    // Autofocus lands once the page has rendered, just after its load event: waited for, as a reader would.
    await page.waitForFunction(() => document.activeElement?.id === 'mailbox-warning', { timeout: 5000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mailbox-warning');
    expect(await page.$eval('input[name="email"]', (i) => (i as HTMLInputElement).value)).toBe(email);
    expect(await page.$eval('input[name="name"]', (i) => (i as HTMLInputElement).value)).toBe('Wang Wei');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `mailbox-warning-1280-${DRIVER}.png`) });
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    await page.$eval('#mailbox-warning', (el) => el.scrollIntoView());
    await page.screenshot({ path: join(ARTIFACTS, `mailbox-warning-390-${DRIVER}.png`) });

    // The "use another address" link leads to the address field.
    expect(await page.$eval('#mailbox-warning a[href="#sign-email"]', (a) => a.textContent)).toBe('Use another address');
    await page.click('input[name="countedOnly"]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#mailbox-warning button[type="submit"]')]);
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Check your email');
    await page.close();

    const rows = await ctx.database.db.execute(sql`select s.display from signatures s join letters l on l.id = s.letter_id where l.slug = ${slug}`);
    expect((rows as unknown as { rows: unknown[] }).rows).toEqual([{ display: 'anonymous' }]);
  });
});
