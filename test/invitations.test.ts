import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { invitations, letters } from '../server/db/schema.js';
import { DEFAULT_RETENTION, runMaintenance } from '../server/maintenance/service.js';
import supertest from 'supertest';
import { csrfTokenIn, newOrganizer, submitForm, uniq, useTestApp } from './helpers/app.js';
import { organizerView, organizerWithLetter, publicNames, signAndConfirm } from './helpers/flows.js';
import { individual } from './helpers/signers.js';
import { type ReceivedMail, tokenFrom } from './helpers/smtp.js';
import { settleOutbox } from './helpers/outbox.js';

const ctx = useTestApp({ smtp: true });

const inviteToken = (mail: ReceivedMail) => /\/invitations\/([\w-]+)/.exec(mail.text)![1]!;

describe('invitations', () => {
  it('each invitee gets a personal link; signing through it is confirmed and verified at once, past moderation', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const mp = { name: 'Miriam Lexmann', email: `${uniq('mep')}@example.eu`, kind: 'legislator', title: 'MEP', parliament: 'European Parliament', country: 'SK' };
    const res = await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .send({ invitees: [mp] })
      .expect(201);
    expect(res.body).toEqual({ invited: 1, alreadyInvited: 0, errors: [] });

    const [mail] = await ctx.smtp.waitFor(mp.email);
    expect(mail!.subject).toContain('Invitation to sign');
    const token = inviteToken(mail!);
    const page = await ctx.http.get(`/invitations/${token}`).expect(200);
    expect(page.text).toContain('value="Miriam Lexmann"');
    expect(page.text).toContain('value="European Parliament"');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    // Looking changes nothing.
    expect(await publicNames(ctx, slug)).toEqual([]);

    const signed = await submitForm(ctx, `/invitations/${token}`, `/invitations/${token}`, {
      name: 'Miriam Lexmann',
      country: 'SK',
      title: 'Member of the European Parliament',
      parliament: 'European Parliament',
      display: 'full',
    });
    expect(signed.status).toBe(200);
    expect(signed.text).toContain('your signature is confirmed');
    const items = (await ctx.http.get(`/api/v1/letters/${slug}/signatures`)).body.items;
    expect(items).toEqual([expect.objectContaining({ name: 'Miriam Lexmann', title: 'Member of the European Parliament', verified: true, verifiedBy: 'invited', founding: false })]);
    // No confirmation mail was needed: the invitation is the only message.
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(mp.email)).toHaveLength(1);
    expect(await organizerView(ctx, slug, auth, mp.email)).toMatchObject({ status: 'confirmed', moderation: 'none', verifiedBy: 'invited' });
  });

  it('takes a CSV upload: good rows invited, each bad row reported with its line number and reason', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { signerKinds: ['legislator', 'organization'] });
    const good1 = `${uniq('a')}@example.org`;
    const good2 = `${uniq('b')}@example.org`;
    const csv = [
      'name,email,kind,title,parliament,party,organization,role,website,country',
      `Ada Good,${good1},legislator,MP,Bundestag,,,,,DE`,
      'No Email,,legislator,MP,Seimas,,,,,LT',
      `Bad Kind,${uniq('c')}@example.org,robot,,,,,,,`,
      `Bad Country,${uniq('d')}@example.org,organization,,,,Org,Chair,,ZZ`,
      `"Quoted, Name",${good2},organization,,,,"Org, Inc.",Director,https://org.example,US`,
      `Spam http://spam.example,${uniq('e')}@example.org,legislator,,,,,,,`,
      `Not Taken,${uniq('f')}@example.org,individual,,,,,,,`,
      `Repeat,${good1.toUpperCase()},legislator,MP,Bundestag,,,,,DE`,
    ].join('\r\n');
    const res = await ctx.http.post(`/api/v1/letters/${slug}/invitations`).set(auth).set('Content-Type', 'text/csv').send(csv).expect(201);
    expect(res.body.invited).toBe(2);
    expect(res.body.errors).toEqual([
      { line: 3, field: 'email', reason: 'email: is not a valid email address', code: 'VALIDATION_FAILED', why: 'email' },
      { line: 4, field: 'kind', reason: 'kind: must be legislator, organization or individual', code: 'VALIDATION_FAILED' },
      { line: 5, field: 'country', reason: 'country: "ZZ" is not an ISO 3166-1 alpha-2 country code', code: 'VALIDATION_FAILED' },
      { line: 7, field: 'name', reason: 'name: must not contain a web address', code: 'VALIDATION_FAILED', why: 'noLink' },
      { line: 8, field: 'kind', reason: 'kind: this letter is not signed by individuals', code: 'KIND_NOT_ACCEPTED' },
      { line: 9, field: 'email', reason: 'email: the same address appears earlier in this list', code: 'DUPLICATE' },
    ]);
    await ctx.smtp.waitFor(good1);
    const [mail2] = await ctx.smtp.waitFor(good2);
    expect(mail2!.text).toContain('Dear Quoted, Name');

    // Inviting the same address again is counted, not re-sent.
    const again = await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .send({ invitees: [{ name: 'Ada Good', email: good1, kind: 'legislator' }] })
      .expect(200);
    expect(again.body).toEqual({ invited: 0, alreadyInvited: 1, errors: [] });
  });

  it('a CSV with an unknown column is refused whole', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const res = await ctx.http.post(`/api/v1/letters/${slug}/invitations`).set(auth).set('Content-Type', 'text/csv').send('name,email,kind,shoe_size\nA,a@example.org,individual,44').expect(400);
    expect(res.body).toMatchObject({ code: 'INVALID_CSV', message: expect.stringContaining('shoe_size') });
  });

  it('an invitation to someone who already signed publicly confirms and verifies that signature', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const person = individual({ name: 'Early Bird' });
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(person).expect(202);
    await ctx.smtp.waitFor(person.email);
    await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .send({ invitees: [{ name: 'Early Bird', email: person.email, kind: 'individual', country: 'TR' }] })
      .expect(201);
    const mails = await ctx.smtp.waitFor(person.email, 2);
    const accepted = await ctx.http
      .post('/api/v1/invitations/accept')
      .send({ token: inviteToken(mails[1]!) })
      .expect(200);
    expect(accepted.body).toEqual({
      status: 'confirmed',
      letter: slug,
      publication: 'published',
      receipt: expect.objectContaining({ position: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/), treeSize: 1 }),
    });
    const items = (await ctx.http.get(`/api/v1/letters/${slug}/signatures`)).body.items;
    expect(items).toEqual([expect.objectContaining({ name: 'Early Bird', verifiedBy: 'invited' })]);
    const all = await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(auth).expect(200);
    expect(all.body.items).toHaveLength(1);
  });

  it('bad input: another organizer (403), a closed letter (409), a forged link (404), missing fields on accepting (400)', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const other = await newOrganizer(ctx);
    await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(other.auth)
      .send({ invitees: [{ name: 'X', email: 'x@example.org', kind: 'individual' }] })
      .expect(403);
    await ctx.http.post(`/api/v1/letters/${slug}/invitations`).send({ invitees: [] }).expect(401);
    await ctx.http.post(`/api/v1/letters/${slug}/invitations`).set(auth).send({ invitees: [] }).expect(400);
    await ctx.http
      .post('/api/v1/invitations/accept')
      .send({ token: 'B'.repeat(43) })
      .expect(404);
    await ctx.http.get(`/invitations/${'B'.repeat(43)}`).expect(404);

    const email = `${uniq('inv')}@example.org`;
    await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .send({ invitees: [{ name: 'Needs Details', email, kind: 'legislator' }] })
      .expect(201);
    const [mail] = await ctx.smtp.waitFor(email);
    const token = inviteToken(mail!);
    const missing = await ctx.http.post('/api/v1/invitations/accept').send({ token, country: 'GB' }).expect(400);
    expect(missing.body.field).toBe('title');
    const form = await submitForm(ctx, `/invitations/${token}`, `/invitations/${token}`, { name: 'Needs Details', country: 'GB', title: 'MP' });
    expect(form.status).toBe(400);
    expect(form.text).toContain('Parliament: this is required when signing as a legislator.');
    // Two mistakes: both listed at once, each tied to its field.
    const both = await submitForm(ctx, `/invitations/${token}`, `/invitations/${token}`, { name: 'Needs Details', country: 'GB' });
    expect(both.status).toBe(400);
    expect(both.text).toContain('<h3 id="form-error-heading">There are 2 problems with what you wrote</h3>');
    expect(both.text).toMatch(/<li><a href="#sign-title">Title: this is required when signing as a legislator\.<\/a><\/li><li><a href="#sign-parliament">Parliament: /);
    expect(both.text).toContain('id="sign-title" value="" maxlength="200" required dir="auto" aria-invalid="true" aria-describedby="sign-title-error"');
    // A field over its limit: the invitation's form again, with what was typed, not an error page.
    const party = 'p'.repeat(401);
    const long = await submitForm(ctx, `/invitations/${token}`, `/invitations/${token}`, { name: 'Needs Details', country: 'GB', title: 'MP', party });
    expect(long.status).toBe(400);
    expect(long.text).toContain('Party: this is too long.');
    expect(long.text).toContain(`value="${party}"`);
    expect(await publicNames(ctx, slug)).toEqual([]);

    // A CSV takes as many invitees as a JSON list, and no more.
    const rows = Array.from({ length: 5001 }, (_, i) => `Invitee ${i},inv-${i}@example.org,individual`);
    const tooMany = await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .type('text/csv')
      .send(['name,email,kind', ...rows].join('\n'))
      .expect(400);
    expect(tooMany.body).toMatchObject({ code: 'INVALID_CSV', message: expect.stringContaining('at most 5000 invitees') });

    await ctx.http.post(`/api/v1/letters/${slug}/close`).set(auth).expect(200);
    await ctx.http.post('/api/v1/invitations/accept').send({ token, country: 'GB', title: 'MP', parliament: 'House of Commons' }).expect(409);
    await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .send({ invitees: [{ name: 'Late', email: 'late@example.org', kind: 'individual' }] })
      .expect(409);
  });
});

describe('the founding round', () => {
  it('opens to invitees only; when the letter opens to all, they are its first tier', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] }, { publish: false });
    const founding = await ctx.http.post(`/api/v1/letters/${slug}/founding`).set(auth).expect(200);
    expect(founding.body.status).toBe('founding');
    // Not public yet, and the public cannot sign.
    await ctx.http.get(`/api/v1/letters/${slug}`).expect(404);
    await ctx.http.get(`/letters/${slug}`).expect(404);
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(individual()).expect(404);

    const founder = { name: 'Founding Member', email: `${uniq('f')}@example.org`, kind: 'individual', country: 'JP' };
    await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .send({ invitees: [founder] })
      .expect(201);
    const [mail] = await ctx.smtp.waitFor(founder.email);
    expect(mail!.text).toContain('founding signatories');
    await ctx.http
      .post('/api/v1/invitations/accept')
      .send({ token: inviteToken(mail!) })
      .expect(200);

    await ctx.http.post(`/api/v1/letters/${slug}/publish`).set(auth).expect(200);
    await signAndConfirm(ctx, slug, individual({ name: 'Later Signer' }));

    const items = (await ctx.http.get(`/api/v1/letters/${slug}/signatures`)).body.items;
    expect(items.map((i: { name: string; founding: boolean }) => [i.name, i.founding])).toEqual([
      ['Founding Member', true],
      ['Later Signer', false],
    ]);
    const page = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    expect(page.indexOf('Founding signatories')).toBeGreaterThan(0);
    expect(page.indexOf('Founding Member')).toBeLessThan(page.indexOf('Later Signer'));
    expect(page.indexOf('Founding signatories')).toBeLessThan(page.indexOf('Founding Member'));
  });

  it('only a draft can start a founding round', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const res = await ctx.http.post(`/api/v1/letters/${slug}/founding`).set(auth).expect(409);
    expect(res.body.code).toBe('ALREADY_PUBLISHED');
  });
});

describe('an invitation signs once; withdrawal and erasure end it', () => {
  /** An invitee of an unmoderated letter and their invitation link. */
  async function invited(name = 'Invited Once') {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const invitee = { name, email: `${uniq('inv')}@example.org`, kind: 'individual', country: 'NL' };
    await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .send({ invitees: [invitee] })
      .expect(201);
    const [mail] = await ctx.smtp.waitFor(invitee.email);
    return { slug, auth, invitee, token: inviteToken(mail!) };
  }

  /** The invitee's own key to their signature: signing again publicly mails a withdrawal link. */
  async function withdrawalLink(slug: string, invitee: { email: string; name: string }) {
    const before = ctx.smtp.to(invitee.email).length;
    await ctx.http
      .post(`/api/v1/letters/${slug}/signatures`)
      .send(individual({ email: invitee.email, name: invitee.name }))
      .expect(202);
    const mails = await ctx.smtp.waitFor(invitee.email, before + 1);
    return tokenFrom(mails.at(-1)!, 'withdraw');
  }

  async function invitationRows(slug: string) {
    const [letter] = await ctx.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
    return ctx.database.db.select().from(invitations).where(eq(invitations.letterId, letter!.id));
  }

  it('a second acceptance is refused with a code, and the page says so plainly', async () => {
    const { slug, token } = await invited();
    // A browser that opened the page before the invitation was used.
    const browser = supertest.agent(ctx.app.server);
    const opened = await browser.get(`/invitations/${token}`).expect(200);
    await ctx.http.post('/api/v1/invitations/accept').send({ token }).expect(200);
    const again = await ctx.http.post('/api/v1/invitations/accept').send({ token, name: 'Renamed By The Link' }).expect(409);
    expect(again.body).toMatchObject({ code: 'INVITATION_USED', message: expect.stringContaining('already been used') });
    expect(await publicNames(ctx, slug)).toEqual(['Invited Once']);

    const page = await ctx.http.get(`/invitations/${token}`).expect(200);
    expect(page.text).toContain('already been used');
    expect(page.text).not.toContain('<form method="post"');
    const form = await browser
      .post(`/invitations/${token}`)
      .set('Accept', 'text/html')
      .type('form')
      .send({ name: 'Renamed By The Form', country: 'NL', display: 'full', _csrf: csrfTokenIn(opened.text) });
    expect(form.status).toBe(409);
    expect(form.text).toContain('already been used');
    expect(await publicNames(ctx, slug)).toEqual(['Invited Once']);
  });

  it('after a withdrawal the invitation no longer signs, and keeps nothing personal', async () => {
    const { slug, invitee, token } = await invited('Withdraws Later');
    await ctx.http.post('/api/v1/invitations/accept').send({ token }).expect(200);
    await ctx.http
      .post('/api/v1/signatures/withdraw')
      .send({ token: await withdrawalLink(slug, invitee) })
      .expect(200);
    expect(await publicNames(ctx, slug)).toEqual([]);

    const again = await ctx.http.post('/api/v1/invitations/accept').send({ token }).expect(410);
    expect(again.body.code).toBe('INVITATION_ENDED');
    expect(await publicNames(ctx, slug)).toEqual([]);
    expect((await ctx.http.get(`/invitations/${token}`).expect(410)).body.code).toBe('INVITATION_ENDED');
    const [row] = await invitationRows(slug);
    expect(row).toMatchObject({ name: '', country: null, emailSealed: '' });
    expect(row!.emailIndex).toBe(`erased:${row!.id}`);
  });

  it('erasure ends it too, and erases what the organizers entered about the invitee', async () => {
    const { slug, invitee, token } = await invited('Erases Everything');
    // The signer's data page shows what the invitation holds about them, even before they accept it.
    const link = await withdrawalLink(slug, invitee);
    const data = await ctx.http.post('/api/v1/signatures/data').send({ token: link }).expect(200);
    expect(data.body.invitation).toMatchObject({ name: 'Erases Everything', kind: 'individual', country: 'NL', email: invitee.email, accepted: false });
    expect((await ctx.http.get(`/withdraw/${link}`).expect(200)).text).toContain('Invitation');

    await ctx.http.post('/api/v1/signatures/erase').send({ token: link }).expect(200);
    const [row] = await invitationRows(slug);
    expect(row).toMatchObject({ name: '', country: null, emailSealed: '', tokenHash: null });
    await ctx.http.post('/api/v1/invitations/accept').send({ token }).expect(404);
    expect(await publicNames(ctx, slug)).toEqual([]);
  });

  it("the retention run erases invitations' personal data with the addresses, after the letter closes", async () => {
    const { slug, auth } = await invited('Never Answered');
    await ctx.http.post(`/api/v1/letters/${slug}/close`).set(auth).expect(200);
    await runMaintenance(ctx.database.db, { ...DEFAULT_RETENTION, eraseEmailsAfterDays: 30 }, new Date(Date.now() + 31 * 24 * 60 * 60 * 1000));
    const [row] = await invitationRows(slug);
    expect(row).toMatchObject({ name: '', title: null, country: null, emailSealed: '', tokenHash: null });
  });
});
