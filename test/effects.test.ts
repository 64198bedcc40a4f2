import { describe, expect, it } from 'vitest';
import { csrfTokenIn, uniq, useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { individual } from './helpers/signers.js';
import { settleOutbox } from './helpers/outbox.js';
import { RECONSENT_DELAY_MS } from '../server/letters/service.js';

// The worker's poll is an hour away: a message arrives within the wait only if the write that
// queued it woke the outbox, as every write that queues mail must, through the API or a page.
const ctx = useTestApp({ smtp: true, outbox: { pollMs: 60 * 60_000 } });
const origin = { Origin: 'http://undersigned.test' };

describe('every write that queues mail sends it at once', () => {
  it('signing, through the API and the form, mails the confirmation link', async () => {
    const { slug } = await organizerWithLetter(ctx);
    const api = individual();
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(api).expect(202);
    await ctx.smtp.waitFor(api.email as string);
    const form = individual();
    await ctx.http
      .post(`/letters/${slug}/sign`)
      .set(origin)
      .type('form')
      .send({ ...form })
      .expect(200);
    await ctx.smtp.waitFor(form.email as string);
  });

  it('adding a co-organizer, through the API and the workspace, mails them', async () => {
    const { slug, auth, organizer } = await organizerWithLetter(ctx);
    const byApi = `${uniq('co')}@example.org`;
    await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(auth).send({ email: byApi, role: 'viewer' }).expect(200);
    expect((await ctx.smtp.waitFor(byApi))[0]!.subject).toMatch(/^You are now viewer of: /);

    const browser = await signInBrowser(ctx, organizer.email);
    const page = await browser.get(`/organize/letters/${slug}`).expect(200);
    const byPage = `${uniq('co')}@example.org`;
    await browser
      .post(`/organize/letters/${slug}/organizers`)
      .set(origin)
      .type('form')
      .send({ email: byPage, role: 'editor', _csrf: csrfTokenIn(page.text) })
      .expect(303);
    expect((await ctx.smtp.waitFor(byPage))[0]!.subject).toMatch(/^You are now editor of: /);
  });

  it('a change of substance to the text, through the API, asks its signers to consent again (once its delay is over)', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const signer = individual();
    await signAndConfirm(ctx, slug, signer);
    await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ body: 'A new text, of substance.' }).expect(200);
    // Held back on purpose (edits made meanwhile join it), so it leaves with the next poll, not at once.
    ctx.clock.advance(RECONSENT_DELAY_MS);
    await settleOutbox(ctx.app);
    const [, reconsent] = await ctx.smtp.waitFor(signer.email as string, 2);
    expect(reconsent!.subject).toContain('has changed');
  });

  it('inviting, through the API and the workspace, mails the invitees', async () => {
    const { slug, auth, organizer } = await organizerWithLetter(ctx);
    const byApi = `${uniq('inv')}@example.org`;
    await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .send({ invitees: [{ email: byApi, name: 'By API', kind: 'individual', country: 'DE' }] })
      .expect(201);
    await ctx.smtp.waitFor(byApi);

    const browser = await signInBrowser(ctx, organizer.email);
    const page = await browser.get(`/organize/letters/${slug}`).expect(200);
    const byPage = `${uniq('inv')}@example.org`;
    await browser
      .post(`/organize/letters/${slug}/invite`)
      .set(origin)
      .type('form')
      .send({ csv: `email,name,kind,country\n${byPage},By Page,individual,DE`, _csrf: csrfTokenIn(page.text) })
      .expect(200);
    await ctx.smtp.waitFor(byPage);
  });

  it('delivering the letter mails its addressees', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const addressee = `${uniq('to')}@example.org`;
    await ctx.http
      .post(`/api/v1/letters/${slug}/recipients`)
      .set(auth)
      .send({ recipients: [{ name: 'Addressee', email: addressee }] })
      .expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/deliver`).set(auth).expect(202);
    await ctx.smtp.waitFor(addressee, 1, 60_000);
  });
});
