import { describe, expect, it } from 'vitest';
import { submitForm, useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm } from './helpers/flows.js';
import { individual } from './helpers/signers.js';
import { type ReceivedMail, tokenFrom } from './helpers/smtp.js';
import { settleOutbox } from './helpers/outbox.js';
import { RECONSENT_DELAY_MS } from '../server/letters/service.js';

const ctx = useTestApp({ smtp: true });

const reconsentToken = (mail: ReceivedMail) => /\/reconsent\/([\w-]+)/.exec(mail.text)![1]!;

async function versionsOf(slug: string) {
  return (await ctx.http.get(`/api/v1/letters/${slug}/versions`).expect(200)).body.items;
}

describe('versions of the text', () => {
  it('a change of substance asks earlier signers to consent again; until they do, the list shows what they signed', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], body: 'We urge you to **reject** the candidate.' });
    const early = individual({ name: 'Early Signer' });
    const other = individual({ name: 'Other Signer' });
    await signAndConfirm(ctx, slug, early);
    await signAndConfirm(ctx, slug, other);

    const edited = await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ body: 'We urge you to **reject** the candidate and to reform the election.' }).expect(200);
    expect(edited.body.version).toBe(2);
    // The request waits, so that further edits join it; then it goes.
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(early.email)).toHaveLength(1);
    ctx.clock.advance(RECONSENT_DELAY_MS);

    const mails = await ctx.smtp.waitFor(early.email, 2);
    const mail = mails[1]!;
    expect(mail.subject).toContain('has changed');
    expect(mail.text).toContain(`/letters/${slug}/versions`);
    await ctx.smtp.waitFor(other.email, 2);

    const before = (await ctx.http.get(`/api/v1/letters/${slug}/signatures`)).body.items;
    expect(before.map((i: { version: number }) => i.version)).toEqual([1, 1]);
    const page = (await ctx.http.get(`/letters/${slug}`)).text;
    expect(page).toContain('(signed version 1)');
    expect(page).toContain(`href="/letters/${slug}/versions"`);

    // The page behind the link shows the change and a button; the GET changes nothing.
    const token = reconsentToken(mail);
    const review = await ctx.http.get(`/reconsent/${token}`).expect(200);
    expect(review.text).toContain('<ins><span class="diff-label" lang="en" dir="ltr">added: </span>and to reform the election</ins>');
    // As readers see the text: formatted, not its Markdown.
    expect(review.text).toContain('<strong>reject</strong>');
    expect(review.text).not.toContain('**');
    expect(review.text).toContain('I sign the new text');
    expect((await ctx.http.get(`/api/v1/letters/${slug}/signatures`)).body.items.map((i: { version: number }) => i.version)).toEqual([1, 1]);

    expect((await submitForm(ctx, `/reconsent/${token}`, `/reconsent/${token}`, {})).status).toBe(200);
    const after = (await ctx.http.get(`/api/v1/letters/${slug}/signatures`)).body.items;
    expect(Object.fromEntries(after.map((i: { name: string; version: number }) => [i.name, i.version]))).toEqual({ 'Early Signer': 2, 'Other Signer': 1 });
    // Through the API, too, and twice is harmless.
    const otherToken = reconsentToken((await ctx.smtp.waitFor(other.email, 2))[1]!);
    const api = await ctx.http.post('/api/v1/signatures/reconsent').send({ token: otherToken }).expect(200);
    expect(api.body).toEqual({ status: 'reconsented', letter: slug, version: 2, receipt: expect.objectContaining({ position: 4, hash: expect.stringMatching(/^[0-9a-f]{64}$/), treeSize: 4 }) });
    await ctx.http.post('/api/v1/signatures/reconsent').send({ token: otherToken }).expect(200);
    expect((await ctx.http.get(`/letters/${slug}`)).text).not.toContain('(signed version');
  });

  it('an editorial change needs no re-consent, and the change and its diff are public', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], body: 'We urge the member states to rejetc the candidate.' });
    const signer = individual({ name: 'Typo Reader' });
    await signAndConfirm(ctx, slug, signer);
    const edited = await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ body: 'We urge the member states to reject the candidate.', editorial: true }).expect(200);
    expect(edited.body.version).toBe(2);
    ctx.clock.advance(RECONSENT_DELAY_MS);
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(signer.email)).toHaveLength(1); // the confirmation only

    const versions = await versionsOf(slug);
    expect(versions.map((v: { version: number; editorial: boolean }) => [v.version, v.editorial])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(versions[1].changes).toEqual([
      {
        field: 'body',
        parts: [
          { value: 'We urge the member states to ', added: false, removed: false },
          { value: 'rejetc', added: false, removed: true },
          { value: 'reject', added: true, removed: false },
          { value: ' the candidate.', added: false, removed: false },
        ],
      },
    ]);
    const history = await ctx.http.get(`/letters/${slug}/versions`).expect(200);
    // As readers see it: the rendered paragraph, each mark with the words a screen reader says.
    expect(history.text).toContain(
      '<p>We urge the member states to <del><span class="diff-label" lang="en" dir="ltr">removed: </span>rejetc</del><ins><span class="diff-label" lang="en" dir="ltr">added: </span>reject</ins> the candidate.</p>',
    );
    expect(history.text).toContain('editorial');
    // A signer of version 1 is not marked as having signed an earlier text.
    const page = (await ctx.http.get(`/letters/${slug}`)).text;
    expect(page).toContain('Typo Reader');
    expect(page).not.toContain('(signed version 1)');
  });

  it('withdrawn signers are not asked, and a withdrawn signature cannot re-consent', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const gone = individual();
    const confirmMail = await signAndConfirm(ctx, slug, gone);
    await ctx.http
      .post('/api/v1/signatures/withdraw')
      .send({ token: tokenFrom(confirmMail, 'withdraw') })
      .expect(200);
    await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ title: 'A new title' }).expect(200);
    ctx.clock.advance(RECONSENT_DELAY_MS);
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(gone.email)).toHaveLength(1);
    await ctx.http
      .post('/api/v1/signatures/reconsent')
      .send({ token: 'C'.repeat(43) })
      .expect(404);
  });

  it('the history of an unknown or draft letter is 404', async () => {
    const { slug } = await organizerWithLetter(ctx, {}, { publish: false });
    await ctx.http.get(`/api/v1/letters/${slug}/versions`).expect(404);
    await ctx.http.get(`/letters/${slug}/versions`).expect(404);
  });
});
