import { describe, expect, it } from 'vitest';
import { letterInput, newLetter, newOrganizer, useTestApp } from './helpers/app.js';

const ctx = useTestApp();

/** Every bad request below must leave the organizer with no letter at all. */
async function expectRejected(body: unknown, status: number, field: string | null, contentType = 'application/json') {
  const { auth } = await newOrganizer(ctx);
  const req = ctx.http.post('/api/v1/letters').set(auth).set('Content-Type', contentType);
  const res = await req.send(typeof body === 'string' ? body : JSON.stringify(body));
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ statusCode: status, error: expect.any(String), code: expect.any(String), message: expect.any(String) });
  if (field) {
    expect(res.body.field).toBe(field);
    expect(res.body.message).toContain(field);
  }
  const list = await ctx.http.get('/api/v1/letters').set(auth).expect(200);
  expect(list.body.items).toEqual([]);
  return res.body;
}

describe('creating a letter with bad input: 4xx naming the field, nothing written', () => {
  it('missing title', async () => {
    const { title: _, ...rest } = letterInput();
    const body = await expectRejected(rest, 400, 'title');
    expect(body.message).toBe('title: is required');
  });
  it('blank title', () => expectRejected(letterInput({ title: '   ' }), 400, 'title'));
  it('10,000-character title', () => expectRejected(letterInput({ title: 'x'.repeat(10_000) }), 400, 'title'));
  it('missing body and addressee', async () => {
    await expectRejected({ ...letterInput(), body: undefined }, 400, 'body');
    await expectRejected({ ...letterInput(), addressee: '' }, 400, 'addressee');
  });
  it('slug with spaces', () => expectRejected(letterInput({ slug: 'my letter' }), 400, 'slug'));
  it('slug with ../', () => expectRejected(letterInput({ slug: '../admin' }), 400, 'slug'));
  it('slug in capitals', () => expectRejected(letterInput({ slug: 'Free-Them' }), 400, 'slug'));
  it('unknown signerKinds value', async () => {
    const body = await expectRejected(letterInput({ signerKinds: ['legislator', 'robot'] }), 400, 'signerKinds.1');
    expect(body.message).toContain('must be');
  });
  it('empty or repeated signerKinds', async () => {
    await expectRejected(letterInput({ signerKinds: [] }), 400, 'signerKinds');
    await expectRejected(letterInput({ signerKinds: ['individual', 'individual'] }), 400, 'signerKinds');
  });
  it('closesAt in the past', async () => {
    const body = await expectRejected(letterInput({ closesAt: '2020-01-01T00:00:00Z' }), 400, 'closesAt');
    expect(body.message).toBe('closesAt: must be in the future');
  });
  it('closesAt not a date', () => expectRejected(letterInput({ closesAt: 'next tuesday' }), 400, 'closesAt'));
  it('language not a language tag', () => expectRejected(letterInput({ language: 'english please' }), 400, 'language'));
  it('non-JSON body', async () => {
    const body = await expectRejected('{"title": "unterminated', 400, null);
    expect(body.code).toBe('INVALID_JSON');
  });
  it('a JSON array instead of an object', () => expectRejected('[1,2,3]', 400, null));
  it('an unsupported content type', () => expectRejected('<title>x</title>', 415, null, 'application/xml'));
  it('a body over the size limit', async () => {
    const body = await expectRejected(letterInput({ body: 'a'.repeat(300 * 1024) }), 413, null);
    expect(body.code).toBe('FST_ERR_CTP_BODY_TOO_LARGE'.replace('FST_ERR_CTP_', ''));
  });
  it('a prototype-pollution attempt', () => expectRejected('{"__proto__": {"admin": true}, "title": "x"}', 400, null));
});

describe('editing with bad input changes nothing', () => {
  it.each([
    [{ title: 'y'.repeat(10_000) }, 'title'],
    [{ closesAt: '1999-12-31T23:59:59Z' }, 'closesAt'],
    [{ signerKinds: ['alien'] }, 'signerKinds.0'],
    [{ slug: 'a b' }, 'slug'],
    [{}, null],
  ])('%j', async (patch, field) => {
    const { auth } = await newOrganizer(ctx);
    const letter = await newLetter(ctx, auth);
    const res = await ctx.http.patch(`/api/v1/letters/${letter.slug}`).set(auth).send(patch).expect(400);
    if (field) expect(res.body.field).toBe(field);
    // Read as its organizer, who was given the letter with its private settings.
    const after = await ctx.http.get(`/api/v1/letters/${letter.slug}`).set(auth).expect(200);
    expect(after.body).toEqual(letter);
  });
});

describe('one-line fields refuse line breaks and control characters: 400 naming the field', () => {
  const breaks = ['\n', '\r', '\u2028', '\u0085', '\u0007'];

  it.each([
    ['title', { title: 'Appel\n} .names li { display: none }' }],
    ['addressee', { addressee: 'Interpol\r\nBcc: someone' }],
    ['summary', { summary: 'One line\u2028and another' }],
  ])("a letter's %s", async (field, overrides) => {
    const body = await expectRejected(letterInput(overrides), 400, field);
    expect(body.message).toMatch(new RegExp(`^${field}: must be one line\\b.* without line breaks or control characters$`));
  });

  it("a letter's body keeps its lines and tabs, and refuses other control characters", async () => {
    const { auth } = await newOrganizer(ctx);
    await ctx.http
      .post('/api/v1/letters')
      .set(auth)
      .send(letterInput({ body: '## Heading\r\n\n- one\n- two\tcolumns\n' }))
      .expect(201);
    await expectRejected(letterInput({ body: 'Text\u0000with a NUL' }), 400, 'body');
    await expectRejected(letterInput({ body: 'Text\u001b[31m in red' }), 400, 'body');
  });

  it('an edit, a translation, a signature, a co-organizer, a token label, an addressee of the delivery', async () => {
    const { auth } = await newOrganizer(ctx);
    const letter = await newLetter(ctx, auth);
    const slug = letter.slug as string;
    for (const br of breaks) {
      const patched = await ctx.http
        .patch(`/api/v1/letters/${slug}`)
        .set(auth)
        .send({ title: `New${br}title` })
        .expect(400);
      expect(patched.body.field).toBe('title');
      const translated = await ctx.http
        .post(`/api/v1/letters/${slug}/translations`)
        .set(auth)
        .send({ language: 'fr', title: `Appel${br}}`, body: 'Texte.' })
        .expect(400);
      expect(translated.body.field).toBe('title');
    }
    const signer = { kind: 'legislator', email: 'mp@example.org', country: 'FR', name: 'Marie Curie', title: 'Députée', parliament: 'Assemblée nationale' };
    for (const field of ['name', 'title', 'parliament', 'party']) {
      const signed = await ctx.http
        .post(`/api/v1/letters/${slug}/signatures`)
        .send({ ...signer, [field]: `Line one\u2028line two` })
        .expect(400);
      expect(signed.body.field, field).toBe(field);
    }
    const organizer = await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(auth).send({ email: 'co@example.org', name: 'Co\nOrganizer', role: 'viewer' }).expect(400);
    expect(organizer.body.field).toBe('name');
    const token = await ctx.http.post('/api/v1/auth/tokens').set(auth).send({ label: 'laptop\r\nmine' }).expect(400);
    expect(token.body.field).toBe('label');
    const recipients = await ctx.http
      .post(`/api/v1/letters/${slug}/recipients`)
      .set(auth)
      .send({ recipients: [{ name: 'Interpol\nGeneral Secretariat', email: 'sg@example.org' }] })
      .expect(400);
    expect(recipients.body.field).toBe('recipients.0.name');
    const unchanged = await ctx.http.get(`/api/v1/letters/${slug}`).expect(200);
    expect(unchanged.body.title).toBe(letter.title);
  });
});
