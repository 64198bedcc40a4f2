import { describe, expect, it } from 'vitest';
import en from '../server/i18n/catalogs/en/site.js';
import { CATALOGS } from '../server/i18n/catalogs/index.js';
import { LOCALES } from '../server/i18n/locales.js';
import { useTestApp } from './helpers/app.js';
import { organizerWithLetter } from './helpers/flows.js';
import { getPdf, readPdf } from './helpers/pdf.js';
import { tokenFrom } from './helpers/smtp.js';

const ctx = useTestApp({ smtp: true });

// English sentences of the interface that carry no value: none may show in another language.
const ENGLISH = Object.entries(en)
  .filter(([, v]) => !v.includes('{') && !v.includes('<') && v.length >= 12)
  .map(([key, v]) => ({ key, value: v }));

/** The English interface strings found in a rendering in `code` (none that its catalog spells the same). */
function englishIn(rendered: string, code: string): string[] {
  const own = CATALOGS[code] as Record<string, string> | undefined;
  return ENGLISH.filter(({ key, value }) => own?.[key] !== value && rendered.includes(value)).map(({ key }) => key);
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the interface in every language', () => {
  it.each(LOCALES.filter((l) => l.code !== 'en' && CATALOGS[l.code]).map((l) => [l.code, l.dir] as const))(
    '%s: letter page, confirmation mail and page, and PDF with no English around the text',
    async (code, dir) => {
      const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Zz letter title', body: 'Zz body of the letter.', addressee: 'Zz addressee' });
      await ctx.http
        .post(`/api/v1/letters/${slug}/signatures`)
        .send({ kind: 'legislator', name: 'ئابدۇۋەلى ئايۇپ', email: `ug-${code}@example.org`, country: 'TR', title: 'MP', parliament: 'TBMM', party: 'Good Party', language: code })
        .expect(202);

      const page = await ctx.http.get(`/letters/${slug}?lang=${code}`).expect(200);
      expect(page.text).toContain(`<html lang="${code}" dir="${dir}">`);
      expect(page.headers['content-language']).toBe(code);
      expect(englishIn(page.text, code)).toEqual([]);

      const [mail] = await ctx.smtp.waitFor(`ug-${code}@example.org`);
      expect(mail!.html).toContain(`<html lang="${code}" dir="${dir}">`);
      expect(englishIn(mail!.subject + mail!.text + mail!.html, code)).toEqual([]);

      const confirmPage = await ctx.http.get(`/confirm/${tokenFrom(mail!, 'confirm')}?lang=${code}`).expect(200);
      expect(confirmPage.text).toContain(`<html lang="${code}" dir="${dir}">`);
      expect(englishIn(confirmPage.text, code)).toEqual([]);

      const pdf = readPdf((await getPdf(ctx.http, `/letters/${slug}.pdf?lang=${code}`).expect(200)).body as Buffer);
      expect(englishIn(flat(pdf.text), code)).toEqual([]);
    },
  );
});
