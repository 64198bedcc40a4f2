import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';
import { insertSignatories, organizerWithLetter } from './helpers/flows.js';

const ctx = useTestApp();

const between = (text: string, start: string, end: string) => text.slice(text.indexOf(start), text.indexOf(end, text.indexOf(start)));

describe('the letter page lists signatories as joint letters do', () => {
  it("legislators by country (in the page's language) and surname, organizations alphabetically, individuals last", async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const mp = (name: string, country: string) => ({ kind: 'legislator' as const, name, title: 'MP', parliament: 'Parliament', country });
    await insertSignatories(ctx, slug, [
      { kind: 'individual', name: 'Zoe Individual', country: 'GB' },
      mp('Ødegaard Zed', 'NO'),
      mp('Anna Ärlig', 'SE'),
      mp('Bob Zimmer', 'DE'),
      mp('Carl Ängström', 'SE'),
      mp('Eva Adler', 'DE'),
      mp('Anonymous Legislator', 'DE'),
      { kind: 'organization', name: 'Rep A', organization: 'Zebra Watch', role: 'Chair', country: 'US' },
      { kind: 'organization', name: 'Rep B', organization: 'Amnesty International', role: 'Director', country: 'GB' },
      { kind: 'legislator', name: 'Hidden Person', title: 'MP', parliament: 'Bundestag', country: 'DE', display: 'anonymous' },
    ]);
    const page = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    // The anonymous legislator is counted, not listed.
    expect(page).toContain('7 legislators from 3 countries, 2 organizations and 1 individual');
    // Country groups in English alphabetical order, each with its count.
    const legislators = between(page, 'Legislators', 'Organizations');
    const order = ['<h4><bdi>Germany</bdi> <span class="count">(3)</span></h4>', '<h4><bdi>Norway', '<h4><bdi>Sweden'].map((h) => legislators.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // By surname within a country: Adler, (Anonymous) Legislator, Zimmer.
    const germany = between(legislators, '<h4><bdi>Germany', '<h4><bdi>Norway');
    expect(germany.indexOf('Eva Adler')).toBeLessThan(germany.indexOf('Anonymous Legislator'));
    expect(germany.indexOf('Anonymous Legislator')).toBeLessThan(germany.indexOf('Bob Zimmer'));
    expect(page).not.toContain('Hidden Person');
    expect(page).toContain('Counted but not listed, at their request: 1.');
    expect(page).toContain('Legislators <span class="count">(7)</span>');
    // Organizations alphabetically by name; individuals after them.
    expect(page.indexOf('Amnesty International')).toBeLessThan(page.indexOf('Zebra Watch'));
    expect(page.indexOf('Zebra Watch')).toBeLessThan(page.indexOf('Zoe Individual'));
    expect(page).toContain('Titles and affiliations are given for identification only.');
  });

  it('pages past 500 signatories with plain links', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await insertSignatories(
      ctx,
      slug,
      Array.from({ length: 620 }, (_, i) => ({ kind: 'individual' as const, name: `Person ${String(i).padStart(4, '0')}`, country: 'FR' })),
    );
    const first = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    expect(first.match(/class="signatory-name"/g)).toHaveLength(500);
    // Handlebars writes "=" in attributes as &#x3D;, which browsers read as "=".
    expect(first).toContain(`href="/letters/${slug}?page&#x3D;2#signatories-heading"`);
    expect(first).toContain('Page 1 of 2');
    const second = (await ctx.http.get(`/letters/${slug}?page=2`).expect(200)).text;
    expect(second.match(/class="signatory-name"/g)).toHaveLength(120);
    expect(second).toContain('Person 0619');
    expect(second).not.toContain('Person 0000');
    await ctx.http.get(`/letters/${slug}?page=0`).expect(400);
  });
});

describe('the CSV', () => {
  it('has the public list only, formula-safe, never an address', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await insertSignatories(ctx, slug, [
      { kind: 'individual', name: '=HYPERLINK("http://evil.example","x")', country: 'GB' },
      { kind: 'individual', name: '+1 Plus', country: 'GB' },
      { kind: 'individual', name: '-2 Minus', country: 'GB' },
      { kind: 'individual', name: '@SUM(A1)', country: 'GB' },
      { kind: 'organization', name: 'Rep, "Quoted"', organization: 'Org\nWith Newline', role: 'Chair', country: 'FR' },
      { kind: 'individual', name: 'Withdrawn One', country: 'GB', status: 'withdrawn' },
      { kind: 'individual', name: 'Anonymous One', country: 'GB', display: 'anonymous' },
    ]);
    const res = await ctx.http.get(`/letters/${slug}/signatures.csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${slug}-signatories.csv"`);
    const csv = res.text.replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toBe('name,kind,title,parliament,party,organization,role,country,country_name,verified_by,version,founding,signed_at,verified_domain');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain("'+1 Plus");
    expect(csv).toContain("'-2 Minus");
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain('"Rep, ""Quoted"""');
    expect(csv).toContain('"Org\nWith Newline"');
    expect(csv).not.toContain('Withdrawn One');
    expect(csv).not.toContain('Anonymous One');
    expect(csv).not.toContain('@example.org');
    // No cell starts with a formula character.
    for (const line of csv.split('\r\n').slice(1)) expect(line).not.toMatch(/(^|,)"?[=+\-@]/);
  });
});

describe('translations', () => {
  it('the page follows ?lang= and Accept-Language, and falls back to the original', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Reject the candidate', body: 'English text.' });
    await insertSignatories(ctx, slug, [{ kind: 'legislator', name: 'Hans Meier', title: 'MdB', parliament: 'Bundestag', country: 'DE' }]);
    const saved = await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'fr', title: 'Rejetez le candidat', body: 'Texte *français*.' }).expect(200);
    expect(saved.body).toMatchObject({ language: 'fr', title: 'Rejetez le candidat', bodyHtml: '<p>Texte <em>français</em>.</p>\n', version: 1 });
    await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'de', title: 'Lehnen Sie ab', body: 'Deutscher Text.' }).expect(200);

    const fr = (await ctx.http.get(`/letters/${slug}?lang=fr`).expect(200)).text;
    expect(fr).toContain('<h1>Rejetez le candidat</h1>');
    expect(fr).toContain('<html lang="fr" dir="ltr">');
    expect(fr).toContain('<h4><bdi>Allemagne'); // country names in the reader's language
    const de = (await ctx.http.get(`/letters/${slug}`).set('Accept-Language', 'de-CH, de;q=0.9, en;q=0.5').expect(200)).text;
    expect(de).toContain('<h1>Lehnen Sie ab</h1>');
    const unknown = (await ctx.http.get(`/letters/${slug}?lang=xx-nope`).expect(200)).text;
    expect(unknown).toContain('<h1>Reject the candidate</h1>');
    const list = await ctx.http.get(`/api/v1/letters/${slug}/translations`).expect(200);
    expect(list.body.items.map((t: { language: string }) => t.language)).toEqual(['de', 'fr']);
    const pdf = await ctx.http.get(`/letters/${slug}.pdf?lang=fr`).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    const other = await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'en', title: 'x', body: 'y' }).expect(400);
    expect(other.body.field).toBe('language');
    await ctx.http.post(`/api/v1/letters/${slug}/translations`).send({ language: 'es', title: 'x', body: 'y' }).expect(401);
  });
});

describe('sharing and caching', () => {
  it('Open Graph tags, an embeddable counter, CORS on public JSON only', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], summary: 'A short summary.' });
    await insertSignatories(ctx, slug, [{ kind: 'individual', name: 'One Person', country: 'GB' }]);
    const page = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    expect(page).toContain(`<meta property="og:url" content="http://undersigned.test/letters/${slug}">`);
    expect(page).toContain('<meta property="og:description" content="1 individual. A short summary.">');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');

    const embed = await ctx.http.get(`/letters/${slug}/embed`).expect(200);
    expect(embed.text).toContain('<span class="embed-count">1</span>');
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');

    const json = await ctx.http.get(`/api/v1/letters/${slug}/stats`).set('Origin', 'https://news.example').expect(200);
    expect(json.headers['access-control-allow-origin']).toBe('*');
    const organizer = await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(auth).set('Origin', 'https://news.example').expect(200);
    expect(organizer.headers['access-control-allow-origin']).toBeUndefined();
    expect(organizer.headers['cache-control']).toBe('private, no-store');
  });

  it('public GETs carry an ETag that changes when the list changes', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    for (const path of [`/letters/${slug}/embed`, `/api/v1/letters/${slug}`, `/api/v1/letters/${slug}/signatures`, `/letters/${slug}/signatures.csv`]) {
      const first = await ctx.http.get(path).expect(200);
      expect(first.headers['cache-control'], path).toBe('public, max-age=0, must-revalidate');
      const etag = first.headers.etag as string;
      expect(etag, path).toBeTruthy();
      await ctx.http.get(path).set('If-None-Match', etag).expect(304);
      await insertSignatories(ctx, slug, [{ kind: 'individual', name: `New ${path}`, country: 'GB' }]);
      const after = await ctx.http.get(path).set('If-None-Match', etag).expect(200);
      expect(after.headers.etag, path).not.toBe(etag);
    }
  });
});
