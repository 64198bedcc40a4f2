import { describe, expect, it } from 'vitest';
import { letterInput, newLetter, newOrganizer, useTestApp } from './helpers/app.js';

const ctx = useTestApp();

describe('organizer authentication', () => {
  it('no token: 401 with a Bearer challenge, nothing written', async () => {
    const input = letterInput();
    const res = await ctx.http.post('/api/v1/letters').send(input).expect(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', code: 'UNAUTHORIZED' });
    await ctx.http.get(`/api/v1/letters/${input.slug}`).expect(404);
  });

  it('a wrong or malformed token: 401', async () => {
    await ctx.http
      .post('/api/v1/letters')
      .set('Authorization', `Bearer ${'A'.repeat(43)}`)
      .send(letterInput())
      .expect(401);
    await ctx.http.post('/api/v1/letters').set('Authorization', 'Basic dXNlcjpwYXNz').send(letterInput()).expect(401);
    await ctx.http.get('/api/v1/letters').set('Authorization', 'Bearer').expect(401);
  });

  it('tokens are stored only as keyed hashes', async () => {
    const { token } = await newOrganizer(ctx);
    const rows = await ctx.database.db.query.apiTokens.findMany();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.tokenHash === token || r.tokenHash.includes(token))).toBe(false);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
  });
});

describe("another organizer's letter", () => {
  it('cannot be edited, published or closed (403), and its draft stays hidden (404)', async () => {
    const owner = await newOrganizer(ctx);
    const other = await newOrganizer(ctx);
    const draft = await newLetter(ctx, owner.auth, {}, { publish: false });

    const edit = await ctx.http.patch(`/api/v1/letters/${draft.slug}`).set(other.auth).send({ title: 'Hijacked' }).expect(403);
    expect(edit.body).toMatchObject({ statusCode: 403, error: 'Forbidden', code: 'NOT_YOUR_LETTER' });
    await ctx.http.post(`/api/v1/letters/${draft.slug}/publish`).set(other.auth).expect(403);
    await ctx.http.get(`/api/v1/letters/${draft.slug}`).set(other.auth).expect(404);

    await ctx.http.post(`/api/v1/letters/${draft.slug}/publish`).set(owner.auth).expect(200);
    await ctx.http.post(`/api/v1/letters/${draft.slug}/close`).set(other.auth).expect(403);
    const read = await ctx.http.get(`/api/v1/letters/${draft.slug}`).expect(200);
    expect(read.body).toMatchObject({ title: draft.title, status: 'open' });
  });

  it('unknown letters are 404 for organizers too', async () => {
    const { auth } = await newOrganizer(ctx);
    const res = await ctx.http.patch('/api/v1/letters/no-such-letter-here').set(auth).send({ title: 'x' }).expect(404);
    expect(res.body.code).toBe('LETTER_NOT_FOUND');
  });
});

describe('one rule for an email address', () => {
  it('the API takes for an organizer what it takes for a signer, and refuses what it refuses', async () => {
    const { auth } = await newOrganizer(ctx);
    const { slug } = await newLetter(ctx, auth);
    // A non-ASCII local part is a real address (RFC 6531); an address without a domain is not.
    await ctx.http.post('/api/v1/auth/login').send({ email: 'josé@example.org' }).expect(202);
    await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(auth).send({ email: 'müller@example.org', role: 'viewer' }).expect(200);
    const refused = await ctx.http.post('/api/v1/auth/login').send({ email: 'someone@localhost' }).expect(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'email', message: 'email: is not a valid email address' });
    await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(auth).send({ email: 'x@localhost', role: 'viewer' }).expect(400);
  });
});
