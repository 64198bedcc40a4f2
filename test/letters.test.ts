import { describe, expect, it } from 'vitest';
import { letterInput, newLetter, newOrganizer, uniq, useTestApp } from './helpers/app.js';
import { individual } from './helpers/signers.js';

const ctx = useTestApp();

describe('an organizer drafts, publishes and closes a letter; the public reads it', () => {
  it('is a draft, invisible to the public, until published', async () => {
    const { auth } = await newOrganizer(ctx);
    const input = letterInput({ summary: 'Fifty legislators from twenty countries.', language: 'en-GB' });
    const created = await ctx.http.post('/api/v1/letters').set(auth).send(input).expect(201);
    expect(created.headers.location).toBe(`/api/v1/letters/${input.slug}`);
    expect(created.body).toMatchObject({
      slug: input.slug,
      title: input.title,
      addressee: input.addressee,
      language: 'en-GB',
      status: 'draft',
      version: 1,
      publishedAt: null,
      signerKinds: ['legislator', 'organization', 'individual'],
      stats: { total: 0, summary: 'No signatures yet' },
    });
    expect(created.body.bodyHtml).toContain('<strong>reject</strong>');

    await ctx.http.get(`/api/v1/letters/${input.slug}`).expect(404);
    const page404 = await ctx.http.get(`/letters/${input.slug}`).expect(404);
    expect(page404.body).toMatchObject({ statusCode: 404, code: 'LETTER_NOT_FOUND' });
    await ctx.http.get(`/api/v1/letters/${input.slug}/stats`).expect(404);
    // Its organizer sees the draft.
    await ctx.http.get(`/api/v1/letters/${input.slug}`).set(auth).expect(200);

    const published = await ctx.http.post(`/api/v1/letters/${input.slug}/publish`).set(auth).expect(200);
    expect(published.body.status).toBe('open');
    expect(Date.parse(published.body.publishedAt)).toBeGreaterThan(0);

    const read = await ctx.http.get(`/api/v1/letters/${input.slug}`).expect(200);
    expect(read.body).toMatchObject({ slug: input.slug, status: 'open', title: input.title });
    const page = await ctx.http.get(`/letters/${input.slug}`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain(`<h1>${input.title}</h1>`);
    expect(page.text).toContain('To: <bdi>The member states of Interpol</bdi>');
    expect(page.text).toContain('<strong>reject</strong>');
    expect(page.text).toContain('lang="en-GB"');

    const stats = await ctx.http.get(`/api/v1/letters/${input.slug}/stats`).expect(200);
    expect(stats.body).toEqual({
      total: 0,
      byKind: { legislator: 0, organization: 0, individual: 0 },
      byCountry: {},
      countries: 0,
      legislatorCountries: 0,
      withheld: 0,
      summary: 'No signatures yet',
    });
  });

  it('closes, stays readable, and publishing again reopens it', async () => {
    const { auth } = await newOrganizer(ctx);
    const letter = await newLetter(ctx, auth);
    const closed = await ctx.http.post(`/api/v1/letters/${letter.slug}/close`).set(auth).expect(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.closedAt).not.toBeNull();
    await ctx.http.post(`/api/v1/letters/${letter.slug}/close`).set(auth).expect(200);
    const read = await ctx.http.get(`/api/v1/letters/${letter.slug}`).expect(200);
    expect(read.body.status).toBe('closed');
    const page = await ctx.http.get(`/letters/${letter.slug}`).expect(200);
    expect(page.text).toContain('Closed on');
    const reopened = await ctx.http.post(`/api/v1/letters/${letter.slug}/publish`).set(auth).expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null, publishedAt: letter.publishedAt });
  });

  it('cannot close a draft', async () => {
    const { auth } = await newOrganizer(ctx);
    const letter = await newLetter(ctx, auth, {}, { publish: false });
    const res = await ctx.http.post(`/api/v1/letters/${letter.slug}/close`).set(auth).expect(409);
    expect(res.body.code).toBe('NOT_PUBLISHED');
  });

  it('reads as closed once its closing time has passed', async () => {
    const { auth } = await newOrganizer(ctx);
    const closesAt = new Date(ctx.clock.now().getTime() + 60 * 60_000);
    const letter = await newLetter(ctx, auth, { closesAt: closesAt.toISOString() });
    expect(letter.status).toBe('open');
    // Read (and cached) while open; then the closing time passes, with no write to announce it.
    const open = await ctx.http.get(`/api/v1/letters/${letter.slug}`).expect(200);
    expect(open.body.status).toBe('open');
    ctx.clock.set(new Date(closesAt.getTime() + 1));
    const read = await ctx.http.get(`/api/v1/letters/${letter.slug}`).expect(200);
    expect(read.body.status).toBe('closed');
    expect(read.headers.etag).not.toBe(open.headers.etag);
    const signing = await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(individual()).expect(409);
    expect(signing.body.code).toBe('LETTER_CLOSED');
    // Reopening needs a new closing time in the future.
    const reopen = await ctx.http.post(`/api/v1/letters/${letter.slug}/publish`).set(auth).expect(409);
    expect(reopen.body).toMatchObject({ code: 'CLOSING_TIME_PASSED', field: 'closesAt' });
  });

  it("lists the organizer's own letters only", async () => {
    const a = await newOrganizer(ctx);
    const b = await newOrganizer(ctx);
    const mine = await newLetter(ctx, a.auth, {}, { publish: false });
    await newLetter(ctx, b.auth);
    const list = await ctx.http.get('/api/v1/letters').set(a.auth).expect(200);
    expect(list.body.items.map((l: { slug: string }) => l.slug)).toEqual([mine.slug]);
  });
});

describe('slugs', () => {
  it('are made from the title when not given, unique and URL-safe', async () => {
    const { auth } = await newOrganizer(ctx);
    const title = `Free the Scholars ${uniq('x')}: Ilham Tohti & Others!`;
    const first = await ctx.http
      .post('/api/v1/letters')
      .set(auth)
      .send(letterInput({ title, slug: undefined }))
      .expect(201);
    const second = await ctx.http
      .post('/api/v1/letters')
      .set(auth)
      .send(letterInput({ title, slug: undefined }))
      .expect(201);
    expect(first.body.slug).toMatch(/^free-the-scholars-x-[a-z0-9-]+-ilham-tohti-and-others$/);
    expect(second.body.slug).toBe(`${first.body.slug}-2`);
  });

  it('fall back to a readable slug for titles in scripts without transliteration', async () => {
    const { auth } = await newOrganizer(ctx);
    const res = await ctx.http
      .post('/api/v1/letters')
      .set(auth)
      .send(letterInput({ title: '致国际刑警组织成员国的公开信', slug: undefined }))
      .expect(201);
    expect(res.body.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('given one already in use: 409 naming the slug', async () => {
    const { auth } = await newOrganizer(ctx);
    const letter = await newLetter(ctx, auth, {}, { publish: false });
    const res = await ctx.http
      .post('/api/v1/letters')
      .set(auth)
      .send(letterInput({ slug: letter.slug }))
      .expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'SLUG_TAKEN', field: 'slug' });
  });

  it('can change while a draft, not once published', async () => {
    const { auth } = await newOrganizer(ctx);
    const letter = await newLetter(ctx, auth, {}, { publish: false });
    const renamed = uniq('renamed');
    await ctx.http.patch(`/api/v1/letters/${letter.slug}`).set(auth).send({ slug: renamed }).expect(200);
    await ctx.http.post(`/api/v1/letters/${renamed}/publish`).set(auth).expect(200);
    const res = await ctx.http
      .patch(`/api/v1/letters/${renamed}`)
      .set(auth)
      .send({ slug: uniq('again') })
      .expect(409);
    expect(res.body.code).toBe('SLUG_FROZEN');
  });
});

describe('editing', () => {
  it('changes the text the public reads', async () => {
    const { auth } = await newOrganizer(ctx);
    const letter = await newLetter(ctx, auth);
    const res = await ctx.http
      .patch(`/api/v1/letters/${letter.slug}`)
      .set(auth)
      .send({ title: 'A sharper title', body: 'New *text*.', summary: null, signerKinds: ['legislator'] })
      .expect(200);
    expect(res.body).toMatchObject({ title: 'A sharper title', body: 'New *text*.', summary: null, signerKinds: ['legislator'], version: 1 });
    const page = await ctx.http.get(`/letters/${letter.slug}`).expect(200);
    expect(page.text).toContain('<h1>A sharper title</h1>');
    expect(page.text).toContain('New <em>text</em>.');
  });
});

describe('the letter page', () => {
  it("is styled by the app's own stylesheet and loads nothing from elsewhere", async () => {
    const { auth } = await newOrganizer(ctx);
    const letter = await newLetter(ctx, auth, { body: 'See [the report](https://example.org/report).' });
    const page = await ctx.http.get(`/letters/${letter.slug}`).expect(200);
    const sources = [...page.text.matchAll(/<(?:link|script|img|iframe)\b[^>]*(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.filter((s) => !s?.startsWith('/') && !s?.startsWith('http://undersigned.test/'))).toEqual([]);
    expect(page.text).toContain('<meta name="viewport"');
    const css = await ctx.http.get('/static/css/app.css').expect(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    // Links in the text are kept, with rel attributes that stop referrer and opener leaks.
    expect(page.text).toContain('<a href="https://example.org/report" rel="nofollow noopener noreferrer">the report</a>');
  });

  it('answers a person with an HTML error page, a program with JSON', async () => {
    const html = await ctx.http
      .get(`/letters/${uniq('nope')}`)
      .set('Accept', 'text/html')
      .expect(404);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.text).toContain('There is no such letter, or it is not public.');
    const json = await ctx.http.get(`/letters/${uniq('nope')}`).expect(404);
    expect(json.body).toEqual({ statusCode: 404, error: 'Not Found', code: 'LETTER_NOT_FOUND', message: 'No such letter' });
  });
});

describe('health and unknown routes', () => {
  it('GET /health says ok while the database answers', async () => {
    const res = await ctx.http.get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('unknown routes are 404 in the error shape', async () => {
    const res = await ctx.http.get('/api/v1/nothing-here').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'ROUTE_NOT_FOUND' });
  });
});

describe('the start page', () => {
  it('lists public letters, open ones first, never drafts', async () => {
    const { auth } = await newOrganizer(ctx);
    const open = await newLetter(ctx, auth, { title: `Open ${uniq('o')}` });
    const draft = await newLetter(ctx, auth, { title: `Draft ${uniq('d')}` }, { publish: false });
    const page = await ctx.http.get('/').expect(200);
    expect(page.text).toContain(`<a href="/letters/${open.slug}" lang="en" dir="auto">${open.title}</a>`);
    expect(page.text).not.toContain(draft.title);
  });
});
