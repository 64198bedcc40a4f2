import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters, signatures, signatureTokens } from '../server/db/schema.js';
import { newLetter, newOrganizer, submitForm, type TestContext, uniq, useTestApp } from './helpers/app.js';
import { signAndConfirm } from './helpers/flows.js';
import { individual, legislator, organization } from './helpers/signers.js';
import { tokenFrom } from './helpers/smtp.js';
import { settleOutbox } from './helpers/outbox.js';

const ctx = useTestApp({ smtp: true });

/** An open letter without moderation (moderation has its own tests). */
async function openLetter(overrides: Record<string, unknown> = {}) {
  const { auth } = await newOrganizer(ctx);
  const letter = await newLetter(ctx, auth, { moderatedKinds: [], ...overrides });
  return { ...letter, auth };
}

async function signatureRows(c: TestContext, slug: string) {
  return c.database.db
    .select({ s: signatures })
    .from(signatures)
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .where(eq(letters.slug, slug))
    .then((rows) => rows.map((r) => r.s));
}

describe('a legislator signs through the API, confirms by the mailed link, and is listed', () => {
  it('goes from pending to listed and counted, and withdrawal removes them', async () => {
    const letter = await openLetter();
    const signer = legislator();
    const res = await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(signer).expect(202);
    expect(res.body).toEqual({ status: 'pending_confirmation' });

    const [mail] = await ctx.smtp.waitFor(signer.email);
    expect(mail!.subject).toBe(`Confirm your signature: ${letter.title}`);
    expect(mail!.text).toContain(`http://undersigned.test/confirm/`);
    expect(mail!.html).toContain('Confirm my signature');
    expect(mail!.text).toContain('/withdraw/');
    const token = tokenFrom(mail!, 'confirm');
    expect(token.length).toBeGreaterThanOrEqual(22); // >= 128 bits in base64url

    // Not counted before confirmation; the GET behind the link changes nothing.
    expect((await ctx.http.get(`/api/v1/letters/${letter.slug}/stats`)).body.total).toBe(0);
    const page = await ctx.http.get(`/confirm/${token}`).expect(200);
    expect(page.text).toContain('Confirm my signature');
    expect(page.text).toContain('Iain Duncan Smith');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect((await ctx.http.get(`/api/v1/letters/${letter.slug}/stats`)).body.total).toBe(0);

    const confirmed = await ctx.http.post('/api/v1/signatures/confirm').send({ token }).expect(200);
    // The receipt: the first entry of the letter's ledger, proved in a signed head (test/ledger.test.ts).
    expect(confirmed.body).toEqual({
      status: 'confirmed',
      letter: letter.slug,
      publication: 'published',
      receipt: { position: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/), treeSize: 1, checkpoint: expect.stringContaining(`/letters/${letter.slug}\n1\n`), inclusion: [] },
    });
    // Counts are exact the moment the confirmation returns, on a letter without batches (as here).
    const stats = await ctx.http.get(`/api/v1/letters/${letter.slug}/stats`).expect(200);
    expect(stats.body).toEqual({
      total: 1,
      byKind: { legislator: 1, organization: 0, individual: 0 },
      byCountry: { GB: 1 },
      countries: 1,
      legislatorCountries: 1,
      withheld: 0,
      summary: '1 legislator from 1 country',
    });
    const list = await ctx.http.get(`/api/v1/letters/${letter.slug}/signatures`).expect(200);
    expect(list.body).toEqual({
      items: [
        {
          ref: expect.stringMatching(/^[0-9a-f-]{36}$/),
          name: 'Iain Duncan Smith',
          kind: 'legislator',
          title: 'Member of Parliament',
          parliament: 'House of Commons',
          party: 'Conservative',
          organization: null,
          role: null,
          country: 'GB',
          verified: false,
          verifiedBy: null,
          verifiedDomain: null,
          version: 1,
          founding: false,
          signedAt: new Date().toISOString().slice(0, 10),
        },
      ],
      nextCursor: null,
    });
    expect(JSON.stringify(list.body)).not.toContain(signer.email);
    const letterJson = await ctx.http.get(`/api/v1/letters/${letter.slug}`).expect(200);
    expect(letterJson.body.stats.total).toBe(1);

    // Confirming twice is harmless.
    await ctx.http.post('/api/v1/signatures/confirm').send({ token }).expect(200);
    expect((await ctx.http.get(`/api/v1/letters/${letter.slug}/stats`)).body.total).toBe(1);

    const withdrawn = await ctx.http
      .post('/api/v1/signatures/withdraw')
      .send({ token: tokenFrom(mail!, 'withdraw') })
      .expect(200);
    expect(withdrawn.body).toEqual({ status: 'withdrawn', letter: letter.slug });
    expect((await ctx.http.get(`/api/v1/letters/${letter.slug}/signatures`)).body.items).toEqual([]);
    expect((await ctx.http.get(`/api/v1/letters/${letter.slug}/stats`)).body.total).toBe(0);
    expect((await ctx.http.get(`/letters/${letter.slug}`)).text).not.toContain('Iain Duncan Smith');
    // A withdrawn signature cannot be brought back by its old confirmation link.
    const again = await ctx.http.post('/api/v1/signatures/confirm').send({ token }).expect(409);
    expect(again.body.code).toBe('SIGNATURE_WITHDRAWN');
  });
});

describe('signing through the HTML form, without JavaScript', () => {
  it("posts the form, confirms and withdraws with the pages' buttons", async () => {
    const letter = await openLetter();
    const page = await ctx.http.get(`/letters/${letter.slug}`).expect(200);
    expect(page.text).toContain(`<form method="post" action="/letters/${letter.slug}/sign"`);
    expect(page.text).toContain('<option value="FR">France</option>');

    const email = `${uniq('form')}@ngo.example`;
    const posted = await submitForm(ctx, `/letters/${letter.slug}`, `/letters/${letter.slug}/sign`, {
      kind: 'organization',
      name: 'Zhang Wei',
      email,
      country: 'DE',
      organization: 'Uyghur Rights Network',
      role: 'Director',
      title: '',
      parliament: '',
      party: '',
      display: 'full',
    });
    expect(posted.status).toBe(200);
    expect(posted.text).toContain('Check your email');

    const [mail] = await ctx.smtp.waitFor(email);
    const confirmToken = tokenFrom(mail!, 'confirm');
    const confirmPage = await ctx.http.get(`/confirm/${confirmToken}`).expect(200);
    expect(confirmPage.text).toContain(`<form method="post" action="/confirm/${confirmToken}">`);
    const done = await submitForm(ctx, `/confirm/${confirmToken}`, `/confirm/${confirmToken}`, {});
    expect(done.status).toBe(200);
    expect(done.text).toContain('your signature is confirmed');

    const listed = await ctx.http.get(`/letters/${letter.slug}`).expect(200);
    expect(listed.text).toContain('1 organization');
    expect(listed.text).toContain('<bdi class="signatory-name">Zhang Wei</bdi>, <bdi>Director</bdi>, <bdi class="signatory-org">Uyghur Rights Network</bdi> · <bdi>Germany</bdi>');
    expect(listed.text).not.toContain(email);

    const withdrawToken = tokenFrom(mail!, 'withdraw');
    await ctx.http.get(`/withdraw/${withdrawToken}`).expect(200);
    expect((await ctx.http.get(`/api/v1/letters/${letter.slug}/stats`)).body.total).toBe(1);
    expect((await submitForm(ctx, `/withdraw/${withdrawToken}`, `/withdraw/${withdrawToken}`, {})).status).toBe(200);
    expect((await ctx.http.get(`/letters/${letter.slug}`)).text).not.toContain('Zhang Wei');
  });

  it('shows the problem beside the form, keeping what was typed, and writes nothing', async () => {
    const letter = await openLetter();
    const res = await submitForm(ctx, `/letters/${letter.slug}`, `/letters/${letter.slug}/sign`, {
      kind: 'legislator',
      name: 'Marie <b>Curie</b>',
      email: 'marie@example.org',
      country: 'FR',
      title: 'Députée',
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Parliament: this is required when signing as a legislator.');
    expect(res.text).toContain('value="Marie &lt;b&gt;Curie&lt;/b&gt;"');
    expect(res.text).toContain('<option value="FR" selected>');
    expect(await signatureRows(ctx, letter.slug)).toEqual([]);
  });
});

describe('one signature per person per letter', () => {
  it('folds case, Gmail dots and +tags; re-sends while pending, then says "already signed", within the bound', async () => {
    const letter = await openLetter();
    const local = uniq('ada').replace('-', '');
    const variants = [`${local}@gmail.com`, `${local.slice(0, 2)}.${local.slice(2)}+petition@GMAIL.com`, `${local.toUpperCase()}@googlemail.com`];
    // Each re-submission re-sends the confirmation, to the address as given that time.
    for (const email of variants) {
      const res = await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(individual({ email })).expect(202);
      expect(res.body).toEqual({ status: 'pending_confirmation' });
      await ctx.smtp.waitFor(email, 1);
    }
    expect(await signatureRows(ctx, letter.slug)).toHaveLength(1);
    const [last] = ctx.smtp.to(variants[2]!);
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(last!, 'confirm') })
      .expect(200);

    // Past the bound (3 messages), more attempts still answer 202 but send nothing.
    await ctx.http
      .post(`/api/v1/letters/${letter.slug}/signatures`)
      .send(individual({ email: variants[0] }))
      .expect(202);
    await settleOutbox(ctx.app);
    const all = ctx.smtp.messages.filter((m) => variants.map((v) => v.toLowerCase()).includes(m.to));
    expect(all).toHaveLength(3);
  });

  it('takes a domain written in Unicode and in punycode for the one mailbox it is', async () => {
    const letter = await openLetter();
    const local = uniq('idn').replace('-', '');
    for (const email of [`${local}@\u04bbrw.org`, `${local}@xn--rw-3wc.org`]) {
      await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(individual({ email })).expect(202);
    }
    expect(await signatureRows(ctx, letter.slug)).toHaveLength(1);
  });

  it('tells a confirmed signer who signs again that they already have', async () => {
    const letter = await openLetter();
    const signer = individual();
    await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(signer).expect(202);
    const [mail] = await ctx.smtp.waitFor(signer.email);
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(mail!, 'confirm') })
      .expect(200);
    const again = await ctx.http
      .post(`/api/v1/letters/${letter.slug}/signatures`)
      .send({ ...signer, name: 'Someone Else' })
      .expect(202);
    expect(again.body).toEqual({ status: 'pending_confirmation' });
    const messages = await ctx.smtp.waitFor(signer.email, 2);
    expect(messages[1]!.subject).toBe(`You have already signed: ${letter.title}`);
    expect(messages[1]!.text).toContain('/withdraw/');
    expect(messages[1]!.text).not.toContain('/confirm/');
    // The confirmed details are untouched.
    const list = await ctx.http.get(`/api/v1/letters/${letter.slug}/signatures`).expect(200);
    expect(list.body.items.map((i: { name: string }) => i.name)).toEqual(['Ayşe Yılmaz']);
  });
});

describe('display choices', () => {
  it('initials show initials only; anonymous signers are counted, never listed', async () => {
    const letter = await openLetter();
    for (const [display, signer] of [
      ['initials', individual({ name: 'Ada Lovelace-Byron' })],
      ['anonymous', individual({ name: 'Hidden Dissident', country: 'CN' })],
      ['full', organization()],
    ] as const) {
      await ctx.http
        .post(`/api/v1/letters/${letter.slug}/signatures`)
        .send({ ...signer, display })
        .expect(202);
      const [mail] = await ctx.smtp.waitFor(signer.email as string);
      await ctx.http
        .post('/api/v1/signatures/confirm')
        .send({ token: tokenFrom(mail!, 'confirm') })
        .expect(200);
    }
    const list = await ctx.http.get(`/api/v1/letters/${letter.slug}/signatures`).expect(200);
    const names = list.body.items.map((i: { name: string }) => i.name).sort();
    expect(names).toEqual(['A. L. B.', 'Sophie Richardson']);
    const stats = await ctx.http.get(`/api/v1/letters/${letter.slug}/stats`).expect(200);
    expect(stats.body).toMatchObject({ total: 3, byCountry: { TR: 1, CN: 1, US: 1 }, summary: '1 organization and 2 individuals' });
    const page = await ctx.http.get(`/letters/${letter.slug}`).expect(200);
    expect(page.text).not.toContain('Hidden Dissident');
    expect(page.text).not.toContain('Lovelace');
    expect(page.text).toContain('<bdi class="signatory-name">A. L. B.</bdi>');
    expect(page.text).toContain('<bdi class="signatory-name">Sophie Richardson</bdi>');
    expect(page.text).toContain('Counted but not listed, at their request: 1.');
  });
});

describe('the public list pages with a cursor and filters', () => {
  it('walks every signatory once, filtered by kind and country', async () => {
    const letter = await openLetter();
    const confirmedAt = new Date();
    const [row] = await ctx.database.db.select({ id: letters.id, version: letters.version }).from(letters).where(eq(letters.slug, letter.slug));
    const rows = Array.from({ length: 25 }, (_, i) => ({
      letterId: row!.id,
      letterVersion: row!.version,
      kind: (i % 5 === 0 ? 'legislator' : 'individual') as 'legislator' | 'individual',
      name: `Signer ${i}`,
      title: i % 5 === 0 ? 'MP' : null,
      parliament: i % 5 === 0 ? 'Seimas' : null,
      country: i % 2 ? 'LT' : 'CZ',
      emailSealed: ctx.app.sealer.seal(`s${i}@example.org`),
      emailIndex: ctx.app.sealer.index(`${letter.slug}-${i}`),
      status: 'confirmed' as const,
      confirmedAt,
      publishedAt: confirmedAt,
      namedAt: confirmedAt,
    }));
    await ctx.database.db.insert(signatures).values(rows);
    await ctx.app.letterChanged(letter.slug);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = { limit: 7, ...(cursor ? { cursor } : {}) };
      const res = await ctx.http.get(`/api/v1/letters/${letter.slug}/signatures`).query(query).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(7);
      seen.push(...res.body.items.map((i: { name: string }) => i.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);

    const lt = await ctx.http.get(`/api/v1/letters/${letter.slug}/signatures`).query({ kind: 'legislator', country: 'lt' }).expect(200);
    expect(lt.body.items.map((i: { name: string }) => i.name).sort()).toEqual(['Signer 15', 'Signer 5']);
    const stats = await ctx.http.get(`/api/v1/letters/${letter.slug}/stats`).expect(200);
    expect(stats.body.summary).toBe('5 legislators from 2 countries and 20 individuals');

    await ctx.http.get(`/api/v1/letters/${letter.slug}/signatures`).query({ cursor: 'bm9wZQ' }).expect(400);
    await ctx.http.get(`/api/v1/letters/${letter.slug}/signatures`).query({ limit: 0 }).expect(400);
    await ctx.http.get(`/api/v1/letters/${letter.slug}/signatures`).query({ kind: 'robot' }).expect(400);
  });
});

describe('bad input: a 4xx naming the problem, nothing written, no mail', () => {
  const cases: Array<[string, Record<string, unknown>, number, string | null]> = [
    ['a missing name', { name: undefined }, 400, 'name'],
    ['a blank name', { name: '   ' }, 400, 'name'],
    ['a URL as a name', { name: 'Cheap pills http://spam.example' }, 400, 'name'],
    ['a domain as a name', { name: 'best-casino.com' }, 400, 'name'],
    ['control characters in a name', { name: 'Evil\u0007Bell' }, 400, 'name'],
    ['a bidi override in a name', { name: 'Harmless\u202Egnp.exe' }, 400, 'name'],
    ['a 201-character name', { name: 'n'.repeat(201) }, 400, 'name'],
    ['a flood of combining marks', { name: `Z${'\u0301'.repeat(30)}algo` }, 400, 'name'],
    ['an invalid email', { email: 'not-an-email' }, 400, 'email'],
    ['an unknown country', { country: 'ZZ' }, 400, 'country'],
    ['a country name instead of a code', { country: 'United Kingdom' }, 400, 'country'],
    ['a legislator without a parliament', { parliament: undefined }, 400, 'parliament'],
    ['a legislator without a title', { title: '' }, 400, 'title'],
    ['an unknown kind', { kind: 'robot' }, 400, 'kind'],
    ['an unknown display choice', { display: 'sometimes' }, 400, 'display'],
  ];
  it.each(cases)('%s', async (_label, change, status, field) => {
    const letter = await openLetter();
    const signer = { ...legislator(), ...change };
    const res = await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(signer).expect(status);
    expect(res.body).toMatchObject({ statusCode: status, code: expect.any(String) });
    if (field) expect(res.body.field).toBe(field);
    expect(res.body.message).toContain(field);
    expect(await signatureRows(ctx, letter.slug)).toEqual([]);
  });

  it('an organization without its name or role', async () => {
    const letter = await openLetter();
    const a = await ctx.http
      .post(`/api/v1/letters/${letter.slug}/signatures`)
      .send(organization({ organization: '' }))
      .expect(400);
    expect(a.body.field).toBe('organization');
    const b = await ctx.http
      .post(`/api/v1/letters/${letter.slug}/signatures`)
      .send(organization({ role: undefined }))
      .expect(400);
    expect(b.body.field).toBe('role');
    expect(await signatureRows(ctx, letter.slug)).toEqual([]);
  });

  it('a kind the letter does not take', async () => {
    const letter = await openLetter({ signerKinds: ['legislator'] });
    const res = await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(individual()).expect(400);
    expect(res.body).toMatchObject({ code: 'KIND_NOT_ACCEPTED', field: 'kind' });
  });

  it('a draft letter (404) and a closed one (409)', async () => {
    const { auth } = await newOrganizer(ctx);
    const draft = await newLetter(ctx, auth, {}, { publish: false });
    const d = await ctx.http.post(`/api/v1/letters/${draft.slug}/signatures`).send(individual()).expect(404);
    expect(d.body.code).toBe('LETTER_NOT_FOUND');
    const open = await newLetter(ctx, auth);
    await ctx.http.post(`/api/v1/letters/${open.slug}/close`).set(auth).expect(200);
    const c = await ctx.http.post(`/api/v1/letters/${open.slug}/signatures`).send(individual()).expect(409);
    expect(c.body).toMatchObject({ code: 'LETTER_CLOSED', message: expect.stringContaining('closed') });
    expect(await signatureRows(ctx, open.slug)).toEqual([]);
    // The closed letter's page shows no form.
    expect((await ctx.http.get(`/letters/${open.slug}`)).text).not.toContain('<form');
  });

  it('a forged token (404), a malformed one (400), one for another purpose (404), an expired one (410)', async () => {
    const forged = 'A'.repeat(43);
    expect((await ctx.http.post('/api/v1/signatures/confirm').send({ token: forged }).expect(404)).body.code).toBe('TOKEN_UNKNOWN');
    await ctx.http.post('/api/v1/signatures/confirm').send({ token: '../../etc' }).expect(400);
    await ctx.http.post('/api/v1/signatures/confirm').send({}).expect(400);
    const html = await ctx.http.get(`/confirm/${forged}`).set('Accept', 'text/html').expect(404);
    expect(html.text).toContain('This link is not valid');

    const letter = await openLetter();
    const signer = individual();
    await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(signer).expect(202);
    const [mail] = await ctx.smtp.waitFor(signer.email);
    // A withdrawal token does not confirm.
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(mail!, 'withdraw') })
      .expect(404);

    const token = tokenFrom(mail!, 'confirm');
    await ctx.database.db
      .update(signatureTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(signatureTokens.tokenHash, ctx.app.tokens.hash('confirm', token))));
    const expired = await ctx.http.post('/api/v1/signatures/confirm').send({ token }).expect(410);
    expect(expired.body.code).toBe('TOKEN_EXPIRED');
    expect((await ctx.http.get(`/api/v1/letters/${letter.slug}/stats`)).body.total).toBe(0);
  });
});

describe('versions of the text', () => {
  it('once anyone has signed, an edit makes a new version and each signature keeps its own', async () => {
    const letter = await openLetter();
    await ctx.http.patch(`/api/v1/letters/${letter.slug}`).set(letter.auth).send({ body: 'Typo fixed before anyone signed.' }).expect(200);
    expect((await ctx.http.get(`/api/v1/letters/${letter.slug}`)).body.version).toBe(1);

    const first = individual();
    await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(first).expect(202);
    const edited = await ctx.http.patch(`/api/v1/letters/${letter.slug}`).set(letter.auth).send({ body: 'A stronger demand.' }).expect(200);
    expect(edited.body.version).toBe(2);
    // Settings that are not the text do not make a version.
    const settings = await ctx.http
      .patch(`/api/v1/letters/${letter.slug}`)
      .set(letter.auth)
      .send({ signerKinds: ['individual'] })
      .expect(200);
    expect(settings.body.version).toBe(2);

    const second = individual();
    await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(second).expect(202);
    const rows = await signatureRows(ctx, letter.slug);
    const versionOf = (email: string) => rows.find((r) => ctx.app.sealer.open(r.emailSealed) === email)?.letterVersion;
    expect(versionOf(first.email)).toBe(1);
    expect(versionOf(second.email)).toBe(2);
  });
});

describe('personal data at rest', () => {
  it('stores no signer email in clear, and no token', async () => {
    const letter = await openLetter();
    const signer = legislator();
    await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(signer).expect(202);
    const [mail] = await ctx.smtp.waitFor(signer.email);
    const token = tokenFrom(mail!, 'confirm');
    const dump = JSON.stringify(
      await Promise.all(['signatures', 'signature_tokens', 'outbox'].map((t) => ctx.database.db.execute(sql.raw(`select * from ${t}`)).then((r) => (r as unknown as { rows: unknown[] }).rows))),
    );
    expect(dump).not.toContain(signer.email);
    expect(dump).not.toContain(signer.email.split('@')[0]);
    expect(dump).not.toContain(token);
  });
});

describe('a re-submission never changes what a pending signature will publish', () => {
  const total = async (slug: string) => (await ctx.http.get(`/api/v1/letters/${slug}/stats`)).body.total as number;
  const names = async (slug: string) => (await ctx.http.get(`/api/v1/letters/${slug}/signatures`)).body.items.map((i: { name: string }) => i.name) as string[];

  it('the first link confirms the details it was mailed for; the second is told the address has already signed', async () => {
    const letter = await openLetter();
    const quiet = individual({ name: 'Gulnaz Tursun', display: 'anonymous', country: 'CN' });
    await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(quiet).expect(202);
    const [first] = await ctx.smtp.waitFor(quiet.email);
    // Someone who knows the address posts it with another name, in full.
    const unmasking = { ...quiet, name: 'Gulnaz Tursun (Uyghur activist, Urumqi)', display: 'full' };
    const again = await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(unmasking).expect(202);
    expect(again.body).toEqual({ status: 'pending_confirmation' });
    const [, second] = await ctx.smtp.waitFor(quiet.email, 2);

    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(first!, 'confirm') })
      .expect(200);
    expect(await names(letter.slug)).toEqual([]);
    expect(await total(letter.slug)).toBe(1);
    // Confirming twice is harmless; the other link cannot change what was confirmed.
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(first!, 'confirm') })
      .expect(200);
    const other = await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(second!, 'confirm') })
      .expect(409);
    expect(other.body).toMatchObject({ code: 'ALREADY_SIGNED', message: expect.stringContaining('already signed') });
    const page = await ctx.http.get(`/confirm/${tokenFrom(second!, 'confirm')}`).expect(200);
    expect(page.text).toContain('already signed');
    expect(page.text).not.toContain('Confirm my signature</button>');
    expect(await names(letter.slug)).toEqual([]);
    expect(await total(letter.slug)).toBe(1);
    const [row] = await signatureRows(ctx, letter.slug);
    expect(row).toMatchObject({ name: 'Gulnaz Tursun', display: 'anonymous', status: 'confirmed' });
    // Each mail showed what its own link would publish.
    expect(first!.text).toContain('Not listed');
    expect(second!.text).toContain('Gulnaz Tursun (Uyghur activist, Urumqi)');
  });

  it("the link confirms its own kind, text version, verification and moderation, not the newest submission's", async () => {
    const letter = await openLetter({ moderatedKinds: ['legislator'] });
    const email = `${uniq('mp')}@parliament.uk`;
    await ctx.http
      .post(`/api/v1/letters/${letter.slug}/signatures`)
      .send(legislator({ email, name: 'First Details', parliament: 'House of Commons' }))
      .expect(202);
    const [first] = await ctx.smtp.waitFor(email);
    await ctx.http.patch(`/api/v1/letters/${letter.slug}`).set(letter.auth).send({ body: 'A second version of the text.' }).expect(200);
    await ctx.http
      .post(`/api/v1/letters/${letter.slug}/signatures`)
      .send(individual({ email, name: 'Second Details' }))
      .expect(202);
    const [, second] = await ctx.smtp.waitFor(email, 2);

    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(first!, 'confirm') })
      .expect(200);
    const [row] = await signatureRows(ctx, letter.slug);
    // A legislator verified by the domain, held for moderation, on the text they were shown.
    expect(row).toMatchObject({ name: 'First Details', kind: 'legislator', letterVersion: 1, verification: 'domain', moderation: 'pending', status: 'confirmed' });
    expect(
      (
        await ctx.http
          .post('/api/v1/signatures/confirm')
          .send({ token: tokenFrom(second!, 'confirm') })
          .expect(409)
      ).body.code,
    ).toBe('ALREADY_SIGNED');
    expect((await signatureRows(ctx, letter.slug))[0]).toMatchObject({ name: 'First Details', kind: 'legislator' });
  });

  it('past the bound of three mails, a submission changes nothing at all', async () => {
    const letter = await openLetter();
    const signer = individual({ name: 'Kept Initials', display: 'initials' });
    for (let i = 1; i <= 3; i++) {
      await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(signer).expect(202);
      await ctx.smtp.waitFor(signer.email, i);
    }
    await ctx.http
      .post(`/api/v1/letters/${letter.slug}/signatures`)
      .send({ ...signer, name: 'Unmasked In Full', display: 'full' })
      .expect(202);
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(signer.email)).toHaveLength(3);
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(ctx.smtp.to(signer.email)[0]!, 'confirm') })
      .expect(200);
    expect(await names(letter.slug)).toEqual(['K. I.']);
    expect((await signatureRows(ctx, letter.slug))[0]).toMatchObject({ name: 'Kept Initials', display: 'initials' });
  });

  it('a withdrawal ends the older links: only a link mailed after signing again brings the signature back', async () => {
    const letter = await openLetter();
    const signer = individual({ name: 'Came Back' });
    const firstMail = await signAndConfirm(ctx, letter.slug, signer);
    await ctx.http
      .post('/api/v1/signatures/withdraw')
      .send({ token: tokenFrom(firstMail, 'withdraw') })
      .expect(200);
    expect(
      (
        await ctx.http
          .post('/api/v1/signatures/confirm')
          .send({ token: tokenFrom(firstMail, 'confirm') })
          .expect(409)
      ).body.code,
    ).toBe('SIGNATURE_WITHDRAWN');
    // The details those links carried are not kept past the withdrawal.
    const [withdrawn] = await signatureRows(ctx, letter.slug);
    const kept = await ctx.database.db.select().from(signatureTokens).where(eq(signatureTokens.signatureId, withdrawn!.id));
    expect(kept.filter((t) => t.details !== null)).toEqual([]);
    await ctx.http
      .post(`/api/v1/letters/${letter.slug}/signatures`)
      .send({ ...signer, name: 'Came Back Later', display: 'initials' })
      .expect(202);
    const [, second] = await ctx.smtp.waitFor(signer.email, 2);
    // The link of the first mail no longer confirms anything.
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(firstMail, 'confirm') })
      .expect(404);
    expect(await names(letter.slug)).toEqual([]);
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(second!, 'confirm') })
      .expect(200);
    expect(await names(letter.slug)).toEqual(['C. B. L.']);
  });

  it('the confirmation page and mail show how the signature will appear, before the button', async () => {
    const letter = await openLetter();
    const signer = legislator({ name: 'Ada Lovelace', display: 'initials', country: 'GB' });
    await ctx.http.post(`/api/v1/letters/${letter.slug}/signatures`).send(signer).expect(202);
    const [mail] = await ctx.smtp.waitFor(signer.email);
    for (const text of [mail!.text, mail!.html]) {
      expect(text).toContain('A. L.');
      expect(text).toContain('initials only');
      expect(text).toContain('Legislator');
      expect(text).toContain('United Kingdom');
    }
    const page = (await ctx.http.get(`/confirm/${tokenFrom(mail!, 'confirm')}`).expect(200)).text;
    const shown = page.indexOf('A. L.');
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(page.indexOf('Confirm my signature</button>'));
    expect(page).toContain('initials only');
    expect(page).toContain('Legislator');
    expect(page).toContain('United Kingdom');
  });
});
