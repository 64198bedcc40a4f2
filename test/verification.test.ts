import { describe, expect, it } from 'vitest';
import { uniq, useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm } from './helpers/flows.js';
import { legislator, organization } from './helpers/signers.js';

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
    expect(page.text).toMatch(/Verified Commons<\/span>.*✓ verified/);
    expect(page.text).not.toMatch(/Lookalike<\/span>[^<]*<span class="verified"/);
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
