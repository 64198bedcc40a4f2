import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signatures } from '../server/db/schema.js';
import { DEFAULT_RETENTION, runMaintenance } from '../server/maintenance/service.js';
import { csrfTokenIn, useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { settleOutbox } from './helpers/outbox.js';
import { type ReceivedMail, tokenFrom } from './helpers/smtp.js';

// Mail leaves at once (no pause between two signers' updates), so that one drain sends it all.
const ctx = useTestApp({ smtp: true, env: { DELIVERY_INTERVAL_MS: '0' } });

const person = (name: string, extra: Record<string, unknown> = {}) => ({
  kind: 'individual',
  name,
  email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@example.net`,
  country: 'FR',
  ...extra,
});

/** The updates a signer received, in whatever language (their other mail, about signing, has no unsubscribe header). */
const updatesTo = (email: string) => ctx.smtp.to(email).filter((m) => m.parsed.headerLines.some((h) => h.key === 'list-unsubscribe'));

/** A header field as sent, unfolded. */
function header(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.replace(/\r?\n[ \t]+/g, ' ')
    .slice(name.length + 1)
    .trim();
}

/** A signer's consent and address, found by the address (which is stored sealed). */
async function consentOf(email: string, _slug: string) {
  const rows = await ctx.app.db.select({ news: signatures.newsConsentAt, email: signatures.emailSealed, erased: signatures.emailErasedAt }).from(signatures);
  const mine = rows.filter((r) => r.email && ctx.app.sealer.open(r.email) === email);
  return mine[0] ?? null;
}

describe('updates to signers, only with consent', () => {
  it('reach only the signers who asked and are still on the list, in their language, each with a working one-click unsubscribe', async () => {
    const { slug, auth, organizer } = await organizerWithLetter(ctx);

    // The sign form's box is there, and unticked.
    const page = await ctx.http.get(`/letters/${slug}`).expect(200);
    const box = /<input type="checkbox" name="news"[^>]*>/.exec(page.text)?.[0];
    expect(box).toBeDefined();
    expect(box).not.toContain('checked');

    // A: asked for news, signed in French. B: asked for news through the form, in English.
    // C: did not ask. D: asked, then withdrew. E: asked, then erased everything.
    const A = person('Amélie Durand', { language: 'fr', news: true });
    const B = person('Ben Carter', { language: 'en' });
    const C = person('Chloé Martin', { language: 'fr' });
    const D = person('Dara Quinn', { language: 'en', news: true });
    const E = person('Emil Berg', { language: 'en', news: true });
    await signAndConfirm(ctx, slug, A);
    // Through the sign form, box ticked, as a browser sends it (no cookie on the public page).
    await ctx.http
      .post(`/letters/${slug}/sign`)
      .type('form')
      .send({ ...B, news: 'yes' })
      .expect(200);
    const bMail = (await ctx.smtp.waitFor(B.email)).at(-1)!;
    await ctx.http
      .post('/api/v1/signatures/confirm')
      .send({ token: tokenFrom(bMail, 'confirm') })
      .expect(200);
    await signAndConfirm(ctx, slug, C);
    const dMail = await signAndConfirm(ctx, slug, D);
    await ctx.http
      .post('/api/v1/signatures/withdraw')
      .send({ token: tokenFrom(dMail, 'withdraw') })
      .expect(200);
    const eMail = await signAndConfirm(ctx, slug, E);

    expect((await consentOf(A.email, slug))?.news).toBeInstanceOf(Date);
    expect((await consentOf(B.email, slug))?.news).toBeInstanceOf(Date);
    expect((await consentOf(C.email, slug))?.news).toBeNull();
    // Withdrawal ends the consent with the signature.
    expect((await consentOf(D.email, slug))?.news).toBeNull();

    // The first update, with a French translation.
    const first = await ctx.http
      .post(`/api/v1/letters/${slug}/updates`)
      .set(auth)
      .send({ title: 'The vote is on Monday', body: 'The committee votes on **Monday**.', translations: [{ language: 'fr', title: 'Le vote a lieu lundi', body: 'La commission vote **lundi**.' }] })
      .expect(201);
    expect(first.body).toMatchObject({ title: 'The vote is on Monday', sentAt: null, translations: [{ language: 'fr', title: 'Le vote a lieu lundi' }] });
    // A draft is not public.
    expect((await ctx.http.get(`/api/v1/letters/${slug}/updates`).expect(200)).body.items).toEqual([]);

    // Erasure ends the consent too: E is gone before anything is sent.
    await ctx.http
      .post('/api/v1/signatures/erase')
      .send({ token: tokenFrom(eMail, 'withdraw') })
      .expect(200);

    const sent = await ctx.http.post(`/api/v1/letters/${slug}/updates/${first.body.id}/send`).set(auth).expect(202);
    expect(sent.body).toEqual({ queued: 2, skipped: 0 });
    // Once only.
    await ctx.http.post(`/api/v1/letters/${slug}/updates/${first.body.id}/send`).set(auth).expect(409);
    await settleOutbox(ctx.app);

    const [toA] = updatesTo(A.email);
    const [toB] = updatesTo(B.email);
    expect(updatesTo(A.email)).toHaveLength(1);
    expect(updatesTo(B.email)).toHaveLength(1);
    expect(updatesTo(C.email)).toHaveLength(0);
    expect(updatesTo(D.email)).toHaveLength(0);
    expect(updatesTo(E.email)).toHaveLength(0);
    // Each in the language they signed in.
    expect(toA!.subject).toContain('Le vote a lieu lundi');
    expect(toA!.html).toContain('La commission vote <strong>lundi</strong>.');
    expect(toA!.text).not.toContain('Monday');
    expect(toB!.subject).toContain('The vote is on Monday');
    expect(toB!.html).toContain('The committee votes on <strong>Monday</strong>.');
    // Why they got it, and the way out, visible.
    expect(toB!.text).toContain('you asked for news of');
    expect(toB!.text).toMatch(/\/unsubscribe\/[\w-]{40,}/);

    // RFC 8058: the one-click headers, on every update.
    for (const mail of [toA!, toB!]) {
      expect(header(mail, 'List-Unsubscribe')).toMatch(/^<http:\/\/undersigned\.test\/unsubscribe\/[\w-]{40,}>$/);
      expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    }
    const aUrl = new URL(/^<([^>]+)>$/.exec(header(toA!, 'List-Unsubscribe')!)![1]!);

    // A mail scanner following the link changes nothing: the page shows a button.
    const shown = await ctx.http.get(aUrl.pathname).expect(200);
    expect(shown.headers['cache-control']).toBe('no-store');
    expect(shown.text).toContain('name="List-Unsubscribe" value="One-Click"');
    expect((await consentOf(A.email, slug))?.news).toBeInstanceOf(Date);

    // The mail provider's one-click POST: from its own servers, with no Origin and no CSRF token.
    const done = await ctx.http.post(aUrl.pathname).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(done.text).toContain('No more news of this letter');
    expect((await consentOf(A.email, slug))?.news).toBeNull();
    // Again is harmless; a multipart body is as good; a made-up token is not.
    await ctx.http.post(aUrl.pathname).field('List-Unsubscribe', 'One-Click').expect(200);
    await ctx.http.post(aUrl.pathname).expect(200);
    await ctx.http
      .post(`/unsubscribe/${'x'.repeat(43)}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(404);

    // The letter page lists the sent update, formatted, in the reader's language.
    const letterPage = await ctx.http.get(`/letters/${slug}`).expect(200);
    expect(letterPage.text).toContain('News from the organizers');
    expect(letterPage.text).toContain('The vote is on Monday');
    expect(letterPage.text).toContain('The committee votes on <strong>Monday</strong>.');
    expect((await ctx.http.get(`/letters/${slug}?lang=fr`).expect(200)).text).toContain('Le vote a lieu lundi');
    const listed = (await ctx.http.get(`/api/v1/letters/${slug}/updates`).expect(200)).body.items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ title: 'The vote is on Monday', translations: [{ language: 'fr' }] });
    // Nothing in public about who asked for news.
    expect(JSON.stringify((await ctx.http.get(`/api/v1/letters/${slug}/signatures`).expect(200)).body)).not.toMatch(/news/i);

    // The second update, written and sent in the workspace: it reaches B only.
    const browser = await signInBrowser(ctx, organizer.email);
    const ws = await browser.get(`/organize/letters/${slug}/updates`).expect(200);
    expect(ws.text).toContain('1 signer asked for news');
    const created = await browser
      .post(`/organize/letters/${slug}/updates`)
      .type('form')
      .send({ _csrf: csrfTokenIn(ws.text), title: 'The committee said yes', body: 'It passed, *unanimously*.' })
      .expect(303);
    const editing = await browser.get(created.headers.location!).expect(200);
    expect(editing.text).toContain('Send to 1 signer');
    const id = /\/updates\/([0-9a-f-]{36})\/send/.exec(editing.text)![1]!;
    const confirmation = await browser.get(`/organize/letters/${slug}/updates/${id}/send`).expect(200);
    expect(confirmation.text).toContain('Send “The committee said yes” to 1 signer?');
    const after = await browser
      .post(`/organize/letters/${slug}/updates/${id}/send`)
      .type('form')
      .send({ _csrf: csrfTokenIn(confirmation.text) })
      .expect(303);
    expect(after.headers.location).toContain('done=updateSent');
    await settleOutbox(ctx.app);
    expect(updatesTo(A.email)).toHaveLength(1);
    expect(updatesTo(B.email)).toHaveLength(2);
    expect(updatesTo(B.email)[1]!.html).toContain('It passed, <em>unanimously</em>.');

    // At most two a month: a third this month is held back for B, and counted.
    const third = await ctx.http.post(`/api/v1/letters/${slug}/updates`).set(auth).send({ title: 'One more', body: 'Too soon.' }).expect(201);
    expect((await ctx.http.post(`/api/v1/letters/${slug}/updates/${third.body.id}/send`).set(auth).expect(202)).body).toEqual({ queued: 0, skipped: 1 });

    // The audit log says what happened to the news, through the API and the workspace alike.
    const audit = await ctx.http.get(`/api/v1/letters/${slug}/audit`).set(auth).expect(200);
    const sentences = audit.body.items.map((e: { sentence: string }) => e.sentence);
    expect(sentences).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/wrote an update for the signers, /),
        expect.stringMatching(/sent an update to 2 signers, /),
        expect.stringMatching(/sent an update to 1 signer, /),
      ]),
    );
    expect(audit.body.items.map((e: { kind: string }) => e.kind)).not.toContain('other');
  });

  it('ends with the address: the retention purge clears the consent', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const F = person('Farah Nouri', { language: 'en', news: true });
    await signAndConfirm(ctx, slug, F);
    expect((await consentOf(F.email, slug))?.news).toBeInstanceOf(Date);
    await ctx.http.post(`/api/v1/letters/${slug}/close`).set(auth).expect(200);
    const [before] = await ctx.app.db.select({ id: signatures.id }).from(signatures).where(eq(signatures.name, 'Farah Nouri'));
    await runMaintenance(ctx.app.db, { ...DEFAULT_RETENTION, eraseEmailsAfterDays: 0 }, new Date(Date.now() + 60_000));
    const [row] = await ctx.app.db.select({ news: signatures.newsConsentAt, erased: signatures.emailErasedAt }).from(signatures).where(eq(signatures.id, before!.id));
    expect(row).toMatchObject({ news: null, erased: expect.any(Date) });
  });
});
