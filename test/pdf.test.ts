import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters, letterTranslations } from '../server/db/schema.js';
import { useTestApp } from './helpers/app.js';
import { insertSignatories, organizerWithLetter } from './helpers/flows.js';
import { type PdfFont, getPdf, readPdf } from './helpers/pdf.js';

const ctx = useTestApp();

const SCRIPTS = {
  latin: 'Dovilė Šakalienė',
  latin2: 'Ayşe Gül Yılmaz-Øster',
  chinese: '王丹',
  uyghur: 'ئىلھام توختى',
  tibetan: 'བསྟན་འཛིན་རྒྱ་མཚོ',
  cyrillic: 'Олена Кондратюк',
};

// A reader rebuilds words from glyph positions and may put spaces inside complex scripts.
const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

/** The fonts named in a PDF, without their subset prefix ("ABCDEF+"). */
const fontNames = (fonts: PdfFont[]) => fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));

// The PostScript names of the npm and vendored fonts (the CJK slices keep their variable font's name).
const OUR_FONTS =
  /^(NotoSansSymbols2|NotoSerif|NotoSans|NotoSansMono|NotoNaskhArabic|NotoSerifTibetan|NotoSerifSCExtraLight|NotoSerifTCExtraLight|NotoSansHebrewThin|NotoSansDevanagari|NotoSerifThai)-(Regular|Bold|Italic|BoldItalic)$/;

describe('the PDF dossier', () => {
  it("prints every signer's name in every script, with the fonts embedded", async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await insertSignatories(ctx, slug, [
      { kind: 'legislator', name: SCRIPTS.latin, title: 'Member of the Seimas', parliament: 'Seimas', country: 'LT' },
      { kind: 'legislator', name: SCRIPTS.cyrillic, title: "People's Deputy", parliament: 'Verkhovna Rada', country: 'UA' },
      { kind: 'organization', name: SCRIPTS.uyghur, organization: 'Uyghur Human Rights Project', role: 'Director', country: 'US' },
      { kind: 'individual', name: SCRIPTS.chinese, country: 'TW' },
      { kind: 'individual', name: SCRIPTS.tibetan, country: 'IN' },
      { kind: 'individual', name: SCRIPTS.latin2, country: 'NO' },
    ]);
    const res = await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, fonts } = readPdf(pdf);
    const flat = normalize(text);
    for (const [script, name] of Object.entries(SCRIPTS)) {
      // A right-to-left line may be read out with its words in visual order: each word in reading order, then.
      const found = flat.includes(normalize(name)) || (script === 'uyghur' && name.split(' ').every((word) => flat.includes(normalize(word))));
      expect(found, `${script}: ${name}`).toBe(true);
    }
    expect(flat).toContain(normalize('2 legislators from 2 countries, 1 organization and 3 individuals'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true });
  });

  it(`prints Chinese, Uyghur, Tibetan, Ukrainian and Czech names in the fonts npm and fonts/ bring, whatever the machine has (${process.env.PDF_BROWSER ?? 'auto'} Chromium)`, async () => {
    const names = ['王丹', '劉曉波', 'ئىلھام توختى', 'بەختىيار ئۆمەر', 'བསྟན་འཛིན་རྒྱ་མཚོ', 'ཚེ་རིང་འོད་ཟེར', 'Олена Кондратюк', 'Юлія Ярошенко', 'Jiří Dienstbier', 'Markéta Pekarová Adamová'];
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await insertSignatories(
      ctx,
      slug,
      names.map((name) => ({ kind: 'individual' as const, name, country: 'CZ' })),
    );
    const res = await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200);
    const { text, fonts } = readPdf(res.body as Buffer);
    const flat = normalize(text);
    for (const name of names) {
      // A right-to-left line may be read out with its words in visual order: each word in reading order, then.
      const rtl = /[\u0600-\u06FF]/.test(name);
      expect(flat.includes(normalize(name)) || (rtl && name.split(' ').every((word) => flat.includes(normalize(word)))), name).toBe(true);
    }
    const used = fontNames(fonts);
    // Naskh for Uyghur (not a CJK font's few Arabic letters), the vendored Tibetan, the CJK slices, ✓.
    for (const family of ['NotoSerif', 'NotoNaskhArabic', 'NotoSerifTibetan', 'NotoSerifSCExtraLight', 'NotoSansSymbols2']) {
      expect(
        used.some((name) => name.startsWith(`${family}-`)),
        `${family} in ${used.join(', ')}`,
      ).toBe(true);
    }
    for (const name of used) expect(name, `${name}: not one of the npm or vendored fonts`).toMatch(OUR_FONTS);
    expect(
      fonts.filter((font) => font.subtype === 'Type3'),
      'no font printed as Type 3 glyph drawings',
    ).toEqual([]);
  });

  it('is rendered once for simultaneous requests, then served from cache with an ETag until the list changes', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await insertSignatories(ctx, slug, [{ kind: 'individual', name: 'First Signer', country: 'GB' }]);
    const before = ctx.app.pdfCache.renders;
    const responses = await Promise.all(Array.from({ length: 5 }, () => ctx.http.get(`/letters/${slug}.pdf`)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(ctx.app.pdfCache.renders - before).toBe(1);
    const etag = responses[0]!.headers.etag as string;
    expect(new Set(responses.map((r) => r.headers.etag))).toEqual(new Set([etag]));
    await ctx.http.get(`/letters/${slug}.pdf`).set('If-None-Match', etag).expect(304);

    await insertSignatories(ctx, slug, [{ kind: 'individual', name: 'Second Signer', country: 'GB' }]);
    const changed = await ctx.http.get(`/letters/${slug}.pdf`).set('If-None-Match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(ctx.app.pdfCache.renders - before).toBe(2);
  });

  it('hostile names stay text: escaped, never breaking the layout', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const zalgo = `Z${'\u0301\u0302\u0303\u0304'.repeat(125)}algo`;
    await insertSignatories(ctx, slug, [
      { kind: 'individual', name: '<img src=x onerror=alert(1)>Mallory', country: 'GB' },
      { kind: 'individual', name: '=HYPERLINK("http://evil.example","click")', country: 'GB' },
      { kind: 'individual', name: zalgo, country: 'GB' },
      { kind: 'individual', name: 'Normal Person', country: 'GB' },
    ]);
    const res = await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200);
    const { text } = readPdf(res.body as Buffer);
    expect(text).toContain('<img src=x onerror=alert(1)>Mallory');
    expect(text).toContain('Normal Person');
  });

  it('prints every signatory whatever the title holds: no text of a letter goes into its CSS', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const people = ['Alice Anders', 'Bob Brown', 'Carol Chen'];
    await insertSignatories(
      ctx,
      slug,
      people.map((name) => ({ kind: 'individual' as const, name, country: 'FR' })),
    );
    await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'fr', title: 'Appel', body: 'Nous, soussignés.' }).expect(200);
    // A newline ends a CSS string, and braces end the rules around it: the first name of every list gone.
    const injection = 'Appel\n}} .names li:first-child { display: none } .x {';
    // The API refuses such a title now (below); one already stored is written behind its back.
    const [letter] = await ctx.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
    await ctx.database.db.update(letterTranslations).set({ title: injection }).where(eq(letterTranslations.letterId, letter!.id));
    await ctx.database.db.update(letters).set({ title: injection }).where(eq(letters.id, letter!.id));
    await ctx.app.letterChanged(slug);
    for (const path of [`/letters/${slug}.pdf?lang=fr`, `/letters/${slug}.pdf`]) {
      const res = await getPdf(ctx.http, path).expect(200);
      const { text } = readPdf(res.body as Buffer);
      for (const name of people) expect(text, `${path}: ${name}`).toContain(name);
      // The title still runs in the footer of every page, as text.
      expect(text).toMatch(/Appel }} \.names li:first-child \{ display: none \} \.x \{ · 1 \/ 1/);
    }
  });

  it('is 404 for a draft or an unknown letter', async () => {
    const { slug } = await organizerWithLetter(ctx, {}, { publish: false });
    await ctx.http.get(`/letters/${slug}.pdf`).expect(404);
    await ctx.http.get('/letters/no-such-letter.pdf').expect(404);
  });
});
