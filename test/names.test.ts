import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters, signatures } from '../server/db/schema.js';
import { submitForm, uniq, useTestApp } from './helpers/app.js';
import { organizerWithLetter, publicNames, signAndConfirm } from './helpers/flows.js';
import { individual, legislator, organization } from './helpers/signers.js';

// Names that are not names (issue 16): text that lists as a blank, as a second copy of a name
// already listed, or as something other than it reads, is refused where it is typed.

const ctx = useTestApp({ smtp: true });

async function rowsOf(slug: string) {
  return ctx.database.db.select({ name: signatures.name }).from(signatures).innerJoin(letters, eq(letters.id, signatures.letterId)).where(eq(letters.slug, slug));
}

describe('invisible and blank-looking characters are refused: 400 naming the field, nothing written', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['a name of only the braille blank U+2800', { name: '\u2800' }, 'name'],
    ['a name of only the Hangul filler U+3164', { name: '\u3164' }, 'name'],
    ['a name of only a zero-width space U+200B', { name: '\u200B' }, 'name'],
    ['a name of only the halfwidth Hangul filler and the Jamo fillers', { name: '\uFFA0\u115F\u1160' }, 'name'],
    ['a listed name with a trailing zero-width space', { name: 'Iain Duncan Smith\u200B' }, 'name'],
    ['a right-to-left mark', { name: 'Iain\u200F Duncan Smith' }, 'name'],
    ['a bidi isolate', { name: '\u2067Iain Duncan Smith\u2069' }, 'name'],
    ['tag characters', { name: 'Iain Duncan Smith\u{E0041}\u{E0042}' }, 'name'],
    ['a word joiner', { name: 'Iain\u2060Duncan Smith' }, 'name'],
    ['a soft hyphen', { name: 'Iain Dun\u00ADcan Smith' }, 'name'],
    ['a zero-width non-joiner between Latin letters', { name: 'Ia\u200Cin Duncan Smith' }, 'name'],
    ['a zero-width joiner at the end of an Arabic-script name', { name: 'علی\u200D' }, 'name'],
    ['a zero-width non-joiner next to a space', { name: 'علی \u200Cرضا' }, 'name'],
    ['Zalgo: four marks on one letter', { name: 'Z\u0336\u0322\u031B\u0307algo' }, 'name'],
    ['the same mark twice on one letter', { name: 'Iain Dunca\u0301\u0301n Smith' }, 'name'],
    ['a mark on no letter', { name: '\u0301Iain Duncan Smith' }, 'name'],
    ['a name of punctuation only', { name: '. .' }, 'name'],
    ['an invisible title', { title: '\u3164' }, 'title'],
    ['a bidi override in the parliament', { parliament: 'House of \u202ECommons' }, 'parliament'],
    ['a trailing zero-width space in the party', { party: 'Conservative\u200B' }, 'party'],
  ];
  it.each(cases)('%s', async (_label, change, field) => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const signer = legislator(change);
    const res = await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(signer).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', field });
    expect(res.body.message).toMatch(new RegExp(`^${field}: `));
    expect(await rowsOf(slug)).toEqual([]);
    expect(ctx.smtp.to(signer.email)).toEqual([]);
  });

  it("an organization's name and role are held to the same rule", async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const a = await ctx.http
      .post(`/api/v1/letters/${slug}/signatures`)
      .send(organization({ organization: 'Human Rights Watch\u2800' }))
      .expect(400);
    expect(a.body.field).toBe('organization');
    const b = await ctx.http
      .post(`/api/v1/letters/${slug}/signatures`)
      .send(organization({ role: '\u200E' }))
      .expect(400);
    expect(b.body.field).toBe('role');
    expect(await rowsOf(slug)).toEqual([]);
  });

  it("the letter page's form shows the problem beside the form and writes nothing", async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const res = await submitForm(ctx, `/letters/${slug}`, `/letters/${slug}/sign`, { kind: 'individual', name: '\u3164', email: `${uniq('me')}@mail.example`, country: 'KR' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Name: this is not valid; please check what you wrote.');
    expect(await rowsOf(slug)).toEqual([]);
  });

  it("invitations: an organizer's row with a blank-looking name is reported by line, the good rows are invited; an invitee cannot correct their name to one", async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const good = { name: 'Rahima Mahmut', email: `${uniq('rm')}@example.org`, kind: 'individual', country: 'GB' };
    const res = await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .set('Content-Type', 'text/csv')
      .send(`name,email,kind,country\n\u2800,${uniq('blank')}@example.org,individual,GB\n${good.name},${good.email},individual,GB\n`)
      .expect(201);
    expect(res.body).toEqual({
      invited: 1,
      alreadyInvited: 0,
      errors: [{ line: 2, field: 'name', reason: 'name: must not contain invisible or formatting characters (U+2800)', code: 'VALIDATION_FAILED' }],
    });

    const [mail] = await ctx.smtp.waitFor(good.email);
    const token = /\/invitations\/([\w-]+)/.exec(mail!.text)![1]!;
    const accept = await ctx.http.post('/api/v1/invitations/accept').send({ token, name: 'Rahima Mahmut\u200B' }).expect(400);
    expect(accept.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'name' });
    expect(await publicNames(ctx, slug)).toEqual([]);
  });
});

describe('names in every script are taken as written (NFC), with the joiners their script needs', () => {
  const names: Array<[string, string, string]> = [
    ['Uyghur (Arabic script)', 'ئىلھام توختى', 'CN'],
    ['Tibetan, with stacked letters', 'བསྟན་འཛིན་རྒྱ་མཚོ བསྒྲུབས', 'IN'],
    ['Hindi with a zero-width joiner (half form)', 'लक्\u200Dष्मी', 'IN'],
    ['Hindi with a zero-width non-joiner (visible virama)', 'क्\u200Cषमा देवी', 'IN'],
    ['Persian with a zero-width non-joiner', 'علی\u200Cرضا محمدی', 'IR'],
    ['Arabic with vowel signs and shadda', 'مُحَمَّد', 'EG'],
    ['Vietnamese', 'Nguyễn Thị Ánh Viên', 'VN'],
    ['Chinese', '刘晓波', 'CN'],
    ['Czech', 'Jiří Šťastný', 'CZ'],
    ['Burmese, with medials and a vowel on one letter', 'မွှေး', 'MM'],
    ['Mongolian script', 'ᠮᠣᠩᠭᠣᠯ', 'CN'],
  ];
  it('each is listed exactly as given', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    for (const [, name, country] of names) await signAndConfirm(ctx, slug, individual({ name, country }));
    expect(await publicNames(ctx, slug)).toEqual(names.map(([, name]) => name).sort());
  });

  it('a name typed decomposed (NFD) is listed composed (NFC)', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await signAndConfirm(ctx, slug, individual({ name: 'Nguye\u0302\u0303n Thi\u0323', country: 'VN' }));
    expect(await publicNames(ctx, slug)).toEqual(['Nguyễn Thị']);
  });
});
