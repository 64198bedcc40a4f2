import { SECTIONS, sectionPath } from '../server/organizers/workspace.js';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { individual } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true });

const PRIVATE = 'private, no-store';

describe('what an organizer sees is kept by no cache', () => {
  it('API answers and /organize pages, to a session cookie and to an API token alike', async () => {
    const { organizer, auth, slug } = await organizerWithLetter(ctx);
    await signAndConfirm(ctx, slug, individual());
    await ctx.http
      .post(`/api/v1/letters/${slug}/recipients`)
      .set(auth)
      .send({ recipients: [{ name: 'A Minister', email: 'minister@gov.example' }] })
      .expect(200);
    const browser = await signInBrowser(ctx, organizer.email);

    const routes = [
      `/api/v1/letters/${slug}/signatures/all`,
      `/api/v1/letters/${slug}/recipients`,
      `/api/v1/letters/${slug}`,
      '/api/v1/letters',
      '/api/v1/auth/sessions',
      '/api/v1/auth/tokens',
      '/api/v1/auth/me',
      '/organize',
      '/organize/new',
      '/organize/account',
      ...SECTIONS.map((section) => sectionPath(slug, section)),
      `/organize/letters/${slug}/export.csv`,
      `/organize/letters/${slug}/audit.csv`,
      `/organize/letters/${slug}/delivery/preview`,
    ];
    const seen: Record<string, string[]> = {};
    for (const route of routes) {
      const byCookie = await browser.get(route);
      const byToken = await ctx.http.get(route).set(auth);
      seen[route] = [byCookie.status, byCookie.headers['cache-control'], byToken.status, byToken.headers['cache-control']].map(String);
    }
    expect(seen).toEqual(Object.fromEntries(routes.map((r) => [r, ['200', PRIVATE, '200', PRIVATE]])));
  });

  it('a public read is shared only when nobody could be signed in, and a response setting a cookie never is', async () => {
    const { organizer, slug } = await organizerWithLetter(ctx);
    const browser = await signInBrowser(ctx, organizer.email);
    const anonymous = await ctx.http.get(`/api/v1/letters/${slug}/stats`).expect(200);
    expect(anonymous.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(anonymous.headers.vary).toMatch(/Accept-Language/);
    // The same public read with a session: the route does not look, but a cache cannot know that.
    expect((await browser.get(`/api/v1/letters/${slug}/stats`).expect(200)).headers['cache-control']).toBe(PRIVATE);
    // A route whose answer depends on who asks says so to caches even when nobody signed in.
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).expect(200)).headers.vary).toMatch(/Authorization, Cookie/);
    // First visit to a private page's form, without cookies: the answer sets the CSRF cookie.
    const form = await ctx.http.get(`/login/${'x'.repeat(43)}`).expect(200);
    expect(String(form.headers['set-cookie'])).toMatch(/csrf=/);
    expect(form.headers['cache-control']).toMatch(/no-store/);
    expect(form.headers['cache-control']).not.toMatch(/public/);
  });
});

describe('public pages as bytes', () => {
  it('serves the letter page brotli- or gzip-compressed as the reader accepts, the same page as uncompressed, with its ETag', async () => {
    const { slug } = await organizerWithLetter(ctx, { body: 'A letter long enough to be worth compressing. '.repeat(40) });
    const raw = await ctx.http.get(`/letters/${slug}`).set('Accept-Encoding', 'identity').expect(200);
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.headers.vary).toContain('Accept-Encoding');
    for (const [asked, sent] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      // supertest decodes both, as a browser does.
      const res = await ctx.http.get(`/letters/${slug}`).set('Accept-Encoding', asked).expect(200);
      expect(res.headers['content-encoding']).toBe(sent);
      expect(Number(res.headers['content-length'])).toBeLessThan(Buffer.byteLength(raw.text) / 2);
      expect(res.text).toBe(raw.text);
      expect(res.headers.etag).toBe(raw.headers.etag);
      expect(res.headers.vary).toContain('Accept-Encoding');
      await ctx.http.get(`/letters/${slug}`).set('Accept-Encoding', asked).set('If-None-Match', res.headers.etag!).expect(304);
    }
  });

  it('serves the signatories CSV and the letter JSON the same way, compressed when asked, identical once decoded', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], summary: 'A summary worth compressing. '.repeat(10) });
    for (let i = 0; i < 3; i++) await signAndConfirm(ctx, slug, individual());
    await ctx.app.letterChanged(slug);
    for (const path of [`/letters/${slug}/signatures.csv`, `/api/v1/letters/${slug}`]) {
      const raw = await ctx.http.get(path).set('Accept-Encoding', 'identity').expect(200);
      expect(raw.headers['content-encoding'], path).toBeUndefined();
      const compressed = await ctx.http.get(path).set('Accept-Encoding', 'gzip, br').expect(200);
      expect(compressed.text, path).toBe(raw.text);
      expect(compressed.headers.etag, path).toBe(raw.headers.etag);
      expect(compressed.headers.vary, path).toContain('Accept-Encoding');
      if (Buffer.byteLength(raw.text) >= 1024) expect(compressed.headers['content-encoding'], path).toBe('br');
    }
    const json = await ctx.http.get(`/api/v1/letters/${slug}`).set('Accept-Encoding', 'br').expect(200);
    expect(json.headers['content-type']).toContain('application/json');
    expect(json.headers['content-encoding']).toBe('br');
    expect(json.body.slug).toBe(slug);
  });
});
