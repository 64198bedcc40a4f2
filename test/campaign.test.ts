import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { csrfTokenIn, DRIVER, uniq, useTestApp } from './helpers/app.js';
import { ARTIFACTS, accessibilityViolations, useBrowser } from './helpers/browser.js';
import { insertSignatories, organizerWithLetter, publicNames, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { individual, legislator } from './helpers/signers.js';
import { getPdf, readPdf } from './helpers/pdf.js';
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
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
    expect(await inView(page, '.sign-now a')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, `campaign-first-screen-1280-${DRIVER}.png`) });
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });

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
    // Autofocus lands once the page has rendered, just after its load event: waited for, as a reader would.
    await page.waitForFunction(() => document.activeElement?.id === 'form-error', { timeout: 5000 });
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

/** An SVG picture, read as text (supertest keeps images as bytes). */
const svgAt = (path: string) =>
  ctx.http
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => done(null, body));
    })
    .expect(200);

const TWENTY = ['GB', 'US', 'CA', 'AU', 'NZ', 'JP', 'DE', 'FR', 'IT', 'NL', 'BE', 'SE', 'NO', 'DK', 'CZ', 'LT', 'MT', 'SG', 'UA', 'TW'];

describe('pictures people would rather look at than read', () => {
  it('draws the signatures over time and a world map of 20 countries, in the page (with words for each) and in the PDF', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Appeal to Interpol member states' });
    const day = (n: number) => new Date(Date.UTC(2026, 10, 20 + n, 12));
    await insertSignatories(ctx, slug, [
      ...TWENTY.slice(0, 12).map((country, i) => ({ kind: 'legislator' as const, name: `Legislator ${i}`, title: 'MP', parliament: 'Parliament', country, publishedAt: day(i % 4) })),
      ...TWENTY.slice(12).map((country, i) => ({ kind: 'individual' as const, name: `Person ${i}`, country, publishedAt: day(5 + (i % 3)) })),
    ]);
    const page = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    expect(page).toContain(`<img src="/letters/${slug}/timeline.svg" alt="A chart of the signatures over time: 20 signatures from November 20, 2026 to November 27, 2026, the most on`);
    expect(page).toContain(`<img src="/letters/${slug}/map.svg" alt="A world map: signatories in 20 countries, legislators in 12 countries."`);
    expect(page).toContain('<li>Malta: 1 signatory</li>');
    expect(page).toContain('<li>United Kingdom: 1 signatory, of whom 1 legislator</li>');

    const map = await svgAt(`/letters/${slug}/map.svg`);
    expect(map.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(map.headers.vary).toContain('Accept-Language');
    const svg = map.body as string;
    // Every one of the 20 countries is drawn and named (small states too), legislators' darkest.
    for (const country of ['United Kingdom', 'Malta', 'Singapore', 'Taiwan', 'Lithuania']) expect(svg).toMatch(new RegExp(`<title>${country}: 1</title>`));
    expect(svg.match(/fill="#1f4e8c"><title>/g)).toHaveLength(12);
    expect(svg.match(/fill="#9db4d4"><title>/g)).toHaveLength(8);
    expect(svg).not.toMatch(/<script|href=/);
    const timeline = (await svgAt(`/letters/${slug}/timeline.svg?lang=de`)).body as string;
    expect(timeline).toContain('lang="de"');
    // Signatures of a single day are drawn too: a dot, where a line has no length.
    const oneDay = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await insertSignatories(ctx, oneDay.slug, [{ kind: 'individual', name: 'Only Day', country: 'FR' }]);
    expect((await svgAt(`/letters/${oneDay.slug}/timeline.svg`)).body as string).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="6"/);
    expect(timeline).toContain('20. November 2026');

    const browserPage = await web.browser.newPage();
    for (const width of [390, 1280]) {
      await browserPage.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await browserPage.goto(`${web.base}/letters/${slug}`, { waitUntil: 'load' });
      // Both pictures drew (an image that failed has no natural width).
      expect(await browserPage.$$eval('.pictures img', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth > 0))).toEqual([true, true]);
      expect(await browserPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await browserPage.$eval('.pictures', (el) => el.scrollIntoView());
      await browserPage.screenshot({ path: join(ARTIFACTS, `pictures-${width}-${DRIVER}.png`) });
    }
    expect(await accessibilityViolations(browserPage)).toEqual([]);
    await browserPage.close();

    // The PDF dossier carries them too, as vectors with their words.
    const bytes = (await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200)).body as Buffer;
    const file = join(ARTIFACTS, `pictures-${DRIVER}.pdf`);
    writeFileSync(file, bytes);
    if (existsSync('/usr/bin/pdftoppm')) execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, join(ARTIFACTS, `pictures-page-${DRIVER}`)]);
    const { text } = readPdf(bytes);
    expect(text).toContain('Signatures over time');
    expect(text).toContain('Where the signatories are');
  });
});

/** A PNG's size (its IHDR) and its iTXt text chunks. */
function pngFacts(png: Buffer) {
  const texts: Record<string, string> = {};
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt') {
      const key = data.toString('latin1', 0, data.indexOf(0));
      texts[key] = data.subarray(key.length + 5).toString('utf8');
    }
    at += 12 + length;
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), texts };
}

describe('share cards', () => {
  it('are 1200x630 PNGs of the title in the language asked for, Uyghur shaped right to left, named by the page', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Appeal to Interpol member states' });
    await ctx.http
      .post(`/api/v1/letters/${slug}/translations`)
      .set(auth)
      .send({ language: 'ug', title: 'ئىنتېرپول ئەزا دۆلەتلىرىگە مۇراجىئەت', addressee: 'ئىنتېرپول ئەزا دۆلەتلىرى', body: 'بىز تۆۋەندە ئىمزا قويغۇچىلار.' })
      .expect(200);
    await insertSignatories(ctx, slug, [{ kind: 'legislator', name: 'ئابدۇۋەلى ئايۇپ', title: 'MP', parliament: 'TBMM', country: 'TR' }]);
    // (Handlebars writes "=" in attributes as &#x3D;, which a reader of the page decodes.)
    const page = (await ctx.http.get(`/letters/${slug}?lang=ug`).expect(200)).text.replaceAll('&#x3D;', '=');
    expect(page).toContain(`<meta property="og:image" content="http://undersigned.test/letters/${slug}/card.png?lang=ug">`);
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    for (const [lang, title] of [
      ['en', 'Appeal to Interpol member states'],
      ['ug', 'ئىنتېرپول ئەزا دۆلەتلىرىگە مۇراجىئەت'],
    ] as const) {
      const res = await ctx.http.get(`/letters/${slug}/card.png?lang=${lang}`).buffer(true).expect(200);
      expect(res.headers['content-type']).toBe('image/png');
      const png = res.body as Buffer;
      expect(pngFacts(png)).toMatchObject({ width: 1200, height: 630, texts: { Title: title } });
      writeFileSync(join(ARTIFACTS, `card-${lang}-${DRIVER}.png`), png);
    }
  });
});

describe('mobile first', () => {
  it('fits every public page into 320 px without scrolling sideways, in English and Uyghur', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Appeal to Interpol member states to reject the candidate of a state that hunts its critics abroad' });
    await insertSignatories(ctx, slug, [
      { kind: 'legislator', name: 'ئابدۇۋەلى ئايۇپ', title: 'Member of the Grand National Assembly', parliament: 'Türkiye Büyük Millet Meclisi', party: 'İyi Party', country: 'TR' },
      { kind: 'organization', name: 'Dolkun Isa', organization: 'World Uyghur Congress', role: 'President', website: 'https://www.uyghurcongress.org', country: 'DE' },
    ]);
    const email = `${uniq('narrow')}@example.org`;
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send({ kind: 'individual', name: 'Narrow Screen', email, country: 'FR' }).expect(202);
    const [mail] = await ctx.smtp.waitFor(email);
    const pages = [
      '/',
      `/letters/${slug}`,
      `/letters/${slug}/versions`,
      `/letters/${slug}/verify`,
      `/letters/${slug}/widget`,
      `/letters/${slug}/embed`,
      '/login',
      `/confirm/${tokenFrom(mail!, 'confirm')}`,
    ];
    const page = await web.browser.newPage();
    await page.setViewport({ width: 320, height: 800, deviceScaleFactor: 1 });
    const wide: string[] = [];
    for (const lang of ['en', 'ug']) {
      for (const path of pages) {
        await page.goto(`${web.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, { waitUntil: 'load' });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${lang} ${path}: ${width}`);
      }
    }
    expect(wide).toEqual([]);
    await page.close();
  });
});

describe("the organizers' goal", () => {
  it('shows the progress toward "3 legislators" on the first screen, and mails the owner once when it is reached', async () => {
    const { slug, auth, organizer } = await organizerWithLetter(ctx, { moderatedKinds: [], goal: { count: 3, kind: 'legislator' } });
    await signAndConfirm(ctx, slug, legislator({ name: 'First Legislator' }));
    await signAndConfirm(ctx, slug, individual({ name: 'Not Counted' }));
    let page = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    expect(page).toContain('<label for="goal-progress">1 of 3 legislators</label> <progress id="goal-progress" max="3" value="1"></progress>');
    await signAndConfirm(ctx, slug, legislator({ name: 'Second Legislator' }));
    await signAndConfirm(ctx, slug, legislator({ name: 'Third Legislator' }));
    const [mail] = await ctx.smtp.waitFor(organizer.email);
    expect(mail!.subject).toMatch(/^Goal reached: /);
    expect(mail!.text).toContain('has reached its goal: 3 legislators have signed it.');
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).expect(200)).body.goal).toMatchObject({ count: 3, kind: 'legislator', reachedAt: expect.any(String) });
    page = (await ctx.http.get(`/letters/${slug}?lang=fr`).expect(200)).text;
    expect(page).toMatch(/<progress id="goal-progress" max="3" value="3"><\/progress>/);
    // Past the goal: no second mail.
    await signAndConfirm(ctx, slug, legislator({ name: 'Fourth Legislator' }));
    await new Promise((r) => setTimeout(r, 500));
    expect(ctx.smtp.to(organizer.email)).toHaveLength(1);
    // The workspace sets it too, and refuses a goal that is not a whole number, beside its form.
    const browser = await signInBrowser(ctx, organizer.email);
    const origin = { Origin: 'http://undersigned.test' };
    let workspace = await browser.get(`/organize/letters/${slug}`).expect(200);
    const refused = await browser
      .post(`/organize/letters/${slug}/goal`)
      .set(origin)
      .type('form')
      .send({ goal: '2.5', goalKind: '', _csrf: csrfTokenIn(workspace.text) })
      .expect(400);
    expect(refused.text).toContain('<p class="form-error" role="alert">Signatures to reach: this is not valid; please check what you wrote.</p>');
    workspace = await browser.get(`/organize/letters/${slug}`).expect(200);
    const saved = await browser
      .post(`/organize/letters/${slug}/goal`)
      .set(origin)
      .type('form')
      .send({ goal: '500', goalKind: '', _csrf: csrfTokenIn(workspace.text) })
      .expect(303);
    expect((await browser.get(saved.headers.location as string).expect(200)).text).toContain('Goal saved');
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).expect(200)).body.goal).toEqual({ count: 500, kind: null, reachedAt: null });
    // Cleared, the page shows no bar.
    await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ goal: null }).expect(200);
    expect((await ctx.http.get(`/letters/${slug}`).expect(200)).text).not.toContain('goal-progress');
  });
});
