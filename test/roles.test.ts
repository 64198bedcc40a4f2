import { describe, expect, it } from 'vitest';
import { addOrganizer } from '../server/organizers/service.js';
import { uniq, useTestApp } from './helpers/app.js';
import { organizerView, organizerWithLetter, signAndConfirm } from './helpers/flows.js';
import { legislator } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true });

/** An organizer account with a token, given `role` on the letter by its owner. */
async function coOrganizer(slug: string, owner: Record<string, string>, role: string) {
  const email = `${uniq(role)}@example.org`;
  const added = await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(owner).send({ email, role }).expect(200);
  expect(added.body).toMatchObject({ email, role });
  const { token } = await addOrganizer({ db: ctx.app.db, tokens: ctx.app.tokens }, { email });
  return { email, auth: { Authorization: `Bearer ${token}` } };
}

describe('co-organizers and their roles', () => {
  it('each route checks the role: viewers read, moderators moderate, editors edit, owners manage', async () => {
    const { slug, auth: owner } = await organizerWithLetter(ctx);
    const viewer = await coOrganizer(slug, owner, 'viewer');
    const moderator = await coOrganizer(slug, owner, 'moderator');
    const editor = await coOrganizer(slug, owner, 'editor');

    const list = await ctx.http.get(`/api/v1/letters/${slug}/organizers`).set(viewer.auth).expect(200);
    expect(list.body.items.map((o: { role: string }) => o.role)).toEqual(['owner', 'viewer', 'moderator', 'editor']);

    // A viewer reads, and nothing more.
    await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(viewer.auth).expect(200);
    const denied = await ctx.http.post(`/api/v1/letters/${slug}/close`).set(viewer.auth).expect(403);
    expect(denied.body).toMatchObject({ code: 'ROLE_FORBIDDEN', message: expect.stringContaining('viewer') });
    await ctx.http.patch(`/api/v1/letters/${slug}`).set(viewer.auth).send({ title: 'No' }).expect(403);

    // A moderator moderates but does not edit.
    const mp = legislator();
    await signAndConfirm(ctx, slug, mp);
    const { id } = await organizerView(ctx, slug, owner, mp.email);
    await ctx.http.post(`/api/v1/signatures/${id}/approve`).set(moderator.auth).expect(200);
    await ctx.http.post(`/api/v1/signatures/${id}/reject`).set(viewer.auth).expect(403);
    await ctx.http.post(`/api/v1/signatures/${id}/reject`).set(editor.auth).expect(403);
    await ctx.http.patch(`/api/v1/letters/${slug}`).set(moderator.auth).send({ title: 'No' }).expect(403);

    // An editor edits, translates and invites, but does not manage organizers.
    await ctx.http.patch(`/api/v1/letters/${slug}`).set(editor.auth).send({ summary: 'Edited by the editor' }).expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(editor.auth).send({ language: 'fr', title: 'Titre', body: 'Texte' }).expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(editor.auth).send({ email: 'x@example.org', role: 'owner' }).expect(403);
    await ctx.http.get(`/api/v1/letters/${slug}/audit`).set(editor.auth).expect(403);

    // Roles change, and a letter keeps an owner.
    await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(owner).send({ email: viewer.email, role: 'editor' }).expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/close`).set(viewer.auth).expect(200);
    const ownerEmail = list.body.items[0].email;
    const last = await ctx.http.post(`/api/v1/letters/${slug}/organizers/remove`).set(owner).send({ email: ownerEmail }).expect(409);
    expect(last.body.code).toBe('LAST_OWNER');
    await ctx.http.post(`/api/v1/letters/${slug}/organizers/remove`).set(owner).send({ email: moderator.email }).expect(200);
    await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(moderator.auth).expect(403);
  });
});

describe('the audit log', () => {
  it('records who did what, when, on what; owners read it', async () => {
    const { slug, auth: owner } = await organizerWithLetter(ctx);
    const moderator = await coOrganizer(slug, owner, 'moderator');
    const mp = legislator();
    await signAndConfirm(ctx, slug, mp);
    const { id } = await organizerView(ctx, slug, owner, mp.email);
    await ctx.http.post(`/api/v1/signatures/${id}/approve`).set(moderator.auth).expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/close`).set(moderator.auth).expect(403);

    const audit = await ctx.http.get(`/api/v1/letters/${slug}/audit`).set(owner).expect(200);
    const actions = audit.body.items.map((e: { organizer: string; action: string; target: string | null; status: number }) => [
      e.organizer === moderator.email ? 'moderator' : 'owner',
      e.action,
      e.target,
      e.status,
    ]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['moderator', 'POST /api/v1/signatures/:id/approve', id, 200],
        ['moderator', 'POST /api/v1/letters/:slug/close', null, 403],
        ['owner', 'read addresses', id, 200],
        ['owner', 'POST /api/v1/letters/:slug/organizers', null, 200],
        ['owner', 'POST /api/v1/letters/:slug/publish', null, 200],
      ]),
    );
    expect(Date.parse(audit.body.items[0].at)).toBeGreaterThan(Date.now() - 60_000);
  });
});
