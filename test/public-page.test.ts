import { eq } from 'drizzle-orm';
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { letters, signatures } from '../server/db/schema.js';
import { newLetter, newOrganizer, uniq, useTestApp } from './helpers/app.js';
import { individual } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true });

async function openLetter() {
  const { auth } = await newOrganizer(ctx);
  return newLetter(ctx, auth, { moderatedKinds: [] });
}

async function signatureCount(slug: string) {
  const rows = await ctx.database.db.select({ id: signatures.id }).from(signatures).innerJoin(letters, eq(letters.id, signatures.letterId)).where(eq(letters.slug, slug));
  return rows.length;
}

const SAME_ORIGIN = { Origin: 'http://undersigned.test' };

describe('the public letter page is one document for every reader', () => {
  it('gives two readers of one language the same bytes and ETag, sets no cookie, and may be cached', async () => {
    const letter = await openLetter();
    const first = await supertest.agent(ctx.app.server).get(`/letters/${letter.slug}`).set('Accept-Language', 'en').expect(200);
    const second = await supertest.agent(ctx.app.server).get(`/letters/${letter.slug}`).set('Accept-Language', 'en').expect(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(first.headers['set-cookie']).toBeUndefined();
    expect(first.headers['cache-control']).toMatch(/^public/);
    expect(first.headers.vary).toMatch(/Accept-Language/);
    expect(first.text).not.toContain('name="_csrf"');
  });

  it('the sign-in page too: the same for everyone, no cookie', async () => {
    const a = await ctx.http.get('/login').expect(200);
    const b = await ctx.http.get('/login').expect(200);
    expect(b.text).toBe(a.text);
    expect(a.headers['set-cookie']).toBeUndefined();
  });

  it('a copy revalidated with a 304 still signs, without any cookie', async () => {
    const letter = await openLetter();
    const page = await ctx.http.get(`/letters/${letter.slug}`).expect(200);
    const revalidated = await ctx.http.get(`/letters/${letter.slug}`).set('If-None-Match', page.headers.etag!).expect(304);
    expect(revalidated.headers['set-cookie']).toBeUndefined();
    // The form as the cached page has it, posted by a browser that has no cookie at all.
    const signer = individual();
    const posted = await ctx.http
      .post(`/letters/${letter.slug}/sign`)
      .set(SAME_ORIGIN)
      .set('Sec-Fetch-Site', 'same-origin')
      .type('form')
      .send({ kind: signer.kind, name: signer.name, email: signer.email, country: signer.country, display: 'full' })
      .expect(200);
    expect(posted.text).toContain('Check your email');
    await ctx.smtp.waitFor(signer.email);
    expect(await signatureCount(letter.slug)).toBe(1);
  });

  it('refuses the sign form and the sign-in form posted from another site, and writes nothing', async () => {
    const letter = await openLetter();
    const signer = { kind: 'individual', name: 'Victim', email: `${uniq('victim')}@example.org`, country: 'GB' };
    for (const headers of [{ Origin: 'https://evil.example' }, { 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }]) {
      const refused = await ctx.http.post(`/letters/${letter.slug}/sign`).set(headers).type('form').send(signer).expect(403);
      expect(refused.body.code).toBe('CROSS_SITE_FORM');
      await ctx.http.post('/login').set(headers).type('form').send({ email: 'organizer@example.org' }).expect(403);
    }
    expect(await signatureCount(letter.slug)).toBe(0);
  });

  it("keeps per-reader tokens on private pages: a mailed link's form without its token is refused", async () => {
    const letter = await openLetter();
    const signer = individual();
    await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(signer).expect(202);
    const [mail] = await ctx.smtp.waitFor(signer.email);
    const token = /\/confirm\/([\w-]+)/.exec(mail!.text)![1]!;
    const page = await ctx.http.get(`/confirm/${token}`).expect(200);
    expect(page.text).toContain('name="_csrf"');
    expect(page.headers['cache-control']).toMatch(/no-store/);
    await ctx.http.post(`/confirm/${token}`).set(SAME_ORIGIN).type('form').send({}).expect(403);
  });
});

describe('the sign form shows its mistakes on the letter page', () => {
  it('a field the schema refuses comes back on the form, with what was typed, and nothing is written', async () => {
    const letter = await openLetter();
    const email = `${uniq('long')}@mail.example`;
    for (const name of ['N'.repeat(500), 'Line one\nLine two']) {
      const res = await ctx.http.post(`/letters/${letter.slug}/sign`).set(SAME_ORIGIN).set('Accept', 'text/html').type('form').send({ kind: 'individual', name, email, country: 'CZ' }).expect(400);
      expect(res.type).toBe('text/html');
      expect(res.text).toContain('class="sign-form"');
      expect(res.text).toMatch(/<p class="field-error" id="sign-name-error">Name: /);
      expect(res.text).toContain(`value="${email}"`);
      expect(res.text).toContain('<option value="CZ" selected>');
    }
    expect(await signatureCount(letter.slug)).toBe(0);
  });

  it('a choice the form does not offer (who signs, how they appear) is answered with the choices, beside the form', async () => {
    const letter = await openLetter();
    const signer = { kind: 'individual', name: 'Ada Lovelace', email: `${uniq('choice')}@mail.example`, country: 'GB' };
    const cases = [
      [{ ...signer, kind: 'robot' }, 'I sign as: please choose one of the options.'],
      [{ ...signer, kind: '' }, 'I sign as: please choose one of the options.'],
      [{ ...signer, display: 'hidden' }, 'Show on the public list: please choose one of the options.'],
    ] as const;
    for (const [fields, message] of cases) {
      const res = await ctx.http.post(`/letters/${letter.slug}/sign`).set(SAME_ORIGIN).set('Accept', 'text/html').type('form').send(fields).expect(400);
      expect(res.text).toContain(`<li><a href="#sign-${'kind' in fields && fields.kind !== signer.kind ? 'kind' : 'display'}">${message}</a></li>`);
      expect(res.text).toContain('value="Ada Lovelace"');
    }
    expect(await signatureCount(letter.slug)).toBe(0);
  });
});
