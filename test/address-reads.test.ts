import { describe, expect, it } from 'vitest';
import { addOrganizer } from '../server/organizers/service.js';
import { csrfTokenIn, uniq, useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { individual, legislator } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true });
const origin = { Origin: 'http://undersigned.test' };

interface Entry {
  organizer: string | null;
  action: string;
  target: string | null;
  detail: string | null;
}
interface Row {
  id: string;
  name: string;
  email: string | null;
  emailDomain: string | null;
  emailHidden: boolean;
}

/** A co-organizer with an API token, given `role` by the owner. */
async function coOrganizer(slug: string, owner: Record<string, string>, role: string) {
  const email = `${uniq(role)}@example.org`;
  await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(owner).send({ email, role }).expect(200);
  const { token } = await addOrganizer({ db: ctx.app.db, tokens: ctx.app.tokens }, { email });
  return { email, auth: { Authorization: `Bearer ${token}` } };
}

/** A letter with a legislator and an individual signed, and its owner. */
async function letterWithSigners() {
  const owner = await organizerWithLetter(ctx);
  const mp = legislator({ name: 'Held Legislator' });
  const person = individual({ name: 'Plain Individual' });
  await signAndConfirm(ctx, owner.slug, mp);
  await signAndConfirm(ctx, owner.slug, person);
  return { ...owner, mp, person };
}

/** The letter's audit entries that record reads of addresses, as its owner reads them in the API. */
async function addressReads(slug: string, owner: Record<string, string>, by?: string | null): Promise<Entry[]> {
  const audit = await ctx.http.get(`/api/v1/letters/${slug}/audit`).set(owner).expect(200);
  return (audit.body.items as Entry[]).filter((e) => /read address/.test(e.action) && (by === undefined || e.organizer === by));
}

const list = async (slug: string, auth: Record<string, string>): Promise<Row[]> => (await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(auth).expect(200)).body.items;

describe("who sees signers' addresses", () => {
  it('a viewer and an editor see none by default, a moderator only the domain; in the API, the page, its search and the CSV', async () => {
    const { slug, auth: owner, mp, person } = await letterWithSigners();
    const domains = [mp.email.split('@')[1]!, person.email.split('@')[1]!];
    const viewer = await coOrganizer(slug, owner, 'viewer');
    const editor = await coOrganizer(slug, owner, 'editor');
    const moderator = await coOrganizer(slug, owner, 'moderator');

    for (const who of [viewer, editor]) {
      const rows = await list(slug, who.auth);
      expect(rows.map((r) => r.name).sort()).toEqual(['Held Legislator', 'Plain Individual']);
      expect(rows.map((r) => [r.email, r.emailDomain, r.emailHidden])).toEqual([
        [null, null, true],
        [null, null, true],
      ]);
      const csv = await ctx.http.get(`/organize/letters/${slug}/export.csv`).set(who.auth).expect(200);
      expect(csv.text).toContain('Plain Individual');
      for (const part of [person.email, mp.email, ...domains]) expect(csv.text).not.toContain(part);
    }
    const moderated = await list(slug, moderator.auth);
    const held = moderated.find((r) => r.name === 'Held Legislator')!;
    expect(held).toMatchObject({ email: null, emailDomain: domains[0], emailHidden: true });

    const page = await (await signInBrowser(ctx, viewer.email)).get(`/organize/letters/${slug}/signatures`).expect(200);
    expect(page.text).toContain('Plain Individual');
    for (const part of [person.email, mp.email, ...domains]) expect(page.text).not.toContain(part);
    expect(page.text).toContain('The letter’s owners keep signers’ addresses from co-organizers');
    // A hidden address answers no search: the viewer cannot test whether someone signed.
    const local = person.email.split('@')[0]!;
    const searched = await (await signInBrowser(ctx, viewer.email)).get(`/organize/letters/${slug}/signatures?q=${encodeURIComponent(local)}`).expect(200);
    expect(searched.text).not.toContain('Plain Individual');

    // Nothing of an address was read by the viewer or the editor; the moderator read domains.
    expect(await addressReads(slug, owner, viewer.email)).toEqual([]);
    expect(await addressReads(slug, owner, editor.email)).toEqual([]);
    expect((await addressReads(slug, owner, moderator.email)).map((e) => e.action)).toEqual(['read address domains']);
  });

  it('only an owner lets co-organizers see addresses, through the API or the workspace form; then they do', async () => {
    const { slug, auth: owner, organizer, person } = await letterWithSigners();
    const viewer = await coOrganizer(slug, owner, 'viewer');
    const editor = await coOrganizer(slug, owner, 'editor');

    const refused = await ctx.http.patch(`/api/v1/letters/${slug}`).set(editor.auth).send({ coOrganizersSeeAddresses: true }).expect(403);
    expect(refused.body).toMatchObject({ code: 'ROLE_FORBIDDEN', message: expect.stringContaining('owner') });
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).set(owner).expect(200)).body.coOrganizersSeeAddresses).toBe(false);
    // A private setting: the public document does not carry it.
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).expect(200)).body).not.toHaveProperty('coOrganizersSeeAddresses');

    const allowed = await ctx.http.patch(`/api/v1/letters/${slug}`).set(owner).send({ coOrganizersSeeAddresses: true }).expect(200);
    expect(allowed.body.coOrganizersSeeAddresses).toBe(true);
    expect((await list(slug, viewer.auth)).map((r) => r.email)).toContain(person.email);
    expect((await list(slug, editor.auth)).map((r) => r.email)).toContain(person.email);

    // The owner's form in the workspace turns it off again (an unticked box), and a viewer's post is refused.
    const browser = await signInBrowser(ctx, organizer.email);
    const page = await browser.get(`/organize/letters/${slug}/settings`).expect(200);
    expect(page.text).toMatch(/name="coOrganizersSeeAddresses" value="1" checked/);
    const viewerBrowser = await signInBrowser(ctx, viewer.email);
    expect((await viewerBrowser.get(`/organize/letters/${slug}/signatures`).expect(200)).text).toContain(person.email);
    const viewerPage = await viewerBrowser.get(`/organize/letters/${slug}/settings`).expect(200);
    expect(viewerPage.text).not.toContain('name="coOrganizersSeeAddresses"');
    await viewerBrowser
      .post(`/organize/letters/${slug}/addresses`)
      .set(origin)
      .type('form')
      .send({ coOrganizersSeeAddresses: '1', _csrf: csrfTokenIn(viewerPage.text) })
      .expect(403);
    const off = await browser
      .post(`/organize/letters/${slug}/addresses`)
      .set(origin)
      .type('form')
      .send({ _csrf: csrfTokenIn(page.text) })
      .expect(303);
    expect((await browser.get(off.headers.location as string).expect(200)).text).toContain('no longer see');
    expect((await list(slug, viewer.auth)).map((r) => r.email)).toEqual([null, null]);
  });
});

describe("each read of signers' addresses is in the audit log", () => {
  it('the API list, the workspace page, its search and the CSV export each leave an entry naming what was read, never an address', async () => {
    const { slug, auth: owner, organizer, person, mp } = await letterWithSigners();
    const viewer = await coOrganizer(slug, owner, 'viewer');
    await ctx.http.patch(`/api/v1/letters/${slug}`).set(owner).send({ coOrganizersSeeAddresses: true }).expect(200);

    const rows = await list(slug, viewer.auth);
    const ids = rows.map((r) => r.id);
    let reads = await addressReads(slug, owner, viewer.email);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.action).toBe('read addresses');
    expect(reads[0]!.detail).toMatch(/^API list: 2; ids: /);
    for (const id of ids) expect(reads[0]!.detail).toContain(id);

    const browser = await signInBrowser(ctx, viewer.email);
    await browser.get(`/organize/letters/${slug}/signatures`).expect(200);
    const local = person.email.split('@')[0]!;
    const found = await browser.get(`/organize/letters/${slug}/signatures?q=${encodeURIComponent(local)}`).expect(200);
    expect(found.text).toContain(person.email);
    await browser.get(`/organize/letters/${slug}/export.csv`).expect(200);

    reads = await addressReads(slug, owner, viewer.email);
    const details = reads.map((e) => e.detail!).reverse();
    expect(details).toHaveLength(4);
    expect(details[1]).toMatch(/^workspace page \(moderation queue 1; table status=all\): 2; ids: /);
    // The search is named by its shape, not its words (which may be an address).
    expect(details[2]).toMatch(new RegExp(`^workspace page \\(moderation queue 1; table status=all, search of ${local.length} characters over 2 addresses, 1 matched\\): 2; ids: `));
    expect(details[3]).toMatch(/^CSV export: 2; ids: /);
    for (const e of reads) {
      for (const secret of [person.email, mp.email, local]) expect(e.detail).not.toContain(secret);
    }

    // The owner's own reads are recorded too, and the audit log shows them in the page.
    const ownerBrowser = await signInBrowser(ctx, organizer.email);
    await ownerBrowser.get(`/organize/letters/${slug}/signatures`).expect(200);
    const ownerPage = await ownerBrowser.get(`/organize/letters/${slug}/audit`).expect(200);
    expect(ownerPage.text).toContain('exported the signatures as CSV, with the addresses of 2 signers');
    expect((await addressReads(slug, owner, organizer.email)).length).toBeGreaterThanOrEqual(1);
  });

  it('a refused attempt to read addresses is recorded as its route', async () => {
    const { slug, auth: owner } = await letterWithSigners();
    const moderator = await coOrganizer(slug, owner, 'moderator');
    await ctx.http.post(`/api/v1/letters/${slug}/organizers/remove`).set(owner).send({ email: moderator.email }).expect(200);
    await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(moderator.auth).expect(403);
    // The route's entry is written once the answer has gone (plugins/audit.ts), so it may come a moment later.
    const entries = async () => (await ctx.http.get(`/api/v1/letters/${slug}/audit`).set(owner).expect(200)).body.items.map((e: Entry & { status: number }) => [e.organizer, e.action, e.status]);
    await expect.poll(entries, { timeout: 5000 }).toContainEqual([moderator.email, 'GET /api/v1/letters/:slug/signatures/all', 403]);
  });
});
