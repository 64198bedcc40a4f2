import { describe, expect, it } from 'vitest';
import { newOrganizer, submitForm, uniq, useTestApp } from './helpers/app.js';
import { organizerView, organizerWithLetter, publicNames, signAndConfirm } from './helpers/flows.js';
import { individual, legislator, organization } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true });

describe('moderation, on by default for legislators and organizations', () => {
  it('holds them out of every public view until approved; individuals pass', async () => {
    const { slug, auth, letter } = await organizerWithLetter(ctx);
    expect(letter.moderatedKinds).toEqual(['legislator', 'organization']);
    const mp = legislator({ name: 'Held Legislator' });
    const ngo = organization({ name: 'Held Representative' });
    const person = individual({ name: 'Free Individual' });
    for (const s of [mp, ngo, person]) await signAndConfirm(ctx, slug, s);

    expect(await publicNames(ctx, slug)).toEqual(['Free Individual']);
    expect((await ctx.http.get(`/api/v1/letters/${slug}/stats`)).body).toMatchObject({ total: 1, summary: '1 individual' });
    expect((await ctx.http.get(`/letters/${slug}`)).text).not.toContain('Held Legislator');

    // The queue: confirmed and awaiting a decision, with addresses, for the organizers.
    const queue = await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).query({ moderation: 'pending', status: 'confirmed' }).set(auth).expect(200);
    expect(queue.body.items.map((i: { email: string }) => i.email).sort()).toEqual([mp.email, ngo.email].sort());
    expect(queue.body.items[0]).toMatchObject({ status: 'confirmed', moderation: 'pending', verifiedBy: null });

    const held = await organizerView(ctx, slug, auth, mp.email);
    const approved = await ctx.http.post(`/api/v1/signatures/${held.id}/approve`).set(auth).expect(200);
    expect(approved.body).toMatchObject({ moderation: 'approved', verifiedBy: 'approved', email: mp.email });
    expect(await publicNames(ctx, slug)).toEqual(['Free Individual', 'Held Legislator']);
    const items = (await ctx.http.get(`/api/v1/letters/${slug}/signatures`)).body.items;
    expect(items.find((i: { name: string }) => i.name === 'Held Legislator')).toMatchObject({ verified: true, verifiedBy: 'approved' });
    expect((await ctx.http.get(`/api/v1/letters/${slug}/stats`)).body.summary).toBe('1 legislator from 1 country and 1 individual');
  });

  it('reject: never shown or counted; a decision can be revised', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const mp = legislator({ name: 'Rejected Legislator' });
    await signAndConfirm(ctx, slug, mp);
    const { id } = await organizerView(ctx, slug, auth, mp.email);
    const rejected = await ctx.http.post(`/api/v1/signatures/${id}/reject`).set(auth).expect(200);
    expect(rejected.body.moderation).toBe('rejected');
    expect(await publicNames(ctx, slug)).toEqual([]);
    expect((await ctx.http.get(`/api/v1/letters/${slug}/stats`)).body.total).toBe(0);
    await ctx.http.post(`/api/v1/signatures/${id}/approve`).set(auth).expect(200);
    expect(await publicNames(ctx, slug)).toEqual(['Rejected Legislator']);
  });

  it('shadow: the signer saw success and confirmed, but it is never shown or counted', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: ['individual'] });
    const troll = individual({ name: 'Shadowed Troll' });
    // The signer's experience is a normal one: 202, a mail, a confirmation page.
    expect((await submitForm(ctx, `/letters/${slug}`, `/letters/${slug}/sign`, { ...troll, display: 'full' })).status).toBe(200);
    const mails = await ctx.smtp.waitFor(troll.email);
    const token = /\/confirm\/([\w-]+)/.exec(mails[0]!.text)![1]!;
    const { id } = await organizerView(ctx, slug, auth, troll.email);
    await ctx.http.post(`/api/v1/signatures/${id}/shadow`).set(auth).expect(200);
    const done = await submitForm(ctx, `/confirm/${token}`, `/confirm/${token}`, {});
    expect(done.status).toBe(200);
    expect(done.text).toContain('your signature is confirmed');
    expect(await publicNames(ctx, slug)).toEqual([]);
    expect((await ctx.http.get(`/api/v1/letters/${slug}/stats`)).body.total).toBe(0);
    expect((await ctx.http.get(`/letters/${slug}`)).text).not.toContain('Shadowed Troll');
    // Signing again changes nothing visible either.
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(troll).expect(202);
    expect(await publicNames(ctx, slug)).toEqual([]);
  });

  it('organizers choose which kinds are moderated', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await signAndConfirm(ctx, slug, legislator({ name: 'Unmoderated MP' }));
    expect(await publicNames(ctx, slug)).toEqual(['Unmoderated MP']);
    const patched = await ctx.http
      .patch(`/api/v1/letters/${slug}`)
      .set(auth)
      .send({ moderatedKinds: ['legislator'] })
      .expect(200);
    expect(patched.body.moderatedKinds).toEqual(['legislator']);
    await signAndConfirm(ctx, slug, legislator({ name: 'Moderated MP' }));
    expect(await publicNames(ctx, slug)).toEqual(['Unmoderated MP']);
  });
});

describe("moderation is for the letter's organizers only", () => {
  it('another organizer gets 403 on the list and on decisions; no token 401; unknown id 404', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const mp = legislator();
    await signAndConfirm(ctx, slug, mp);
    const { id } = await organizerView(ctx, slug, auth, mp.email);
    const other = await newOrganizer(ctx);
    for (const decision of ['approve', 'reject', 'shadow']) {
      const res = await ctx.http.post(`/api/v1/signatures/${id}/${decision}`).set(other.auth).expect(403);
      expect(res.body.code).toBe('NOT_YOUR_LETTER');
    }
    await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(other.auth).expect(403);
    await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).expect(401);
    await ctx.http.post(`/api/v1/signatures/${id}/approve`).expect(401);
    await ctx.http.post('/api/v1/signatures/00000000-0000-4000-8000-000000000000/approve').set(auth).expect(404);
    await ctx.http.post('/api/v1/signatures/not-a-uuid/approve').set(auth).expect(400);
    expect((await organizerView(ctx, slug, auth, mp.email)).moderation).toBe('pending');
  });

  it('the full list pages with a cursor and never leaks into public outputs', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const emails: string[] = [];
    for (let i = 0; i < 5; i++) {
      const s = individual({ email: `${uniq('all')}@example.org` });
      emails.push(s.email);
      await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(s).expect(202);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: Array<{ email: string }>; nextCursor: string | null } } = await ctx.http
        .get(`/api/v1/letters/${slug}/signatures/all`)
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(auth)
        .expect(200);
      seen.push(...res.body.items.map((i: { email: string }) => i.email));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(emails.sort());
  });
});
