import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signatures } from '../server/db/schema.js';
import { verifyFromDatabase } from '../server/ledger/service.js';
import { uniq, useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { getPdf, readPdf } from './helpers/pdf.js';
import { individual, legislator, organization } from './helpers/signers.js';
import { tokenFrom } from './helpers/smtp.js';

const ctx = useTestApp({ smtp: true });

async function listed(slug: string) {
  const res = await ctx.http.get(`/api/v1/letters/${slug}/signatures`).expect(200);
  return Object.fromEntries(res.body.items.map((i: { name: string; verified: boolean; verifiedBy: string | null }) => [i.name, i.verifiedBy]));
}

describe('domain verification', () => {
  it("a legislator writing from their legislature's domain is verified; others are listed unverified", async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const signers = [
      // parliament.uk is the UK Parliament's; the chamber's name finds it.
      legislator({ name: 'Verified Commons', email: `${uniq('mp')}@parliament.uk`, parliament: 'House of Commons' }),
      // A subdomain of a registered domain, and a native name with different accents and case.
      legislator({ name: 'Verified Dail', country: 'IE', parliament: 'dail eireann', email: `${uniq('td')}@members.oireachtas.ie` }),
      // The European Parliament takes members of any country.
      legislator({ name: 'Verified MEP', country: 'LT', parliament: 'European Parliament', email: `${uniq('mep')}@europarl.europa.eu` }),
      // Right domain, wrong country for that parliament.
      legislator({ name: 'Wrong Country', country: 'FR', parliament: 'House of Commons', email: `${uniq('x')}@parliament.uk` }),
      // A parliament the registry does not know: allowed, never domain-verified.
      legislator({ name: 'Unknown Parliament', country: 'GB', parliament: 'Parliament of Narnia', email: `${uniq('x')}@parliament.uk` }),
      // Known parliament, private address.
      legislator({ name: 'Private Address', email: `${uniq('x')}@gmail.com`, parliament: 'House of Commons' }),
      // A look-alike domain is not a subdomain.
      legislator({ name: 'Lookalike', email: `${uniq('x')}@fakeparliament.uk`, parliament: 'House of Commons' }),
    ];
    for (const signer of signers) await signAndConfirm(ctx, slug, signer);
    expect(await listed(slug)).toEqual({
      'Verified Commons': 'domain',
      'Verified Dail': 'domain',
      'Verified MEP': 'domain',
      'Wrong Country': null,
      'Unknown Parliament': null,
      'Private Address': null,
      Lookalike: null,
    });
    const res = await ctx.http.get(`/api/v1/letters/${slug}/signatures`).expect(200);
    const item = res.body.items.find((i: { name: string }) => i.name === 'Verified Commons');
    expect(item).toMatchObject({ verified: true, verifiedBy: 'domain' });
    const page = await ctx.http.get(`/letters/${slug}`).expect(200);
    expect(page.text).toMatch(/Verified Commons<\/bdi>.*✓ verified/);
    expect(page.text).not.toMatch(/Lookalike<\/bdi>[^<]*<span class="verified"/);
  });

  it("an organization writing from its website's domain is verified, but never through a free-mail domain", async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const signers = [
      organization({ name: 'Org Verified', website: 'https://www.hrw.org/about', email: `${uniq('a')}@hrw.org` }),
      organization({ name: 'Org Subdomain', organization: 'Amnesty', website: 'amnesty.org', email: `${uniq('a')}@uk.amnesty.org` }),
      organization({ name: 'Org Mismatch', organization: 'Other', website: 'https://example-ngo.org', email: `${uniq('a')}@hrw.org` }),
      organization({ name: 'Org Gmail', organization: 'Gmail Group', website: 'https://gmail.com', email: `${uniq('a')}@gmail.com` }),
      organization({ name: 'Org No Site', organization: 'No Site', email: `${uniq('a')}@hrw.org` }),
    ];
    for (const signer of signers) await signAndConfirm(ctx, slug, signer);
    expect(await listed(slug)).toEqual({
      'Org Verified': 'domain',
      'Org Subdomain': 'domain',
      'Org Mismatch': null,
      'Org Gmail': null,
      'Org No Site': null,
    });
  });

  it('refuses a website that is not a web address', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const res = await ctx.http
      .post(`/api/v1/letters/${slug}/signatures`)
      .send(organization({ website: 'javascript:alert(1)' }))
      .expect(400);
    expect(res.body.field).toBe('website');
  });
});

describe('what a domain verification proves, and who sees it', () => {
  type OrganizerItem = {
    email: string;
    name: string;
    organization: string | null;
    website: string | null;
    websiteDomain: string | null;
    emailDomain: string | null;
    emailDomainShared: boolean;
    verifiedBy: string | null;
    verifiedDomain: string | null;
    moderation: string;
  };
  const organizerItems = async (slug: string, auth: Record<string, string>) => (await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(auth).expect(200)).body.items as OrganizerItem[];

  it("never verifies an organization by a shared or privacy mail provider: Human Rights Watch at riseup.net waits for a moderator, who sees the name, the website's and the mail's domains side by side", async () => {
    const { slug, auth, organizer } = await organizerWithLetter(ctx);
    const hrw = { organization: 'Human Rights Watch', role: 'Director' };
    const signers = [
      organization({ ...hrw, name: 'At Riseup', website: 'https://riseup.net', email: `${uniq('hrw')}@riseup.net` }),
      organization({ ...hrw, name: 'At Disroot', website: 'disroot.org', email: `${uniq('hrw')}@disroot.org` }),
      organization({ ...hrw, name: 'At Mailbox', website: 'https://mailbox.org/en/', email: `${uniq('hrw')}@mailbox.org` }),
      organization({ ...hrw, name: 'At Proton', website: 'https://proton.me', email: `${uniq('hrw')}@proton.me` }),
      // A subdomain handed to anyone who asks, and an alias forwarder's subdomain.
      organization({ ...hrw, name: 'At Tenant', website: 'https://hrw-org.onmicrosoft.com', email: `${uniq('hrw')}@hrw-org.onmicrosoft.com` }),
      organization({ ...hrw, name: 'At Alias', website: 'https://hrw.anonaddy.com', email: `${uniq('hrw')}@hrw.anonaddy.com` }),
    ];
    for (const signer of signers) await signAndConfirm(ctx, slug, signer);

    const items = await organizerItems(slug, auth);
    for (const signer of signers) {
      const item = items.find((i) => i.email === signer.email)!;
      expect(item, signer.name).toMatchObject({ verifiedBy: null, verifiedDomain: null, moderation: 'pending', organization: 'Human Rights Watch', emailDomainShared: true });
    }
    expect(items.find((i) => i.name === 'At Riseup')).toMatchObject({ website: 'https://riseup.net/', websiteDomain: 'riseup.net', emailDomain: 'riseup.net' });
    expect(items.find((i) => i.name === 'At Alias')).toMatchObject({ websiteDomain: 'anonaddy.com', emailDomain: 'hrw.anonaddy.com' });
    // Held: nothing public until a moderator decides.
    expect((await ctx.http.get(`/api/v1/letters/${slug}/signatures`).expect(200)).body.items).toEqual([]);

    // The workspace's queue puts the claim and the domains in one row.
    const browser = await signInBrowser(ctx, organizer.email);
    const page = (await browser.get(`/organize/letters/${slug}/signatures`).expect(200)).text;
    const card = page.split('<article class="held"').find((c) => c.includes('At Riseup'))!;
    expect(card).toContain('Human Rights Watch');
    expect(card).toMatch(/Wrote from<\/dt>\s*<dd><span dir="ltr">riseup\.net<\/span> <span class="shared-mail">\(a shared mail provider: anyone may have an address there\)<\/span>/);
    expect(card).toMatch(/Website<\/dt>\s*<dd><span dir="ltr">riseup\.net<\/span>/);
  });

  it('closes the look-alikes: a website with a user name, an internationalized domain, and a domain under another', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    // https://hrw.org@evil.net/ is evil.net's page dressed as hrw.org's.
    const dressed = await ctx.http
      .post(`/api/v1/letters/${slug}/signatures`)
      .send(organization({ website: 'https://hrw.org@evil.net/', email: `${uniq('a')}@evil.net` }))
      .expect(400);
    expect(dressed.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'website', message: 'website: must not contain a user name or password' });

    // "һrw.org" with a Cyrillic һ, the address spelled in its xn-- form (mail delivers it to the
    // Unicode one) and in Unicode.
    const ascii = uniq('a');
    await ctx.http
      .post(`/api/v1/letters/${slug}/signatures`)
      .send(organization({ name: 'Homograph Ascii', website: 'https://һrw.org', email: `${ascii}@xn--rw-3wc.org` }))
      .expect(202);
    const [mail] = await ctx.smtp.waitFor(`${ascii}@һrw.org`);
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(mail!, 'confirm') })
      .expect(200);
    const signers = [
      organization({ name: 'Homograph Unicode', website: 'https://һrw.org', email: `${uniq('a')}@һrw.org` }),
      // Another registrable domain altogether.
      organization({ name: 'Dashed', website: 'https://www.hrw.org', email: `${uniq('a')}@hrw-org.net` }),
      organization({ name: 'Suffixed', website: 'https://www.hrw.org', email: `${uniq('a')}@hrw.org.evil.net` }),
      // hrw.org.evil.net is evil.net's, and evil.net is what the public is told.
      organization({ name: 'Under Evil', website: 'https://hrw.org.evil.net', email: `${uniq('a')}@hrw.org.evil.net` }),
      // Under a suffix that hands out names (github.io), each name is its own holder's.
      organization({ name: 'Neighbour', website: 'https://hrw.github.io', email: `${uniq('a')}@evil.github.io` }),
    ];
    for (const signer of signers) await signAndConfirm(ctx, slug, signer);
    const items = (await ctx.http.get(`/api/v1/letters/${slug}/signatures`).expect(200)).body.items as Array<{ name: string; verifiedBy: string | null; verifiedDomain: string | null }>;
    expect(Object.fromEntries(items.map((i) => [i.name, [i.verifiedBy, i.verifiedDomain]]))).toEqual({
      'Homograph Ascii': [null, null],
      'Homograph Unicode': [null, null],
      Dashed: [null, null],
      Suffixed: [null, null],
      'Under Evil': ['domain', 'evil.net'],
      Neighbour: [null, null],
    });
    const page = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    expect(page).toMatch(/Under Evil<\/bdi>[^✓]*✓ verified: writes from @evil\.net/);
    expect(page).not.toContain('writes from @hrw.org');
    // The moderator reads a Unicode look-alike in its xn-- form.
    const all = await organizerItems(slug, auth);
    expect(all.find((i) => i.name === 'Homograph Unicode')).toMatchObject({ websiteDomain: 'xn--rw-3wc.org', emailDomain: 'xn--rw-3wc.org', emailDomainShared: false });
  });

  it('a real match is published with its domain: in the JSON list, on the page, in the CSV and the PDF, and in the ledger', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: ['individual'] });
    const ngo = organization({ name: 'Real Match', website: 'https://www.hrw.org/about', email: `${uniq('a')}@uk.hrw.org` });
    const mp = legislator({ name: 'Real Member', email: `${uniq('mp')}@parliament.uk`, parliament: 'House of Commons' });
    const other = organization({ name: 'Not Matched', organization: 'Elsewhere', website: 'https://elsewhere.example', email: `${uniq('a')}@riseup.net` });
    // org.ua is a public suffix that the free-mail list names: an organization under it is its own.
    const ua = organization({ name: 'Under Org Ua', organization: 'Helsinki Union', website: 'https://www.helsinki.org.ua', email: `${uniq('a')}@helsinki.org.ua` });
    const held = individual({ name: 'Approved Person' });
    for (const signer of [ngo, mp, other, ua, held]) await signAndConfirm(ctx, slug, signer);
    const heldView = (await organizerItems(slug, auth)).find((i) => i.email === held.email)!;
    await ctx.http
      .post(`/api/v1/signatures/${(heldView as unknown as { id: string }).id}/approve`)
      .set(auth)
      .expect(200);

    const items = (await ctx.http.get(`/api/v1/letters/${slug}/signatures`).expect(200)).body.items as Array<{
      name: string;
      verified: boolean;
      verifiedBy: string | null;
      verifiedDomain: string | null;
    }>;
    expect(Object.fromEntries(items.map((i) => [i.name, [i.verified, i.verifiedBy, i.verifiedDomain]]))).toEqual({
      'Real Match': [true, 'domain', 'hrw.org'],
      'Real Member': [true, 'domain', 'parliament.uk'],
      'Not Matched': [false, null, null],
      'Under Org Ua': [true, 'domain', 'helsinki.org.ua'],
      'Approved Person': [true, 'approved', null],
    });
    expect((await organizerItems(slug, auth)).find((i) => i.email === ngo.email)).toMatchObject({
      verifiedDomain: 'hrw.org',
      websiteDomain: 'hrw.org',
      emailDomain: 'uk.hrw.org',
      emailDomainShared: false,
    });

    const page = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    expect(page).toMatch(/Real Match<\/bdi>[^✓]*<span class="verified" title="verified: writes from the institution’s email domain">✓ verified: writes from @hrw\.org<\/span>/);
    expect(page).toContain('✓ verified: writes from @parliament.uk');
    expect(page).toMatch(/Approved Person<\/bdi>.*?<span class="verified" title="verified: approved by the organizers">✓ verified<\/span>/);

    const csv = (await ctx.http.get(`/letters/${slug}/signatures.csv`).expect(200)).text.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]!.split(',').at(-1)).toBe('verified_domain');
    const row = (name: string) => csv.find((line) => line.startsWith(`${name},`))!;
    expect(row('Real Match').split(',').at(-1)).toBe('hrw.org');
    expect(row('Real Member').split(',').at(-1)).toBe('parliament.uk');
    expect(row('Not Matched').split(',').at(-1)).toBe('');

    const pdf = readPdf((await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200)).body as Buffer).text.replace(/\s+/g, ' ');
    expect(pdf).toContain('✓ verified: writes from @hrw.org');
    expect(pdf).toContain('✓ verified: writes from @parliament.uk');

    // The ledger records the domain with the rest of the public view, so the lists verify, and
    // a domain changed behind the ledger's back is caught.
    expect(await verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, slug)).toMatchObject({ ok: true, problems: [] });
    const [signed] = await ctx.database.db.select({ id: signatures.id }).from(signatures).where(eq(signatures.name, 'Real Match'));
    await ctx.database.db.update(signatures).set({ verifiedDomain: 'amnesty.org' }).where(eq(signatures.id, signed!.id));
    const report = await verifyFromDatabase(ctx.database.db, ctx.app.ledger.keys, slug);
    expect(report.ok).toBe(false);
    expect(report.problems[0]!.message).toContain('the public list shows verifiedDomain "amnesty.org" where the ledger recorded "hrw.org"');
  });
});
