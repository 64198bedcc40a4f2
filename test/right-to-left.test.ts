import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../server/i18n/catalogs/index.js';
import { DRIVER, useTestApp } from './helpers/app.js';
import { ARTIFACTS, accessibilityViolations, useBrowser } from './helpers/browser.js';
import { insertSignatories, organizerWithLetter } from './helpers/flows.js';
import { getPdf, readPdf } from './helpers/pdf.js';

const ctx = useTestApp();
const web = useBrowser(ctx);

// A Uyghur legislator in Turkey's parliament with a party written in Latin letters: the line that
// came out scrambled, its bracketed party jumping to the far side.
const UYGHUR = { kind: 'legislator' as const, name: 'ئابدۇۋەلى ئايۇپ', title: 'MP', parliament: 'TBMM', party: 'İyi Party', country: 'TR' };
const OTHERS = [
  { kind: 'legislator' as const, name: 'Marie Dupont', title: 'Députée', parliament: 'Assemblée nationale', country: 'FR' },
  { kind: 'organization' as const, name: 'Dolkun Isa', organization: 'دۇنيا ئۇيغۇر قۇرۇلتىيى', role: 'President', country: 'DE' },
  { kind: 'individual' as const, name: 'བསྟན་འཛིན་རྒྱ་མཚོ', country: 'IN' },
];

/** The on-screen boxes of the Uyghur legislator's line: each part, and each bracket. */
function lineBoxes(page: Page, name: string) {
  return page.evaluate((name) => {
    const li = [...document.querySelectorAll('.signatory-list li')].find((el) => el.textContent?.includes(name))!;
    const box = (el: Element) => el.getBoundingClientRect();
    const parts = [...li.querySelectorAll('bdi')].map((b) => ({ text: b.textContent, left: box(b).left, right: box(b).right }));
    const bracket = (ch: string) => {
      for (const node of li.childNodes) {
        const at = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').indexOf(ch) : -1;
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const [rect] = range.getClientRects();
          return { left: rect!.left, right: rect!.right };
        }
      }
      return null;
    };
    // The country heading over the line's list.
    const before = li.closest('ul')?.previousElementSibling;
    const heading = before?.tagName === 'H4' ? before : null;
    return {
      dir: getComputedStyle(li).direction,
      parts,
      open: bracket('('),
      close: bracket(')'),
      scrollWidth: document.documentElement.scrollWidth,
      headingParts: heading ? [box(heading.querySelector('bdi')!).left, box(heading.querySelector('.count')!).left] : null,
    };
  }, name);
}

describe('right to left, and mixed lines, in a real browser', () => {
  const languages = [
    ['ug', 'rtl'],
    ['ar', 'rtl'],
    ['zh-Hant', 'ltr'],
  ] as const;
  it.each(languages)('%s: the Uyghur legislator with a Latin party reads in order, at 390 and 1280 px', async (code, dir) => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Appeal to Interpol member states' });
    await insertSignatories(ctx, slug, [UYGHUR, ...OTHERS]);
    for (const width of [390, 1280]) {
      const page = await web.browser.newPage();
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      expect([200, 304]).toContain((await page.goto(`${web.base}/letters/${slug}?lang=${code}`, { waitUntil: 'load' }))?.status());
      expect(await page.$eval('html', (h) => [h.lang, h.dir])).toEqual([code, dir]);
      await page.$eval('.kind-legislator', (el) => el.scrollIntoView());
      await page.screenshot({ path: join(ARTIFACTS, `mixed-line-${code}-${width}-${DRIVER}.png`) });
      const boxes = await lineBoxes(page, UYGHUR.name);
      expect(boxes.dir).toBe(dir);
      const [name, title, parliament, party] = boxes.parts;
      expect([name?.text, title?.text, parliament?.text, party?.text]).toEqual([UYGHUR.name, 'MP', 'TBMM', UYGHUR.party]);
      // Reading order on screen: right to left in an rtl interface, left to right otherwise.
      const order = [name!, title!, parliament!, party!].map((p) => p.left);
      const expected = dir === 'rtl' ? [...order].sort((a, b) => b - a) : [...order].sort((a, b) => a - b);
      expect(order).toEqual(expected);
      // The brackets hold the party on both sides, wherever the line puts it.
      const edges = [boxes.open!.left, boxes.close!.left].sort((a, b) => a - b);
      expect(edges[0]).toBeLessThanOrEqual(party!.left);
      expect(edges[1]).toBeGreaterThanOrEqual(party!.right - 1);
      // The country heading: its name first in reading order, then the count.
      const [countryLeft, countLeft] = boxes.headingParts!;
      expect(dir === 'rtl' ? countryLeft! > countLeft! : countryLeft! < countLeft!).toBe(true);
      expect(boxes.scrollWidth).toBeLessThanOrEqual(width);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `letter-${code}-${width}-${DRIVER}.png`), fullPage: true });
      await page.close();
    }
  });
});

describe('the PDF in Uyghur', () => {
  it('keeps every name intact in its text, and its chrome in Uyghur', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Appeal to Interpol member states' });
    await insertSignatories(ctx, slug, [UYGHUR, ...OTHERS]);
    const bytes = (await getPdf(ctx.http, `/letters/${slug}.pdf?lang=ug`).expect(200)).body as Buffer;
    // Kept first, so that a failure still leaves the file and its first page (pdftoppm, where the machine has it) to look at.
    const file = join(ARTIFACTS, `letter-ug-${DRIVER}.pdf`);
    writeFileSync(file, bytes);
    if (existsSync('/usr/bin/pdftoppm')) execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, join(ARTIFACTS, `letter-ug-page-${DRIVER}`)]);
    // MuPDF reads a right-to-left line in visual order (its words last to first), so each word of a
    // name must come out whole: a font whose text layer splits joined letters ("ئ ابدۇ ۋ ەلى") fails here.
    const { text } = readPdf(bytes);
    const words = (s: string) => s.split(' ');
    for (const name of [...[UYGHUR, ...OTHERS].map((p) => p.name), 'دۇنيا ئۇيغۇر قۇرۇلتىيى']) for (const word of words(name)) expect(text, name).toContain(word);
    const ug = CATALOGS.ug as Record<string, string>;
    for (const word of words(ug['pdf.signatories']!)) expect(text).toContain(word);
    expect(text).not.toContain('Signatories');
    // Where poppler is installed (CI), the reading order too, as a reader's copy gives it: pdftotext
    // applies the bidirectional algorithm. (It misreads Tibetan vowel signs, which MuPDF reads above.)
    if (existsSync('/usr/bin/pdftotext')) {
      const logical = execFileSync('pdftotext', [file, '-']).toString();
      for (const name of [UYGHUR.name, 'دۇنيا ئۇيغۇر قۇرۇلتىيى', ug['pdf.signatories']!]) expect(logical).toContain(name);
    }
  });
});
