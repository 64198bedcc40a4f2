import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { csrfTokenIn, newOrganizer, uniq, useTestApp } from './helpers/app.js';
import { organizerWithLetter, publicNames, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { individual, legislator } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true });

describe("the organizers' workspace in the browser", () => {
  it('moderates, invites by pasted CSV, filters and searches the table, exports with addresses (audited)', async () => {
    const { slug, organizer } = await organizerWithLetter(ctx);
    const mp = legislator({ name: 'Queued Legislator' });
    await signAndConfirm(ctx, slug, mp);
    await signAndConfirm(ctx, slug, individual({ name: 'Plain Individual' }));
    const browser = await signInBrowser(ctx, organizer.email);
    const origin = { Origin: 'http://undersigned.test' };

    let page = await browser.get(`/organize/letters/${slug}/signatures`).expect(200);
    expect(page.text).toContain('Moderation queue (1)');
    expect(page.text).toContain(mp.email);
    const id = /name="id" value="([0-9a-f-]{36})"/.exec(page.text)![1]!;
    const approved = await browser
      .post(`/organize/letters/${slug}/moderate`)
      .set(origin)
      .type('form')
      .send({ id, decision: 'approve', _csrf: csrfTokenIn(page.text) })
      .expect(303);
    // The note travels by name and is said by the page; text in the address is never shown.
    expect(approved.headers.location).toBe(`/organize/letters/${slug}/signatures?done=moderated&decision=approve`);
    expect((await browser.get(approved.headers.location as string).expect(200)).text).toContain('<p class="notice-ok" role="status">The signature is published</p>');
    const crafted = await browser.get(`/organize/letters/${slug}?note=Your+session+expired%3A+sign+in+at+evil.example`).expect(200);
    expect(crafted.text).not.toContain('evil.example');
    expect(await publicNames(ctx, slug)).toEqual(['Plain Individual', 'Queued Legislator']);

    page = await browser.get(`/organize/letters/${slug}/invite`).expect(200);
    const csv = ['name,email,kind,country', `Invited One,${uniq('i')}@example.org,individual,FR`, 'Broken Row,not-an-email,individual,FR'].join('\n');
    const invited = await browser
      .post(`/organize/letters/${slug}/invite`)
      .set(origin)
      .type('form')
      .send({ csv, _csrf: csrfTokenIn(page.text) })
      .expect(200);
    expect(invited.text).toContain('Invited 1; already invited 0.');
    expect(invited.text).toContain('Line 3: Email: this is not an email address.');

    const searched = await browser.get(`/organize/letters/${slug}/signatures?q=plain`).expect(200);
    expect(searched.text).toContain('Plain Individual');
    expect(searched.text).not.toContain(mp.email);
    const byStatus = await browser.get(`/organize/letters/${slug}/signatures?status=withdrawn`).expect(200);
    expect(byStatus.text).not.toContain('Plain Individual');

    const exported = await browser.get(`/organize/letters/${slug}/export.csv`).expect(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.text).toContain(mp.email);
    const audit = await browser.get(`/api/v1/letters/${slug}/audit`).expect(200);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['read addresses', 'POST /organize/letters/:slug/moderate', 'POST /organize/letters/:slug/invite']));
    expect(audit.body.items.find((e: { action: string }) => e.action === 'read addresses').detail).toMatch(/^CSV export: /);
  });

  it('drafts with a preview, saves, and refuses a viewer (403) and a visitor who is not signed in', async () => {
    const { organizer } = await newOrganizer(ctx);
    const browser = await signInBrowser(ctx, organizer.email);
    const origin = { Origin: 'http://undersigned.test' };
    const form = await browser.get('/organize/new').expect(200);
    const bad = await browser
      .post('/organize/new')
      .set(origin)
      .type('form')
      .send({ title: '', addressee: 'X', body: 'Y', _csrf: csrfTokenIn(form.text) })
      .expect(400);
    expect(bad.text).toContain('Title: this is required.');
    const created = await browser
      .post('/organize/new')
      .set(origin)
      .type('form')
      .send({ title: 'From the browser', addressee: 'Interpol', body: 'First *draft*.', language: 'en', _csrf: csrfTokenIn(form.text) })
      .expect(303);
    const slug = new URL(created.headers.location as string, 'http://x').pathname.split('/').at(-1)!;
    const workspace = await browser.get(`/organize/letters/${slug}`).expect(200);
    const preview = await browser
      .post(`/organize/letters/${slug}/edit`)
      .set(origin)
      .type('form')
      .send({ title: 'From the browser', addressee: 'Interpol', body: 'Second **draft**.', preview: '1', _csrf: csrfTokenIn(workspace.text) })
      .expect(200);
    expect(preview.text).toContain('<strong>draft</strong>');
    await browser
      .post(`/organize/letters/${slug}/edit`)
      .set(origin)
      .type('form')
      .send({ title: 'Saved title', addressee: 'Interpol', body: 'Second **draft**.', _csrf: csrfTokenIn(workspace.text) })
      .expect(303);
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).set('Cookie', '').expect(404)).body.code).toBe('LETTER_NOT_FOUND');

    // A viewer signed in: reads the workspace, cannot publish.
    const viewerEmail = `${uniq('viewer')}@example.org`;
    await browser.post(`/api/v1/letters/${slug}/organizers`).set(origin).send({ email: viewerEmail, role: 'viewer' }).expect(200);
    const viewer = await signInBrowser(ctx, viewerEmail);
    const seen = await viewer.get(`/organize/letters/${slug}`).expect(200);
    // Not offered, nor asked to confirm: the step is not theirs.
    expect(seen.text).not.toContain(`href="/organize/letters/${slug}/publish"`);
    expect((await viewer.get(`/organize/letters/${slug}/publish`).expect(403)).body.code).toBe('ROLE_FORBIDDEN');
    const denied = await viewer
      .post(`/organize/letters/${slug}/publish`)
      .set(origin)
      .type('form')
      .send({ _csrf: csrfTokenIn(seen.text) })
      .expect(403);
    expect(denied.body.code).toBe('ROLE_FORBIDDEN');

    expect((await ctx.http.get(`/organize/letters/${slug}`).expect(303)).headers.location).toBe('/login');
    await ctx.http.post(`/organize/letters/${slug}/publish`).type('form').send({}).expect(401);
  });
});

describe('team and account pages', () => {
  it('an owner adds a co-organizer, who is mailed a sign-in link; the audit log shows it', async () => {
    const { slug, organizer } = await organizerWithLetter(ctx);
    const browser = await signInBrowser(ctx, organizer.email);
    const origin = { Origin: 'http://undersigned.test' };
    const page = await browser.get(`/organize/letters/${slug}/team`).expect(200);
    const editorEmail = `${uniq('editor')}@example.org`;
    const added = await browser
      .post(`/organize/letters/${slug}/organizers`)
      .set(origin)
      .type('form')
      .send({ email: editorEmail, role: 'editor', _csrf: csrfTokenIn(page.text) })
      .expect(303);
    expect((await browser.get(added.headers.location as string).expect(200)).text).toContain(`${editorEmail} is editor`);
    const [mail] = await ctx.smtp.waitFor(editorEmail);
    expect(mail!.subject).toMatch(/^You are now editor of: /);
    const editor = supertest.agent(ctx.app.server);
    const token = /\/login\/([\w-]+)/.exec(mail!.text)![1]!;
    const confirm = await editor.get(`/login/${token}`).expect(200);
    await editor
      .post(`/login/${token}`)
      .type('form')
      .send({ _csrf: csrfTokenIn(confirm.text) })
      .expect(303);
    const seen = await editor.get(`/organize/letters/${slug}/team`).expect(200);
    expect(seen.text).toContain('Your role: editor.');
    // The audit log is the owners': not in an editor's menu, and its page refused.
    expect(seen.text).not.toContain('Audit log');
    await editor.get(`/organize/letters/${slug}/audit`).expect(403);
    const ownerView = await browser.get(`/organize/letters/${slug}/team`).expect(200);
    expect(ownerView.text).toContain('Audit log');
    const audit = (await browser.get(`/api/v1/letters/${slug}/audit`).expect(200)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toContain('POST /organize/letters/:slug/organizers');
    const bad = await browser
      .post(`/organize/letters/${slug}/organizers`)
      .set(origin)
      .type('form')
      .send({ email: 'not an email', role: 'editor', _csrf: csrfTokenIn(page.text) })
      .expect(400);
    // Shown on the team form, with what was typed.
    expect(bad.headers['content-type']).toMatch(/^text\/html/);
    expect(bad.text).toMatch(/<p class="form-error" role="alert">Email: [^<]+<\/p>\s*<form method="post" action="\/organize\/letters\/[^"]+\/organizers"/);
    expect(bad.text).toContain('value="not an email"');
    expect(bad.text).toContain('<option value="editor" selected>');
  });

  it('the account page creates a token shown once, revokes it, and ends sessions', async () => {
    const { organizer } = await newOrganizer(ctx);
    const browser = await signInBrowser(ctx, organizer.email);
    const origin = { Origin: 'http://undersigned.test' };
    const page = await browser.get('/organize/account').expect(200);
    expect(page.text).toContain('(this one)');
    const created = await browser
      .post('/organize/account')
      .set(origin)
      .type('form')
      .send({ action: 'create-token', label: 'laptop', _csrf: csrfTokenIn(page.text) })
      .expect(200);
    const token = /<code>([\w-]+)<\/code>/.exec(created.text)![1]!;
    await ctx.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    const tokens = await browser.get('/api/v1/auth/tokens').expect(200);
    const id = tokens.body.items.find((t: { label: string }) => t.label === 'laptop').id;
    await browser
      .post('/organize/account')
      .set(origin)
      .type('form')
      .send({ action: 'revoke-token', id, _csrf: csrfTokenIn(page.text) })
      .expect(303);
    await ctx.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    const session = (await browser.get('/api/v1/auth/sessions').expect(200)).body.items[0].id;
    await browser
      .post('/organize/account')
      .set(origin)
      .type('form')
      .send({ action: 'end-session', id: session, _csrf: csrfTokenIn(page.text) })
      .expect(303);
    expect((await browser.get('/organize').expect(303)).headers.location).toBe('/login');
  });
});
