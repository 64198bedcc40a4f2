import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { addOrganizer } from '../server/organizers/service.js';
import { SECTIONS, sectionPath } from '../server/organizers/workspace.js';
import { DRIVER, openTestDatabase, testConfig, uniq } from './helpers/app.js';
import { ARTIFACTS, accessibilityViolations, launchBrowser } from './helpers/browser.js';
import { freePort } from './helpers/process.js';
import { TestSmtp } from './helpers/smtp.js';

/**
 * The whole organizer's story in a real browser, through the workspace's pages alone (no API
 * call): sign in, draft a long Markdown letter, preview it, translate it into Chinese, set a goal
 * and a closing time, publish, invite 50 people by pasted CSV, moderate three held signatures
 * (publish, reject, hide), add addressees in two languages, preview and send the delivery, read
 * the audit log, sign out. Each step is looked at in a phone's width and a laptop's: a screenshot
 * of each (test-artifacts/), axe-core finding nothing, and at 390 px every control of the page
 * inside the viewport, measured by its box.
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
  const config = testConfig({ PUBLIC_URL: base, SMTP_URL: smtp.url, PUBLISH_BATCH_SECONDS: '0', DELIVERY_INTERVAL_MS: '0' });
  database = await openTestDatabase(config);
  app = await buildApp(config, { database, logger: false, outbox: { pollMs: 50 }, maintenance: { intervalMs: 0 } });
  await app.listen({ port, host: '127.0.0.1' });
  browser = await launchBrowser(config.chromiumPath);
  // This run's screenshots only.
  for (const file of readdirSync(ARTIFACTS)) if (file.startsWith(`workspace-story-${DRIVER}-`)) rmSync(join(ARTIFACTS, file));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await database?.close();
  await smtp?.close();
});

const WIDTHS = [390, 1280] as const;
let step = 0;

/** The controls of the page that stick out of the viewport or of a box that clips them, sideways (a control scrolled below the fold is fine). */
function controlsOutside(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')];
    return (
      controls
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => !el.closest('.skip-link'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        // Outside the viewport, or cut off by a box that scrolls or clips it (a wide table scrolled sideways).
        .filter(({ el, box }) => {
          if (box.left < -0.5 || box.right > width + 0.5) return true;
          for (let up = el.parentElement; up; up = up.parentElement) {
            if (getComputedStyle(up).overflowX === 'visible') continue;
            const clip = up.getBoundingClientRect();
            if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5) return true;
          }
          return false;
        })
        .map(
          ({ el, box }) =>
            `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.left)}..${Math.round(box.right)} of ${width}`,
        )
    );
  });
}

/**
 * Looks at the page as it stands, at each width: a screenshot, axe's findings (none allowed),
 * the page's width (no sideways scrolling), and at 390 px each control's box. Ends at 1280 px.
 */
async function look(page: Page, name: string) {
  step++;
  for (const width of WIDTHS) {
    await page.setViewport({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: join(ARTIFACTS, `workspace-story-${DRIVER}-${String(step).padStart(2, '0')}-${name}-${width}.png`), fullPage: true });
    expect(await accessibilityViolations(page), `${name} at ${width} px`).toEqual([]);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${name} at ${width} px: the page's width`).toBeLessThanOrEqual(width);
    if (width === 390) expect(await controlsOutside(page), `${name} at 390 px: controls outside the viewport`).toEqual([]);
  }
}

/** Follows a link or a button to its page, and waits for it. */
async function go(page: Page, selector: string) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

/** Sets a text field's value as pasting does (typing 3,000 characters one key at a time says nothing more). */
async function paste(page: Page, selector: string, value: string) {
  await page.$eval(
    selector,
    (el, text) => {
      (el as HTMLInputElement | HTMLTextAreaElement).value = text;
    },
    value,
  );
}

async function linkIn(email: string, kind: string, count = 1) {
  const mails = await smtp.waitFor(email, count);
  const match = new RegExp(`${base}/${kind}/[\\w-]+`).exec(mails.at(-1)!.text);
  if (!match) throw new Error(`no ${kind} link for ${email}`);
  return match[0];
}

const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

/** A 3,000-character letter in Markdown: headings, emphasis, a list, many paragraphs. */
function longLetter(): string {
  const paragraphs = [
    '## Why we write',
    'We, the undersigned members of parliament from twenty countries, write to you ahead of the **General Assembly** vote.',
    '## What we ask',
    '- Refuse the candidacy.\n- Publish the vote.\n- Protect those who report abuse.',
  ];
  let n = 1;
  while (paragraphs.join('\n\n').length < 3000) {
    paragraphs.push(`Paragraph ${n++}: the misuse of red notices against dissidents abroad has been documented by *several* human-rights organizations, and member states share the duty to stop it.`);
  }
  return `${paragraphs.join('\n\n').slice(0, 2999).trimEnd()}.`.padEnd(3000, '.');
}

describe('the organizer’s whole story in the workspace, in a browser', () => {
  it('signs in, drafts, translates, publishes, invites, moderates, delivers, reads the audit log, signs out', { timeout: 300_000 }, async () => {
    const organizerEmail = `${uniq('organizer')}@example.org`;
    await addOrganizer({ db: app.db, tokens: app.tokens }, { email: organizerEmail, name: 'Ada Organizer' });
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });

    // Sign in: from the home page's link, with the mailed link.
    await page.goto(base);
    await go(page, 'a[href="/login"]');
    await look(page, 'sign-in');
    await page.type('input[name=email]', organizerEmail);
    await go(page, 'form[action="/login"] button');
    await page.goto(await linkIn(organizerEmail, 'login'));
    await go(page, 'button[type=submit]');
    expect(page.url()).toBe(`${base}/organize`);
    await look(page, 'dashboard');

    // Draft a 3,000-character letter, and preview it.
    await go(page, 'a[href="/organize/new"]');
    const title = `Appeal to Interpol member states ${uniq('s')}`;
    const body = longLetter();
    expect(body.length).toBe(3000);
    await page.type('input[name=title]', title);
    await page.type('input[name=addressee]', 'The member states of Interpol');
    await paste(page, 'textarea[name=body]', body);
    await look(page, 'new-letter');
    await go(page, 'form[action="/organize/new"] button[type=submit]');
    expect(await text(page, '.notice-ok')).toBe('Draft saved');
    const slug = new URL(page.url()).pathname.split('/').at(-1)!;
    const workspace = `${base}/organize/letters/${slug}`;
    await look(page, 'draft');
    await go(page, 'button[name=preview]');
    expect(await text(page, '#preview-heading')).toMatch(/^Preview/);
    expect(await page.$eval('.preview .letter-body', (el) => el.innerHTML)).toContain('<strong>General Assembly</strong>');
    expect(await page.$eval('.preview .preview-title', (el) => el.textContent)).toBe(title);
    await look(page, 'preview');

    // A Chinese translation, previewed, then saved: the translations page says which version it follows.
    await go(page, `.ws-nav a[href="/organize/letters/${slug}/translations"]`);
    await look(page, 'translations');
    await page.select('select[name=language]', 'zh-Hans');
    await page.type('form.translation-form input[name=title]', '致国际刑警组织成员国的呼吁');
    await page.type('form.translation-form input[name=addressee]', '国际刑警组织成员国');
    await paste(page, 'form.translation-form textarea[name=body]', `## 我们为何写信\n\n我们，下列签名者，呼吁**大会**拒绝这一候选人。\n\n${'成员国有责任制止滥用红色通缉令。'.repeat(60)}`);
    await go(page, 'form.translation-form button[name=preview]');
    expect(await page.$eval('.preview .letter-body', (el) => el.innerHTML)).toContain('<strong>大会</strong>');
    await look(page, 'translation-preview');
    await go(page, 'form.translation-form button:not([name=preview])');
    expect(await text(page, '.notice-ok')).toBe('Translation saved');
    expect(await text(page, 'table.translations tbody')).toContain('致国际刑警组织成员国的呼吁');
    await look(page, 'translation-saved');

    // A goal, and a closing time, on the settings page.
    await go(page, `.ws-nav a[href="/organize/letters/${slug}/settings"]`);
    await look(page, 'settings');
    await page.type('#goal-count', '500');
    await go(page, 'form[action$="/goal"] button');
    expect(await text(page, '.notice-ok')).toBe('Goal saved');
    await page.$eval('input[name=closesAt]', (el) => {
      (el as HTMLInputElement).value = '2031-01-15T12:00';
    });
    await go(page, `form[action="/organize/letters/${slug}/settings"] button`);
    expect(await text(page, '.notice-ok')).toBe('Settings saved');
    expect(await page.$eval('input[name=closesAt]', (el) => (el as HTMLInputElement).value)).toBe('2031-01-15T12:00');
    expect(await page.$eval('#goal-count', (el) => (el as HTMLInputElement).value)).toBe('500');
    await look(page, 'settings-saved');

    // Publish, after the page that says what it does.
    await page.goto(workspace);
    await go(page, `a[href="/organize/letters/${slug}/publish"]`);
    expect(await text(page, '.confirm h2')).toBe('Publish the letter?');
    expect(await text(page, '.confirm ul')).toContain(`${base}/letters/${slug}`);
    await look(page, 'publish-confirm');
    await go(page, '.confirm form button');
    expect(await text(page, '.notice-ok')).toBe('The letter is open: anyone can sign');
    await look(page, 'published');

    // Invite 50 people by pasted CSV.
    await go(page, `.ws-nav a[href="/organize/letters/${slug}/invite"]`);
    const csv = ['name,email,kind,country', ...Array.from({ length: 50 }, (_, i) => `Invitee ${i + 1},${uniq(`invitee${i}`)}@example.org,individual,FR`)].join('\n');
    await paste(page, 'textarea[name=csv]', csv);
    await look(page, 'invite-form');
    await go(page, `form[action="/organize/letters/${slug}/invite"] button`);
    expect(await text(page, '[role=status]')).toContain('Invited 50; already invited 0.');
    await look(page, 'invited');

    // Three legislators sign through the public form and confirm by mail, each in a browser of their own; legislators are held.
    const held = ['Lena Abgeordnete', 'Tomas Poslanec', 'Mira Deputy'];
    const signerAddresses: string[] = [];
    for (const name of held) {
      const context = await browser.createBrowserContext();
      const signer = await context.newPage();
      const address = `${uniq(name.split(' ')[0]!.toLowerCase())}@example.org`;
      signerAddresses.push(address);
      await signer.goto(`${base}/letters/${slug}`);
      await signer.click('input[name=kind][value=legislator]');
      await signer.type('input[name=name]', name);
      await signer.type('input[name=email]', address);
      await signer.type('input[name=title]', 'Member of Parliament');
      await signer.type('input[name=parliament]', 'Bundestag');
      await signer.select('select[name=country]', 'DE');
      await go(signer, 'form.sign-form button[type=submit]');
      await signer.goto(await linkIn(address, 'confirm'));
      await go(signer, 'button[type=submit]');
      await context.close();
    }

    // Moderate: publish one, reject one (the signer is told), hide one (not told), each a decision.
    await go(page, `.ws-nav a[href="/organize/letters/${slug}/signatures"]`);
    expect(await text(page, 'h3')).toBe('Moderation queue (3)');
    await look(page, 'queue');
    const decide = async (name: string, selector: string) => {
      const id = await page.$$eval(
        'article.held',
        (cards, who) =>
          cards
            .find((c) => c.querySelector('h4')?.textContent === who)
            ?.getAttribute('aria-labelledby')
            ?.replace('held-', ''),
        name,
      );
      expect(id, name).toBeTruthy();
      await go(page, `article[aria-labelledby="held-${id}"] ${selector}`);
    };
    await decide(held[0]!, 'button.decide-publish');
    expect(await text(page, '.notice-ok')).toBe('The signature is published');
    await decide(held[1]!, 'a.decide-reject');
    expect(await text(page, '.confirm h2')).toContain(held[1]!);
    await look(page, 'reject-confirm');
    await go(page, '.confirm form button');
    expect(await text(page, '.notice-ok')).toBe('The signature is rejected; the signer is told');
    await decide(held[2]!, 'a.decide-hide');
    await look(page, 'hide-confirm');
    await go(page, '.confirm form button');
    expect(await text(page, '.notice-ok')).toBe('The signature is hidden; the signer is not told');
    expect(await text(page, 'h3')).toBe('Moderation queue (0)');
    await look(page, 'moderated');
    // The published one is on the public list; the rejected one was mailed, the hidden one not.
    await smtp.waitFor(signerAddresses[1]!, 2);
    expect(smtp.to(signerAddresses[2]!)).toHaveLength(1);
    await page.goto(`${base}/letters/${slug}`);
    expect(await page.$$eval('.signatory-name', (els) => els.map((el) => el.textContent))).toEqual([held[0]]);
    await page.goto(workspace);

    // Addressees in two languages (one by the form, two by pasted CSV), the preview, the sending.
    await go(page, `.ws-nav a[href="/organize/letters/${slug}/delivery"]`);
    const addressees = { en: `${uniq('ministry')}@gov.example`, zh: `${uniq('bureau')}@gov.example`, zh2: `${uniq('office')}@gov.example` };
    await page.type('form[action$="/recipients"] input[name=name]', 'Ministry of Justice');
    await page.type('form[action$="/recipients"] input[name=email]', addressees.en);
    await page.select('form[action$="/recipients"] select[name=language]', 'en');
    await page.type('form[action$="/recipients"] input[name=group]', 'Interpol member states');
    await go(page, 'form[action$="/recipients"] button');
    expect(await text(page, '.notice-ok')).toBe('1 addressee added');
    await paste(
      page,
      'form[action$="/recipients/import"] textarea[name=csv]',
      ['name,email,language,group', `National Central Bureau,${addressees.zh},zh-Hans,Interpol member states`, `Foreign Office,${addressees.zh2},zh-Hans,Interpol member states`].join('\n'),
    );
    await go(page, 'form[action$="/recipients/import"] button');
    expect(await text(page, '.notice-ok')).toBe('2 addressees added');
    await look(page, 'addressees');
    await go(page, `a[href="/organize/letters/${slug}/delivery/preview"]`);
    const subjects = await page.$$eval('.delivery-subject', (els) => els.map((el) => el.textContent));
    expect(subjects).toHaveLength(2);
    expect(subjects.join(' ')).toContain('致国际刑警组织成员国的呼吁');
    await look(page, 'delivery-preview');
    await go(page, `a[href="/organize/letters/${slug}/deliver"]`);
    await look(page, 'delivery-confirm');
    await go(page, '.confirm form button');
    expect(await text(page, '.notice-ok')).toBe('The letter is on its way to 3 addressees');
    for (const address of Object.values(addressees)) await smtp.waitFor(address);
    expect((await smtp.waitFor(addressees.zh))[0]!.subject).toContain('致国际刑警组织成员国的呼吁');
    // The progress, once the outbox has sent them all.
    await expect
      .poll(
        async () => {
          await page.reload();
          return text(page, '#delivery-progress-text');
        },
        { timeout: 15_000 },
      )
      .toMatch(/^3 of 3 sent/);
    await look(page, 'delivered');

    // The audit log reads as sentences with the real names, and filters by action.
    await go(page, `.ws-nav a[href="/organize/letters/${slug}/audit"]`);
    const log = await page.$$eval('.audit-log li', (els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(log.join('\n')).toMatch(/Ada Organizer published the letter/);
    expect(log.join('\n')).not.toMatch(/POST \/organize|\d{4}-\d\d-\d\dT/);
    await look(page, 'audit');
    await page.select('select[name=kind]', 'deliver');
    await go(page, '.audit-filters button');
    expect(await page.$$eval('.audit-log li', (els) => els.length)).toBe(1);
    await look(page, 'audit-filtered');

    // The team, and sharing: looked at too.
    for (const section of ['team', 'share', 'signatures']) {
      await go(page, `.ws-nav a[href="/organize/letters/${slug}/${section}"]`);
      await look(page, section);
    }

    // Every section again in Arabic, right to left, as a browser set to Arabic asks: the same checks.
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'ar' });
    for (const section of SECTIONS) {
      expect((await page.goto(`${base}${sectionPath(slug, section)}`))?.status(), section).toBe(200);
      expect(await page.$eval('html', (el) => [el.lang, el.dir])).toEqual(['ar', 'rtl']);
      await look(page, `ar-${section}`);
    }
    expect((await page.goto(`${base}/organize/letters/${slug}/close`))?.status()).toBe(200);
    await look(page, 'ar-close-confirm');
    await page.setExtraHTTPHeaders({});
    await page.goto(workspace);

    // The account page, from the header.
    await go(page, '.account-nav a[href="/organize/account"]');
    await look(page, 'account');

    // Sign out, from the header.
    await go(page, '.account-nav form[action="/logout"] button');
    expect(page.url()).toBe(`${base}/login?signedOut=1`);
    expect(await text(page, '.notice-ok')).toBe('You are signed out.');
    await look(page, 'signed-out');
    await page.goto(workspace);
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
