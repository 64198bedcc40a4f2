import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DRIVER, uniq, useTestApp } from './helpers/app.js';
import { ARTIFACTS, accessibilityViolations, useBrowser } from './helpers/browser.js';
import { insertSignatories, organizerWithLetter, publicNames } from './helpers/flows.js';
import { tokenFrom } from './helpers/smtp.js';

const ctx = useTestApp({ smtp: true });
const web = useBrowser(ctx);

/** Whether the element is drawn at all (display: none has no boxes). */
const shown = (page: Page, selector: string) => page.$eval(selector, (el) => el.getClientRects().length > 0);
/** Whether the element is wholly inside the window as it is scrolled now. */
const inView = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

describe('the letter page as a campaign page, on a phone', () => {
  it('has the count and the Sign button in the first screen; an individual sees only their fields; two mistakes come back at the form, focused, both named; fixed, it signs', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Appeal to Interpol member states', body: 'We urge you.\n\n'.repeat(40) });
    await insertSignatories(ctx, slug, [
      { kind: 'legislator', name: 'Marie Dupont', title: 'Députée', parliament: 'Assemblée nationale', country: 'FR' },
      { kind: 'organization', name: 'Dolkun Isa', organization: 'World Uyghur Congress', role: 'President', country: 'DE' },
      { kind: 'individual', name: 'Ayşe Yılmaz', country: 'TR' },
    ]);
    const page = await web.browser.newPage();
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    await page.goto(`${web.base}/letters/${slug}`, { waitUntil: 'load' });

    // The first screen: how many, who, and the way to sign, above a letter of 40 paragraphs.
    expect(await page.$eval('.campaign .count', (el) => el.textContent)).toBe('3 signatures');
    expect(await page.$eval('.campaign .summary-line', (el) => el.textContent)).toBe('1 legislator from 1 country, 1 organization and 1 individual');
    expect(await inView(page, '.campaign .count')).toBe(true);
    expect(await inView(page, '.sign-now a')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, `campaign-first-screen-390-${DRIVER}.png`) });

    // An individual by default, who sees no legislator's or organization's field; a legislator sees theirs.
    expect(await page.$eval('input[name=kind][value=individual]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect([await shown(page, '#sign-title'), await shown(page, '#sign-organization')]).toEqual([false, false]);
    await page.click('input[name=kind][value=legislator]');
    expect([await shown(page, '#sign-title'), await shown(page, '#sign-organization')]).toEqual([true, false]);
    await page.click('input[name=kind][value=individual]');

    // The button jumps to the form.
    await page.click('.sign-now a');
    expect(page.url()).toMatch(/#sign$/);

    // Two mistakes: a web address for a name, and an address that is not one.
    await page.type('#sign-name', 'www.example.org');
    await page.type('#sign-email', 'not-an-address');
    await page.select('#sign-country', 'FR');
    await Promise.all([page.waitForNavigation(), page.click('.sign-form button[type=submit]')]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('form-error');
    expect(await inView(page, '.error-summary')).toBe(true);
    expect(await page.$$eval('.error-summary li', (els) => els.map((e) => e.textContent))).toEqual([
      'Name: web addresses are not accepted here.',
      'Email: this is not an email address we can write to.',
    ]);
    for (const field of ['name', 'email']) {
      expect(await page.$eval(`#sign-${field}`, (el) => [el.getAttribute('aria-invalid'), el.getAttribute('aria-describedby')])).toEqual(['true', `sign-${field}-error`]);
    }
    expect(await page.$eval('#sign-name', (el) => (el as HTMLInputElement).value)).toBe('www.example.org');
    expect(await page.$eval('#sign-country', (el) => (el as HTMLSelectElement).value)).toBe('FR');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `campaign-form-errors-390-${DRIVER}.png`) });

    // Fixed, it signs: the confirmation goes out, and the mailed link adds the name.
    const email = `${uniq('fixed')}@example.org`;
    await page.$eval('#sign-name', (el) => {
      (el as HTMLInputElement).value = '';
    });
    await page.type('#sign-name', 'Jiří Dienstbier');
    await page.$eval('#sign-email', (el) => {
      (el as HTMLInputElement).value = '';
    });
    await page.type('#sign-email', email);
    await Promise.all([page.waitForNavigation(), page.click('.sign-form button[type=submit]')]);
    expect(await page.$eval('h1', (el) => el.textContent)).toBe('Check your email');
    const [mail] = await ctx.smtp.waitFor(email);
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(mail!, 'confirm') })
      .expect(200);
    expect(await publicNames(ctx, slug)).toContain('Jiří Dienstbier');

    // The list links to its own page for checking it; the hash and the command are there, not here.
    await page.goto(`${web.base}/letters/${slug}`, { waitUntil: 'load' });
    expect(await page.$eval('#ledger a', (el) => el.getAttribute('href'))).toBe(`/letters/${slug}/verify`);
    expect(await page.$$eval('.signatories code', (els) => els.length)).toBe(0);
    await page.goto(`${web.base}/letters/${slug}/verify`, { waitUntil: 'load' });
    expect(await page.$eval('pre.command', (el) => el.textContent)).toBe(`node verify-ledger.mjs http://undersigned.test/letters/${slug}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    for (const width of [390, 1280]) {
      await page.setViewport({ width, height: 844, deviceScaleFactor: 1 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(ARTIFACTS, `verify-${width}-${DRIVER}.png`), fullPage: true });
    }
    await page.close();
  });
});
