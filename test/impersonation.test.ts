import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signatures } from '../server/db/schema.js';
import { nameSkeleton } from '../server/signatures/validation.js';
import { uniq, useTestApp } from './helpers/app.js';
import { insertSignatories, organizerView, organizerWithLetter, publicNames, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { individual, legislator } from './helpers/signers.js';
import { tokenFrom } from './helpers/smtp.js';

// Names that are not names (issue 16), part 2: a name that reads as one already listed on the
// letter (its confusable skeleton, UTS #39) is held for a moderator, whatever its kind.

const ctx = useTestApp({ smtp: true });

const RAHIMA = 'Rahima Mahmut';
// The first "a" is Cyrillic (U+0430): on the list it reads as the name above.
const CYRILLIC_RAHIMA = 'R\u0430hima Mahmut';

/** Signs and confirms; returns the confirmation's answer and the confirmation mail. */
async function signConfirm(slug: string, signer: Record<string, unknown>) {
  const signed = await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(signer).expect(202);
  const [mail] = await ctx.smtp.waitFor(signer.email as string);
  const confirmed = await ctx.http
    .post('/api/v1/signatures/confirm')
    .send({ token: tokenFrom(mail!, 'confirm') })
    .expect(200);
  return { signed, mail: mail!, confirmed };
}

async function queue(slug: string, auth: Record<string, string>) {
  const res = await ctx.http.get(`/api/v1/letters/${slug}/signatures/all?status=confirmed&moderation=pending`).set(auth).expect(200);
  return res.body.items as Array<{ id: string; name: string; email: string; moderationReason: string | null }>;
}

describe('the skeleton: names that read the same have one', () => {
  it.each([
    [CYRILLIC_RAHIMA, RAHIMA],
    ['RAHIMA MAHMUT', RAHIMA],
    ['rahima  mahmut', RAHIMA],
    ['Rahirna Mahrnut', RAHIMA],
    ['\u041Dassan Ali', 'Hassan Ali'], // Cyrillic capital En
    ['\u0397ASSAN ALI', 'Hassan Ali'], // Greek capital Eta, and capitals
    ['lvan Petrov', 'Ivan Petrov'],
  ])('%s reads as %s', (a, b) => {
    expect(nameSkeleton(a)).toBe(nameSkeleton(b));
  });

  it.each([
    ['Rahima Mahmud', RAHIMA],
    ['Ilham Tohti', RAHIMA],
    ['Ayşe Yılmaz', 'Ayse Yilmaz'],
  ])('%s does not read as %s', (a, b) => {
    expect(nameSkeleton(a)).not.toBe(nameSkeleton(b));
  });
});

describe('a name that reads as one listed on the letter is held for a moderator', () => {
  it('a Cyrillic look-alike of a listed individual, on a letter that moderates nobody: the usual answers, not listed, in the queue with the reason; approval lists it', async () => {
    const { slug, auth, organizer } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const real = await signConfirm(slug, individual({ name: RAHIMA, country: 'GB' }));
    const fake = individual({ name: CYRILLIC_RAHIMA, country: 'GB' });
    const held = await signConfirm(slug, fake);

    // The signer is answered as any signer: the same 202, the same mail, confirmed.
    expect(held.signed.status).toBe(real.signed.status);
    expect(held.signed.body).toEqual(real.signed.body);
    expect(held.mail.subject).toBe(real.mail.subject);
    expect(held.confirmed.body).toMatchObject({ status: 'confirmed', letter: slug, receipt: null });
    expect(real.confirmed.body.receipt).not.toBeNull();

    expect(await publicNames(ctx, slug)).toEqual([RAHIMA]);
    const stats = await ctx.http.get(`/api/v1/letters/${slug}/stats`).expect(200);
    expect(stats.body.total).toBe(1);
    const [waiting, ...rest] = await queue(slug, auth);
    expect(rest).toEqual([]);
    expect(waiting).toMatchObject({ name: CYRILLIC_RAHIMA, email: fake.email, moderationReason: `looks like a listed name: ${RAHIMA}` });

    const browser = await signInBrowser(ctx, organizer.email);
    const page = await browser.get(`/organize/letters/${slug}/signatures`).expect(200);
    expect(page.text).toContain('Moderation queue (1)');
    expect(page.text).toContain(`Looks like a listed name: <bdi>${RAHIMA}</bdi>`);
    // Said in the moderator's language.
    const inGerman = await browser.get(`/organize/letters/${slug}/signatures`).set('Accept-Language', 'de').expect(200);
    expect(inGerman.text).toContain(`Ähnelt einem veröffentlichten Namen: <bdi>${RAHIMA}</bdi>`);

    const approved = await ctx.http.post(`/api/v1/signatures/${waiting!.id}/approve`).set(auth).expect(200);
    expect(approved.body).toMatchObject({ moderation: 'approved', moderationReason: `looks like a listed name: ${RAHIMA}` });
    expect(await publicNames(ctx, slug)).toEqual([CYRILLIC_RAHIMA, RAHIMA].sort());
  });

  it('the same name from another address is held; in capitals too', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await signAndConfirm(ctx, slug, individual({ name: RAHIMA }));
    const same = individual({ name: RAHIMA });
    const capitals = individual({ name: 'RAHIMA MAHMUT' });
    await signAndConfirm(ctx, slug, same);
    await signAndConfirm(ctx, slug, capitals);
    expect(await publicNames(ctx, slug)).toEqual([RAHIMA]);
    const reasons = Object.fromEntries((await queue(slug, auth)).map((s) => [s.email, s.moderationReason]));
    expect(reasons).toEqual({
      [same.email]: `the same name as a listed signature: ${RAHIMA}`,
      [capitals.email]: `looks like a listed name: ${RAHIMA}`,
    });
  });

  it('a genuinely different name is published; a look-alike on another letter is published', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const other = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await signAndConfirm(ctx, slug, individual({ name: RAHIMA }));
    await signAndConfirm(ctx, slug, individual({ name: 'Rahima Mahmud' }));
    await signAndConfirm(ctx, slug, individual({ name: 'Ilham Tohti' }));
    await signAndConfirm(ctx, other.slug, individual({ name: CYRILLIC_RAHIMA }));
    expect(await publicNames(ctx, slug)).toEqual(['Ilham Tohti', 'Rahima Mahmud', RAHIMA]);
    expect(await publicNames(ctx, other.slug)).toEqual([CYRILLIC_RAHIMA]);
    expect(await queue(slug, auth)).toEqual([]);
    expect(await queue(other.slug, other.auth)).toEqual([]);
  });

  it('judged at confirmation: a look-alike that signed before the real name was listed is held when it confirms after', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const fake = individual({ name: CYRILLIC_RAHIMA });
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(fake).expect(202);
    const [fakeMail] = await ctx.smtp.waitFor(fake.email);
    await signAndConfirm(ctx, slug, individual({ name: RAHIMA }));
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(fakeMail!, 'confirm') })
      .expect(200);
    expect(await publicNames(ctx, slug)).toEqual([RAHIMA]);
    expect((await queue(slug, auth)).map((s) => s.email)).toEqual([fake.email]);
  });

  it('a moderated kind is held as before, and its moderators see the reason too', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: ['legislator'] });
    const real = legislator();
    await signAndConfirm(ctx, slug, real);
    const plain = await organizerView(ctx, slug, auth, real.email);
    expect(plain).toMatchObject({ moderation: 'pending', moderationReason: null });
    await ctx.http.post(`/api/v1/signatures/${plain.id}/approve`).set(auth).expect(200);
    const fake = legislator({ name: 'Iain Dunc\u0430n Smith' });
    await signAndConfirm(ctx, slug, fake);
    expect(await organizerView(ctx, slug, auth, fake.email)).toMatchObject({ moderation: 'pending', moderationReason: 'looks like a listed name: Iain Duncan Smith' });
  });

  it('names not shown in full are not compared: signing cannot tell who signed anonymously or by initials', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await signAndConfirm(ctx, slug, individual({ name: RAHIMA, display: 'anonymous' }));
    await signAndConfirm(ctx, slug, individual({ name: 'Ilham Tohti', display: 'initials' }));
    await signAndConfirm(ctx, slug, individual({ name: RAHIMA }));
    await signAndConfirm(ctx, slug, individual({ name: 'Ilham Tohti' }));
    expect(await publicNames(ctx, slug)).toEqual(['I. T.', 'Ilham Tohti', RAHIMA]);
    expect(await queue(slug, auth)).toEqual([]);
  });

  it('an invitation is not held: an organizer chose the invitee', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await signAndConfirm(ctx, slug, individual({ name: RAHIMA }));
    const email = `${uniq('inv')}@example.org`;
    await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .send({ invitees: [{ name: CYRILLIC_RAHIMA, email, kind: 'individual', country: 'GB' }] })
      .expect(201);
    const [mail] = await ctx.smtp.waitFor(email);
    const token = /\/invitations\/([\w-]+)/.exec(mail!.text)![1]!;
    await ctx.http.post('/api/v1/invitations/accept').send({ token }).expect(200);
    expect(await publicNames(ctx, slug)).toEqual([CYRILLIC_RAHIMA, RAHIMA].sort());
  });

  it('signatures stored before skeletons existed are compared too, and their skeletons filled', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    // Written as rows from before the migration were: no skeleton.
    await insertSignatories(ctx, slug, [
      { name: RAHIMA, kind: 'individual', country: 'GB' },
      { name: 'Rebiya Kadeer', kind: 'individual', country: 'US' },
    ]);
    const fake = individual({ name: CYRILLIC_RAHIMA });
    await signAndConfirm(ctx, slug, fake);
    expect((await queue(slug, auth)).map((s) => [s.email, s.moderationReason])).toEqual([[fake.email, `looks like a listed name: ${RAHIMA}`]]);
    const stored = await ctx.database.db.select({ name: signatures.name, skeleton: signatures.nameSkeleton }).from(signatures).where(eq(signatures.name, 'Rebiya Kadeer'));
    expect(stored).toEqual([{ name: 'Rebiya Kadeer', skeleton: nameSkeleton('Rebiya Kadeer') }]);
  });
});
