import { describe, expect, it } from 'vitest';
import { csrfTokenIn, useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { individual } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true });
const origin = { Origin: 'http://undersigned.test' };

/** A form as a browser encodes it: a ticked box once per value, under the same name. */
const formBody = (fields: Array<[string, string]>) => new URLSearchParams(fields).toString();

describe("the workspace's settings form", () => {
  it('sets the closing time (UTC) and the kinds through the form; the API shows them; no kind ticked is refused on the page', async () => {
    const { slug, organizer, auth } = await organizerWithLetter(ctx);
    const browser = await signInBrowser(ctx, organizer.email);
    let page = await browser.get(`/organize/letters/${slug}/settings`).expect(200);
    expect(page.text).toContain('Closing time (UTC)');
    expect(page.text).toContain('in UTC');

    const saved = await browser
      .post(`/organize/letters/${slug}/settings`)
      .set(origin)
      .type('form')
      .send(
        formBody([
          ['_csrf', csrfTokenIn(page.text)],
          ['closesAt', '2099-06-01T12:30'],
          ['signerKinds', 'legislator'],
          ['signerKinds', 'individual'],
          ['moderatedKinds', 'legislator'],
        ]),
      )
      .expect(303);
    expect(saved.headers.location).toBe(`/organize/letters/${slug}/settings?done=settingsSaved`);
    const api = await ctx.http.get(`/api/v1/letters/${slug}`).set(auth).expect(200);
    expect(api.body).toMatchObject({ closesAt: '2099-06-01T12:30:00.000Z', signerKinds: ['legislator', 'individual'], moderatedKinds: ['legislator'] });

    // The page shows what is saved: the time as typed, the boxes ticked.
    page = await browser.get(saved.headers.location as string).expect(200);
    expect(page.text).toContain('Settings saved');
    expect(page.text).toContain('value="2099-06-01T12:30"');
    expect(page.text).toContain('name="signerKinds" value="individual" checked');
    expect(page.text).not.toContain('name="signerKinds" value="organization" checked');
    expect(page.text).toContain('name="moderatedKinds" value="legislator" checked');

    // One box ticked arrives as a single value; clearing the time removes it.
    await browser
      .post(`/organize/letters/${slug}/settings`)
      .set(origin)
      .type('form')
      .send(
        formBody([
          ['_csrf', csrfTokenIn(page.text)],
          ['closesAt', ''],
          ['signerKinds', 'organization'],
        ]),
      )
      .expect(303);
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).set(auth).expect(200)).body).toMatchObject({ closesAt: null, signerKinds: ['organization'], moderatedKinds: [] });

    const none = await browser
      .post(`/organize/letters/${slug}/settings`)
      .set(origin)
      .type('form')
      .send(
        formBody([
          ['_csrf', csrfTokenIn(page.text)],
          ['closesAt', '2099-07-01T08:00'],
          ['moderatedKinds', 'organization'],
        ]),
      )
      .expect(400);
    expect(none.text).toContain('<p class="form-error" role="alert" id="settings-error">Who may sign: this is required.</p>');
    // What was typed is kept.
    expect(none.text).toContain('value="2099-07-01T08:00"');
    expect(none.text).toContain('name="moderatedKinds" value="organization" checked');

    const badDate = await browser
      .post(`/organize/letters/${slug}/settings`)
      .set(origin)
      .type('form')
      .send(
        formBody([
          ['_csrf', csrfTokenIn(page.text)],
          ['closesAt', '2099-02-30T08:00'],
          ['signerKinds', 'individual'],
        ]),
      )
      .expect(400);
    expect(badDate.text).toMatch(/role="alert"[^>]*>Closing time: this is not valid/);
    expect(badDate.text).toContain('value="2099-02-30T08:00"');
    const past = await browser
      .post(`/organize/letters/${slug}/settings`)
      .set(origin)
      .type('form')
      .send(
        formBody([
          ['_csrf', csrfTokenIn(page.text)],
          ['closesAt', '2001-01-01T00:00'],
          ['signerKinds', 'individual'],
        ]),
      )
      .expect(400);
    expect(past.text).toContain('Closing time: this must be in the future.');
    // Nothing was changed by the refused posts.
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).set(auth).expect(200)).body).toMatchObject({ closesAt: null, signerKinds: ['organization'] });
  });
});

describe("the workspace's translations", () => {
  it('previews and saves a long zh-Hans translation, lists it with its version, and marks it outdated after a new version', async () => {
    const { slug, organizer, auth } = await organizerWithLetter(ctx);
    // A signature, so that a change of the text makes a new version.
    await signAndConfirm(ctx, slug, individual());
    const browser = await signInBrowser(ctx, organizer.email);
    let page = await browser.get(`/organize/letters/${slug}/translations`).expect(200);
    expect(page.text).toContain('No translation yet.');
    // The letter's own language is not offered.
    expect(page.text).toContain('<option value="zh-Hans"');
    expect(page.text).not.toContain('<option value="en"');

    const title = '拒绝国际刑警组织主席候选人';
    const body = `我们**坚决**反对。${'国际刑警组织成员国应当拒绝这位候选人。'.repeat(200)}`.slice(0, 3000);
    expect(body).toHaveLength(3000);
    const fields = { language: 'zh-Hans', title, addressee: '国际刑警组织成员国', body, _csrf: csrfTokenIn(page.text) };

    const preview = await browser
      .post(`/organize/letters/${slug}/translations`)
      .set(origin)
      .type('form')
      .send({ ...fields, preview: '1' })
      .expect(200);
    expect(preview.text).toContain('Preview: the translation as readers will see it');
    expect(preview.text).toContain('<strong>坚决</strong>');
    // The text stays in the form, not saved.
    expect(preview.text).toContain(title);
    expect(preview.text).toContain('<option value="zh-Hans" lang="zh-Hans" selected>');
    expect((await ctx.http.get(`/api/v1/letters/${slug}/translations`).expect(200)).body.items).toEqual([]);

    const bad = await browser
      .post(`/organize/letters/${slug}/translations`)
      .set(origin)
      .type('form')
      .send({ ...fields, title: '' })
      .expect(400);
    expect(bad.text).toContain('<p class="form-error" role="alert">Title: this is required.</p>');
    expect(bad.text).toContain('国际刑警组织成员国应当拒绝这位候选人。');

    const saved = await browser.post(`/organize/letters/${slug}/translations`).set(origin).type('form').send(fields).expect(303);
    expect(saved.headers.location).toBe(`/organize/letters/${slug}/translations?done=translationSaved`);
    const [translation] = (await ctx.http.get(`/api/v1/letters/${slug}/translations`).expect(200)).body.items;
    expect(translation).toMatchObject({ language: 'zh-Hans', title, basedOnVersion: 1, outdated: false });
    expect(translation.body).toHaveLength(3000);

    page = await browser.get(saved.headers.location as string).expect(200);
    expect(page.text).toContain('Translation saved');
    expect(page.text).toContain('简体中文');
    expect(page.text).toMatch(/data-label="Follows">version 1</);
    expect(page.text).toContain('up to date');
    // Handlebars writes the link's = as &#x3D;, which the browser reads as =.
    expect(page.text).toContain(`href="/letters/${slug}?lang&#x3D;zh-Hans"`);
    const publicPage = await ctx.http.get(`/letters/${slug}?lang=zh-Hans`).expect(200);
    expect(publicPage.text).toContain(title);

    // Editing fills the form with the translation's text.
    const edit = await browser.get(`/organize/letters/${slug}/translations?edit=zh-Hans`).expect(200);
    expect(edit.text).toContain(`name="title" value="${title}"`);
    expect(edit.text).toContain('<option value="zh-Hans" lang="zh-Hans" selected>');

    // A new version of the original, through the text's own form.
    const text = await browser.get(`/organize/letters/${slug}`).expect(200);
    await browser
      .post(`/organize/letters/${slug}/edit`)
      .set(origin)
      .type('form')
      .send({ title: 'Reject the candidate, now', addressee: 'The member states of Interpol', body: 'A new text of substance.', _csrf: csrfTokenIn(text.text) })
      .expect(303);
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).set(auth).expect(200)).body.version).toBe(2);
    page = await browser.get(`/organize/letters/${slug}/translations`).expect(200);
    expect(page.text).toMatch(/data-label="Follows">version 1</);
    expect(page.text).toContain('outdated: the letter is now at version 2');
  });
});
