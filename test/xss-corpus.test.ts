import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters, signatures } from '../server/db/schema.js';
import { uniq, useTestApp } from './helpers/app.js';
import { organizerWithLetter } from './helpers/flows.js';
import { getPdf, readPdf } from './helpers/pdf.js';

const ctx = useTestApp({ smtp: true, env: { TRUST_PROXY: 'true' } });

/** From the OWASP XSS Filter Evasion and CSV Injection cheat sheets (those a name may hold). */
const CORPUS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'';!--\"<XSS>=&{()}",
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<iframe src=javascript:alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  '<body onload=alert(1)>',
  '=HYPERLINK("http"&"://evil.example","x")',
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
];
const FORMULA = /^[=+\-@]/;

/** Start tags in an HTML document, with their attributes as written. */
const tags = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: m[2]! }));

function expectInert(html: string, where: string) {
  const found = tags(html);
  // The page's own pictures (the chart and the map, drawn by the server) are the only images.
  const ownPicture = (t: { name: string; attrs: string }) => t.name === 'img' && /^ src="\/letters\/[\w-]+\/(map|timeline)\.svg"/.test(t.attrs);
  expect(
    found.filter((t) => ['script', 'img', 'svg', 'iframe', 'xss'].includes(t.name) && !ownPicture(t)),
    where,
  ).toEqual([]);
  expect(
    found.filter((t) => /\son[a-z]+\s*=/i.test(t.attrs)),
    where,
  ).toEqual([]);
  expect(html, where).not.toMatch(/href\s*=\s*"?\s*javascript:/i);
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

describe('an XSS and formula corpus as names, titles and organizations', () => {
  it('comes out escaped (or neutralized) in the page, the JSON, the CSV, the PDF text and the emails', async () => {
    const hostileTitle = '<script>alert("title")</script> Open letter';
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: hostileTitle });
    const emails: string[] = [];
    for (const [i, text] of CORPUS.entries()) {
      const email = `${uniq('x')}@example.org`;
      emails.push(email);
      const body =
        i % 3 === 0
          ? { kind: 'individual', name: text, email, country: 'GB' }
          : i % 3 === 1
            ? { kind: 'organization', name: `Rep ${i}`, organization: text, role: text, email, country: 'FR' }
            : { kind: 'legislator', name: `MP ${i}`, title: text, parliament: text, party: text, email, country: 'DE' };
      await ctx.http
        .post(`/api/v1/letters/${slug}/signatures`)
        .set('X-Forwarded-For', `192.0.2.${i + 1}`)
        .send(body)
        .expect(202);
    }
    // Emails: the HTML part escapes; the text part carries the words as written.
    for (const [i, email] of emails.entries()) {
      const [mail] = await ctx.smtp.waitFor(email);
      expectInert(mail!.html, `email ${i}`);
      expect(mail!.subject).toContain(hostileTitle);
      expect(mail!.text).toContain(CORPUS[i]!);
    }
    const [letter] = await ctx.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
    await ctx.database.db.update(signatures).set({ status: 'confirmed', confirmedAt: new Date(), publishedAt: new Date(), namedAt: new Date() }).where(eq(signatures.letterId, letter!.id));
    await ctx.app.letterChanged(slug);

    const page = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    expectInert(page, 'page');
    expect(page).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Open letter');
    expect(page).toContain('&lt;svg/onload&#x3D;alert(1)&gt;');

    const json = await ctx.http.get(`/api/v1/letters/${slug}/signatures`).expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    const values = JSON.stringify(json.body.items);
    for (const text of CORPUS) expect(values).toContain(JSON.stringify(text).slice(1, -1));

    const csv = (await ctx.http.get(`/letters/${slug}/signatures.csv`).expect(200)).text;
    const cells = csv
      .split('\r\n')
      .slice(1)
      .flatMap((line) => line.split(',').map((c) => c.replace(/^"/, '')));
    expect(cells.filter((c) => FORMULA.test(c))).toEqual([]);
    expect(csv).toContain("'=HYPERLINK(");
    expect(csv).toContain("'@SUM(1+1)");

    const pdf = await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200);
    const text = squash(readPdf(pdf.body as Buffer).text);
    for (const item of CORPUS) expect(text, item).toContain(squash(item));
    expect(text).toContain(squash(hostileTitle));
  });
});
