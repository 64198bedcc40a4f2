import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVER, uniq, useTestApp } from './helpers/app.js';
import { ARTIFACTS, accessibilityViolations, useBrowser } from './helpers/browser.js';
import { organizerWithLetter, publicNames } from './helpers/flows.js';
import { tokenFrom } from './helpers/smtp.js';

const ctx = useTestApp({ smtp: true });
const web = useBrowser(ctx);

// A partner's site: its own origin (localhost, while the app is at 127.0.0.1), so the frame is cross-site.
let partnerSite: Server;
let partnerHtml = '';
beforeAll(async () => {
  partnerSite = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(partnerHtml));
  await new Promise<void>((resolve) => partnerSite.listen(0, 'localhost', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => partnerSite.close(resolve));
});
const partnerOrigin = () => `http://localhost:${(partnerSite.address() as AddressInfo).port}`;

async function widgetFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 50; i++) {
    const frame = page.frames().find((f) => f.url().includes('/widget'));
    if (frame && (await frame.$('form.sign-form, .widget-done').catch(() => null))) return frame;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the widget did not load in its frame');
}

describe('the sign widget on a partner site', () => {
  it('signs from an iframe on another site, and the signature is confirmed, counted and attributed to the partner', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Appeal to Interpol member states' });
    await ctx.http
      .put(`/api/v1/letters/${slug}/widget`)
      .set(auth)
      .send({ origins: [partnerOrigin()] })
      .expect(200);
    const partner = (await ctx.http.post(`/api/v1/letters/${slug}/partners`).set(auth).send({ label: 'World Uyghur Congress' }).expect(201)).body;
    expect(partner).toMatchObject({ label: 'World Uyghur Congress', signatures: 0, code: expect.stringMatching(/^[a-f0-9]{16}$/) });

    // Framed by the listed site only, with no X-Frame-Options to say otherwise.
    const direct = await ctx.http.get(`/letters/${slug}/widget?partner=${partner.code}`).expect(200);
    expect(direct.headers['content-security-policy']).toContain(`frame-ancestors 'self' ${partnerOrigin()}`);
    expect(direct.headers['x-frame-options']).toBeUndefined();
    // The letter's own page stays unframeable.
    expect((await ctx.http.get(`/letters/${slug}`).expect(200)).headers['content-security-policy']).toContain("frame-ancestors 'none'");

    partnerHtml = `<!doctype html><html lang="en"><head><title>Partner</title></head><body><main><h1>A partner's page</h1><iframe src="${web.base}/letters/${slug}/widget?partner=${partner.code}&lang=en" title="Sign the appeal" width="600" height="1100"></iframe></main></body></html>`;
    const page = await web.browser.newPage();
    await page.setViewport({ width: 1280, height: 1200, deviceScaleFactor: 1 });
    await page.goto(partnerOrigin(), { waitUntil: 'load' });
    const frame = await widgetFrame(page);
    const email = `${uniq('widget')}@example.org`;
    await frame.type('#sign-name', 'Widget Signer');
    await frame.type('#sign-email', email);
    await frame.select('#sign-country', 'DE');
    await Promise.all([frame.waitForNavigation(), frame.click('.sign-form button[type=submit]')]);
    expect(await (await widgetFrame(page)).$eval('.widget-done h2', (el) => el.textContent)).toBe('Check your email');
    await page.screenshot({ path: join(ARTIFACTS, `widget-on-partner-site-${DRIVER}.png`) });

    // The mailed link confirms it: listed, counted, and counted for the partner (and only as a count).
    const [mail] = await ctx.smtp.waitFor(email);
    const confirm = await web.browser.newPage();
    await confirm.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    await confirm.goto(`${web.base}/confirm/${tokenFrom(mail!, 'confirm')}`, { waitUntil: 'load' });
    const shoot = async (name: string) => {
      expect(await accessibilityViolations(confirm), name).toEqual([]);
      for (const width of [390, 1280]) {
        await confirm.setViewport({ width, height: 844, deviceScaleFactor: 1 });
        await confirm.screenshot({ path: join(ARTIFACTS, `${name}-${width}-${DRIVER}.png`) });
      }
      await confirm.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    };
    await shoot('confirm');
    await Promise.all([confirm.waitForNavigation(), confirm.click('form button[type=submit]')]);
    await shoot('confirmed');
    await confirm.close();
    expect(await publicNames(ctx, slug)).toEqual(['Widget Signer']);
    const settings = (await ctx.http.get(`/api/v1/letters/${slug}/widget`).set(auth).expect(200)).body;
    expect(settings).toEqual({ origins: [partnerOrigin()], partners: [{ code: partner.code, label: 'World Uyghur Congress', signatures: 1 }] });
    // Nothing per signer names the partner: not the organizers' list of signatures, not the CSV.
    const list = (await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(auth)).text;
    expect(list).not.toContain(partner.code);
    await page.close();
  });

  it('is a small, accessible page of its own, as is the counter to embed, at phone and desktop widths', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Appeal to Interpol member states' });
    const page = await web.browser.newPage();
    for (const [path, name] of [
      [`/letters/${slug}/widget`, 'widget'],
      [`/letters/${slug}/widget?lang=ar`, 'widget-ar'],
      [`/letters/${slug}/embed`, 'embed'],
    ] as const) {
      for (const width of [390, 1280]) {
        await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
        await page.goto(`${web.base}${path}`, { waitUntil: 'load' });
        expect(await accessibilityViolations(page), `${name} ${width}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}-${DRIVER}.png`), fullPage: true });
      }
    }
    await page.close();
  });
});
