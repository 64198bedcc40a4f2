import { describe, expect, it } from 'vitest';
import { adoptLetter, verifyFromDatabase } from '../server/ledger/service.js';
import { newLetter, newOrganizer, useTestApp } from './helpers/app.js';

const ctx = useTestApp();

/** What every service throws, and every route answers, about a letter that is not there for the caller. */
const NOT_FOUND = { statusCode: 404, code: 'LETTER_NOT_FOUND', message: 'No such letter' };
const NO_SUCH_LETTER = { ...NOT_FOUND, error: 'Not Found' };

type Method = 'get' | 'post' | 'patch';
const publicReads = ['', '/stats', '/versions', '/translations', '/ledger', '/signatures', '/deliveries'];
const organizerActions: Array<[Method, string, object?]> = [
  ['patch', '', { title: 'Another title' }],
  ['post', '/publish'],
  ['post', '/founding'],
  ['post', '/close'],
  ['post', '/translations', { language: 'fr', title: 'Lettre', body: 'Texte' }],
  ['post', '/invitations', { invitees: [{ name: 'Ann Example', email: 'ann@example.org', kind: 'individual' }] }],
  ['get', '/signatures/all'],
  ['post', '/signatures/invalidate', { emailDomain: 'example.org' }],
  ['get', '/organizers'],
  ['post', '/organizers', { email: 'co@example.org', role: 'viewer' }],
  ['post', '/organizers/remove', { email: 'co@example.org' }],
  ['get', '/audit'],
  ['get', '/recipients'],
  ['post', '/recipients', { recipients: [{ name: 'The Minister', email: 'minister@example.org' }] }],
  ['post', '/deliver'],
];

describe('a letter that is not there', () => {
  it('is the same 404 on every route, public or for an organizer', async () => {
    const { auth } = await newOrganizer(ctx);
    for (const path of publicReads) {
      const res = await ctx.http.get(`/api/v1/letters/no-such-letter${path}`).expect(404);
      expect({ path, body: res.body }).toEqual({ path, body: NO_SUCH_LETTER });
    }
    for (const [method, path, body] of organizerActions) {
      const res = await ctx.http[method](`/api/v1/letters/no-such-letter${path}`)
        .set(auth)
        .send(body ?? {});
      expect({ method, path, status: res.status, body: res.body }).toEqual({ method, path, status: 404, body: NO_SUCH_LETTER });
    }
  });

  it('is never a 500 for a slug that is not well formed, even when the body of a form post does not parse first', async () => {
    // Found by the fuzzer: a NUL byte in the slug reached PostgreSQL, which refuses it (a 500),
    // because a body that fails to parse is answered before the params are validated.
    const res = await ctx.http.post('/letters/%00/sign').set('content-type', 'application/json').send('token=%7B%7D');
    expect(res.status).toBeLessThan(500);
    await expect(verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, 'bad\u0000slug')).rejects.toMatchObject(NOT_FOUND);
    for (const path of ['/letters/%00', '/letters/%00.pdf', '/api/v1/letters/%00/ledger/checkpoint']) expect((await ctx.http.get(path)).status, path).toBeLessThan(500);
  });

  it('is the same 404 for the command line (ledger verify and adopt)', async () => {
    await expect(verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, 'no-such-letter')).rejects.toMatchObject(NOT_FOUND);
    await expect(adoptLetter(ctx.database.db, ctx.app.ledger.keys, 'no-such-letter', ctx.app.clock.now())).rejects.toMatchObject(NOT_FOUND);
  });

  it('includes a draft, for the public and for an organizer who has no role on it', async () => {
    const owner = await newOrganizer(ctx);
    const other = await newOrganizer(ctx);
    const draft = await newLetter(ctx, owner.auth, {}, { publish: false });
    for (const path of publicReads) {
      for (const auth of [{}, other.auth]) {
        const res = await ctx.http.get(`/api/v1/letters/${draft.slug}${path}`).set(auth).expect(404);
        expect({ path, body: res.body }).toEqual({ path, body: NO_SUCH_LETTER });
      }
    }
    // Its own organizers reach it, and someone else's action on it is refused as ever.
    await ctx.http.get(`/api/v1/letters/${draft.slug}`).set(owner.auth).expect(200);
    const refused = await ctx.http.get(`/api/v1/letters/${draft.slug}/signatures/all`).set(other.auth).expect(403);
    expect(refused.body.code).toBe('NOT_YOUR_LETTER');
  });
});
