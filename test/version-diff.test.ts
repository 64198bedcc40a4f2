import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRIVER, useTestApp } from './helpers/app.js';
import { ARTIFACTS, accessibilityViolations, useBrowser } from './helpers/browser.js';
import { organizerWithLetter, signAndConfirm } from './helpers/flows.js';
import { individual } from './helpers/signers.js';
import { bodyDiff } from '../server/letters/version-diff.js';

const ctx = useTestApp({ smtp: true });
const web = useBrowser(ctx);

const PARAGRAPHS = [
  'Interpol was founded so that police forces could cooperate across borders against ordinary crime, and its constitution forbids it to act in matters of a political, military, religious or racial character.',
  'Yet governments that persecute their critics have learned to use its notices and diffusions to have them arrested abroad, sometimes years after they fled and long after another state granted them protection.',
  'Journalists, human rights defenders and opposition politicians have spent months in detention in countries they believed safe, waiting for a court to find what was plain from the start: the request was political.',
  'Some were sent back before any court looked at their case. Others lost their jobs, their savings and their health while the notice stood, and found that it followed them to every border they crossed.',
  'The review of requests by the General Secretariat has improved, but it remains slow, it is not public, and it cannot catch what it is not told: a member state need not say that the person it seeks is a refugee.',
  'We ask the member states to **refuse** requests against people they have themselves recognised as refugees, and to say so to the General Secretariat whenever such a request reaches them.',
  'We ask them to check every request they receive against the asylum decisions of the other member states, which they can do today through the channels they already share with each other.',
  'We ask them to publish, every year, how many requests they refused and on what grounds, so that the public can see whether the rules that forbid political requests are applied at all.',
  'None of this requires a change of Interpol’s constitution. It requires the member states to use the powers they already have, and to use them in the open rather than behind closed doors.',
  'Exiles who have been arrested on such requests have told their stories to parliaments, to courts and to the press. Their accounts agree: the damage is done long before anyone finds the request unfounded.',
  'We, the undersigned, call on the governments of the member states to act on these three requests before the next General Assembly, and to report to their parliaments on what they have done.',
  'Several parliaments have already adopted resolutions to this effect, and some ministries of justice now check each request against their own asylum files; the others can follow their example without waiting for anyone.',
  'We know that Interpol can change: it adopted a refugee policy in 2015 and has since deleted many notices that should never have been issued. What is missing is the will of its members to apply that policy themselves.',
  'Far away at the end: the signatories stand ready to meet the Secretary General and the Commission for the Control of Files to discuss how these requests can be implemented without delay.',
];

const BODY = [
  '## Why we write',
  PARAGRAPHS[0],
  PARAGRAPHS[1],
  PARAGRAPHS[2],
  PARAGRAPHS[3],
  PARAGRAPHS[4],
  '## What we ask of the member states',
  PARAGRAPHS[5],
  '- **Refuse** notices against recognised refugees.\n- Check requests against asylum decisions.\n- Publish the refusals every year.',
  PARAGRAPHS[6],
  PARAGRAPHS[7],
  PARAGRAPHS[8],
  '## Why it matters',
  PARAGRAPHS[9],
  PARAGRAPHS[10],
  PARAGRAPHS[11],
  PARAGRAPHS[12],
  PARAGRAPHS[13],
].join('\n\n');

/** The changes shown for one version on the history page (its <article>). */
function versionArticle(html: string, version: number) {
  const start = html.indexOf(`Version ${version}`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('the history shows each change as readers see the text', () => {
  it('formatted, word by word, with one paragraph of context and the rest counted', async () => {
    expect(BODY.length).toBeGreaterThan(3000);
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], body: BODY });
    await signAndConfirm(ctx, slug, individual({ name: 'Early Signer' }));

    expect((await ctx.http.get(`/letters/${slug}/versions`).expect(200)).text).not.toContain('Version 2');
    // One word in one paragraph (inside bold) and a heading reworded: a change of substance.
    const edited = BODY.replace('to **refuse** requests', 'to **reject** requests').replace('## Why it matters', '## Why this matters now');
    expect((await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ body: edited }).expect(200)).body.version).toBe(2);

    // The API keeps its raw word diff of the Markdown.
    const api = (await ctx.http.get(`/api/v1/letters/${slug}/versions`).expect(200)).body;
    expect(api.items[1].changes).toEqual([{ field: 'body', parts: expect.arrayContaining([{ value: 'refuse', added: false, removed: true }]) }]);

    const page = await ctx.http.get(`/letters/${slug}/versions`).expect(200);
    const shown = versionArticle(page.text, 2);
    const diff = shown.slice(shown.indexOf('class="diff-body"'));
    expect(diff).toContain('dir="auto"');
    // The heading is still a heading, its changed words marked inside it.
    const headings = [...diff.matchAll(/<h2>([\s\S]*?)<\/h2>/g)].map((m) => m[1]!);
    const reworded = headings.find((h) => h.includes('<ins>'));
    expect(reworded).toMatch(/^Why <del>.*it.*<\/del>.*<ins>.*this.*<\/ins>/);
    expect(reworded).toContain('now');
    // The bold word is still bold, changed inside it.
    expect(diff).toMatch(/<strong><del><span class="diff-label"[^>]*>removed: <\/span>refuse<\/del><ins><span class="diff-label"[^>]*>added: <\/span>reject<\/ins><\/strong>/);
    // No Markdown source on the page.
    expect(diff).not.toContain('**');
    expect(diff).not.toContain('## ');
    // One block of context on each side of a change: the list's first item after the bold word's paragraph, the paragraph before the heading.
    expect(diff).toContain(PARAGRAPHS[8]);
    expect(diff).toContain('<li><strong>Refuse</strong> notices against recognised refugees.</li>');
    // The paragraphs far from any change are not repeated, only counted.
    for (const far of [PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[6], PARAGRAPHS[13]]) expect(page.text).not.toContain(far);
    expect(diff).toContain('class="diff-collapsed"');
    // Before the first change; between the list's first item and the heading's paragraph before; after the last one.
    expect([...diff.matchAll(/… (\d+) unchanged paragraphs? …/g)].map((m) => Number(m[1]))).toEqual([6, 4, 4]);
    // The first version is not shown again either.
    expect(versionArticle(page.text, 1)).toContain('The first text.');
  });

  it("keeps the text's markup sanitized, marks the title word by word, and only counts a change of source alone", async () => {
    const body = 'We ask you to act.\n\nA paragraph with <img src=x onerror=alert(1)> in it.\n\nThe end.';
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Stop the abuse', body });
    await signAndConfirm(ctx, slug, individual({ name: 'Early Signer' }));
    await ctx.http
      .patch(`/api/v1/letters/${slug}`)
      .set(auth)
      .send({ title: 'Stop the abuse now', body: body.replace('with <img', 'with a picture <img') })
      .expect(200);
    // Only the Markdown differs: it reads the same.
    await ctx.http
      .patch(`/api/v1/letters/${slug}`)
      .set(auth)
      .send({ body: body.replace('with <img', 'with a picture <img').replace('We ask you to act.', 'We ask you to act.  ') })
      .expect(200);

    const page = (await ctx.http.get(`/letters/${slug}/versions`).expect(200)).text;
    const second = versionArticle(page, 2);
    expect(second).toContain('<ins><span class="diff-label" lang="en" dir="ltr">added: </span>now</ins>');
    expect(second).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<img');
    expect(second).toMatch(/with <ins><span class="diff-label"[^>]*>added: <\/span>a picture<\/ins>/);
    const third = versionArticle(page, 3);
    expect(third).toContain('Only the markup of the source changed');
    expect(third).toContain('… 3 unchanged paragraphs …');
    expect(third).not.toContain('<ins>');
  });

  it('shows a very long changed paragraph removed and added whole, still formatted', () => {
    const long = (word: string) => `Short one.\n\n**Long** ${Array.from({ length: 450 }, (_, i) => (i === 200 ? word : `word${i}`)).join(' ')}.\n\nShort two.`;
    const labels = { added: 'added:', removed: 'removed:', formatted: 'formatting changed:', lang: 'en', dir: 'ltr' as const };
    const { blocks } = bodyDiff(long('before'), long('after'), labels);
    const html = (blocks[0] as { html: string }).html;
    expect(html).toMatch(
      /^<p>Short one\.<\/p>\n<p><del><span class="diff-label"[^>]*>removed: <\/span><strong>Long<\/strong> word0 [^<]* before [^<]*<\/del><\/p>\n<p><ins><span class="diff-label"[^>]*>added: <\/span><strong>Long<\/strong> word0 [^<]* after [^<]*<\/ins><\/p>\n<p>Short two\.<\/p>/,
    );
  });

  it("a translation's revisions too, right to left", async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const arabic = (word: string) => `## مطالبنا\n\nنطلب من الدول الأعضاء **${word}** الطلبات ضد اللاجئين.\n\nفقرة ثانية لا تتغير.\n\nفقرة ثالثة لا تتغير.\n\nفقرة رابعة بعيدة.`;
    await ctx.http
      .post(`/api/v1/letters/${slug}/translations`)
      .set(auth)
      .send({ language: 'ar', title: 'العنوان', body: arabic('رفض') })
      .expect(200);
    // Read once before the second revision: the page is computed afresh after it.
    expect((await ctx.http.get(`/letters/${slug}/versions`).expect(200)).text).not.toContain('diff-body');
    await ctx.http
      .post(`/api/v1/letters/${slug}/translations`)
      .set(auth)
      .send({ language: 'ar', title: 'العنوان', body: arabic('إلغاء') })
      .expect(200);

    const page = (await ctx.http.get(`/letters/${slug}/versions`).expect(200)).text;
    const history = page.slice(page.indexOf('id="history-ar"'));
    expect(history).toContain('<div class="diff-body" dir="auto">');
    expect(history).toMatch(
      /<strong><del><span class="diff-label" lang="en" dir="ltr">removed: <\/span>رفض<\/del><ins><span class="diff-label" lang="en" dir="ltr">added: <\/span>إلغاء<\/ins><\/strong>/,
    );
    expect(history).toContain('<h2>مطالبنا</h2>');
    expect(history).not.toContain('**');
    expect(history).not.toContain('فقرة رابعة بعيدة');
    expect(history).toContain('… 2 unchanged paragraphs …');
  });

  it('fits a 390 px screen, left to right and right to left, with nothing a screen reader cannot tell', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], body: BODY });
    await signAndConfirm(ctx, slug, individual({ name: 'Early Signer' }));
    await ctx.http
      .patch(`/api/v1/letters/${slug}`)
      .set(auth)
      .send({ body: BODY.replace('to **refuse** requests', 'to **reject** requests').replace('## Why it matters', '## Why this matters now') })
      .expect(200);
    const page = await web.browser.newPage();
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    for (const lang of ['en', 'ug']) {
      await page.goto(`${web.base}/letters/${slug}/versions?lang=${lang}`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // The marks' words are read out, not shown.
      const label = await page.$eval('.diff-body ins .diff-label', (el) => el.getBoundingClientRect().width);
      expect(label).toBeLessThanOrEqual(1);
      await page.screenshot({ path: join(ARTIFACTS, `version-diff-390-${lang}-${DRIVER}.png`), fullPage: true });
    }
    expect(await accessibilityViolations(page, { serious: true })).toEqual([]);
    await page.close();
  });
});
