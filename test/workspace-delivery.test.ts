import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { deliveries, recipients } from '../server/db/schema.js';
import { csrfTokenIn, newOrganizer, uniq, useTestApp } from './helpers/app.js';
import { signInBrowser } from './helpers/flows.js';
import { settleOutbox } from './helpers/outbox.js';

const ctx = useTestApp({ smtp: true, env: { DELIVERY_INTERVAL_MS: '0' } });
const origin = { Origin: 'http://undersigned.test' };
type Browser = Awaited<ReturnType<typeof signInBrowser>>;

/** Posts a form from the page that holds it, as a browser does (that page's CSRF token, our own origin); expects the status given. */
async function post(browser: Browser, pagePath: string, action: string, fields: Record<string, string>, status: number) {
  const page = await browser.get(pagePath).expect(200);
  return browser
    .post(action)
    .set(origin)
    .type('form')
    .send({ ...fields, _csrf: csrfTokenIn(page.text) })
    .expect(status);
}

describe('the delivery section of the workspace', () => {
  it('adds addressees in two languages, previews each message and PDF, confirms, sends, and shows them sent', async () => {
    const { organizer, auth } = await newOrganizer(ctx);
    const browser = await signInBrowser(ctx, organizer.email);

    // The sign-in mail says why it came, and nothing about signatures.
    const login = ctx.smtp.to(organizer.email).at(-1)!;
    for (const body of [login.text, login.html]) {
      expect(body).not.toMatch(/withdraw/i);
      expect(body).toContain('asked to sign in to Undersigned');
    }

    // The organizer's public name, which the mail names them by.
    const named = await post(browser, '/organize/account', '/organize/account/name', { name: 'Climate Coalition Europe' }, 303);
    expect(named.headers.location).toBe('/organize/account');
    expect((await browser.get('/organize/account').expect(200)).text).toContain('value="Climate Coalition Europe"');
    const linked = await post(browser, '/organize/account', '/organize/account/name', { name: 'Visit www.example.com' }, 400);
    expect(linked.text).toContain('<p class="form-error" role="alert">Name: web addresses are not accepted here.</p>');

    // A draft, with its French translation.
    const created = await post(
      browser,
      '/organize/new',
      '/organize/new',
      {
        title: 'Reject the candidate',
        addressee: 'The member states',
        language: 'en',
        body: 'English text of the letter.',
      },
      303,
    );
    const slug = /^\/organize\/letters\/([^/?]+)/.exec(created.headers.location as string)![1]!;
    const delivery = `/organize/letters/${slug}/delivery`;

    // One addressee by the form, while the letter is a draft; sending a draft is refused, on the page.
    const canada = `canada-${uniq()}@missions.example`;
    const added = await post(browser, delivery, `/organize/letters/${slug}/recipients`, { name: 'Mission of Canada', email: canada, language: 'en', group: 'Americas' }, 303);
    expect(added.headers.location).toBe(`${delivery}?done=recipientsAdded&count=1`);
    expect((await browser.get(added.headers.location as string).expect(200)).text).toContain('1 addressee added');
    const draft = await post(browser, delivery, `/organize/letters/${slug}/deliver`, {}, 409);
    expect(draft.text).toContain('<p class="form-error" role="alert">This letter is not public yet: publish it first.</p>');

    await post(browser, `/organize/letters/${slug}/publish`, `/organize/letters/${slug}/publish`, {}, 303);
    await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'fr', title: 'Rejetez le candidat', body: 'Texte français de la lettre.' }).expect(200);

    // The others by pasted CSV: good rows taken, the bad one said by its line.
    const france = `france-${uniq()}@missions.example`;
    const senegal = `senegal-${uniq()}@missions.example`;
    const csv = ['name,email,language,group', `Mission de la France,${france},fr,Europe`, 'Nowhere,not-an-address,fr,', `Mission du Sénégal,${senegal},fr,Africa`].join('\n');
    const imported = await post(browser, delivery, `/organize/letters/${slug}/recipients/import`, { csv }, 200);
    expect(imported.text).toContain('2 addressees added; none was there already.');
    expect(imported.text).toContain('Line 3: Email: this is not an email address.');

    let page = (await browser.get(delivery).expect(200)).text;
    expect(page).toContain('Addressees (3)');
    expect(page).toContain('3 not sent');
    expect(page).toContain('Mission du Sénégal');
    expect(page).toContain('>Français<');
    expect(page).not.toContain('<progress');

    // The preview: each language's subject and message as the composer writes them, and its PDF.
    // (Handlebars writes "=" in attributes as &#x3D;.)
    const preview = (await browser.get(`${delivery}/preview`).expect(200)).text.replaceAll('&#x3D;', '=');
    expect(preview).toContain('Reject the candidate');
    expect(preview).toContain('Rejetez le candidat');
    expect(preview).toContain('To Mission of Canada,');
    expect(preview).toContain('This letter is sent to you by Climate Coalition Europe, on behalf of its signatories.');
    expect(preview).toContain(`href="/letters/${slug}.pdf?lang=en"`);
    expect(preview).toContain(`href="/letters/${slug}.pdf?lang=fr"`);
    expect(preview).toContain('Send to 3 addressees');
    const html = await browser.get(`${delivery}/message?lang=fr`).expect(200);
    expect(html.text).toContain('Texte français de la lettre.');
    expect(html.headers['content-security-policy']).toContain('sandbox');

    // The confirmation says who gets what, that it cannot be recalled, and what the public sees.
    const confirm = (await browser.get(`/organize/letters/${slug}/deliver`).expect(200)).text;
    expect(confirm).toContain('Send the letter to 3 addressees?');
    expect(confirm).toContain('Mission du Sénégal and Mission de la France receive the text in Français');
    expect(confirm).toContain('cannot be recalled');
    expect(confirm).toContain('never their address');
    const sent = await browser
      .post(`/organize/letters/${slug}/deliver`)
      .set(origin)
      .type('form')
      .send({ _csrf: csrfTokenIn(confirm) })
      .expect(303);
    expect(sent.headers.location).toBe(`${delivery}?done=deliveryQueued&count=3`);
    expect((await browser.get(sent.headers.location as string).expect(200)).text).toContain('The letter is on its way to 3 addressees');

    await settleOutbox(ctx.app);
    const [en] = ctx.smtp.to(canada);
    const [fr] = ctx.smtp.to(france);
    const [sn] = ctx.smtp.to(senegal);
    expect([ctx.smtp.to(canada).length, ctx.smtp.to(france).length, ctx.smtp.to(senegal).length]).toEqual([1, 1, 1]);
    expect(en!.subject).toBe('Reject the candidate');
    expect(en!.html).toContain('English text of the letter.');
    for (const mail of [fr!, sn!]) {
      expect(mail.subject).toBe('Rejetez le candidat');
      expect(mail.html).toContain('Texte français de la lettre.');
      expect(mail.parsed.attachments[0]!.filename).toBe(`${slug}-fr.pdf`);
    }
    // Each names the organizer by their public name, never by their address; and says why it came.
    for (const mail of [en!, fr!, sn!]) {
      expect(mail.text).toContain('Climate Coalition Europe');
      expect(mail.html).toContain('<bdi>Climate Coalition Europe</bdi>');
      expect(mail.text + mail.html).not.toContain(organizer.email);
    }
    expect(en!.text).toContain('You received this because this address is one of the addressees of the open letter “Reject the candidate”');

    page = (await browser.get(delivery).expect(200)).text;
    expect(page).toContain('3 sent');
    expect(page).toContain('<progress max="3" value="3"');
    expect(page).toContain('3 of 3 sent, 0 waiting to be sent, 0 failed.');
    expect(page.match(/<td data-label="Delivery">Sent<\/td>/g)).toHaveLength(3);

    // A failure is said in words, with the mail server's own answer beside it.
    await ctx.database.db
      .update(deliveries)
      .set({ status: 'failed', error: "Can't send mail - all recipients were rejected: 550 5.1.1 <x>: Recipient address rejected", sentAt: null })
      .where(eq(deliveries.recipientId, (await ctx.database.db.select({ id: recipients.id }).from(recipients).where(eq(recipients.email, canada)))[0]!.id));
    page = (await browser.get(delivery).expect(200)).text;
    expect(page).toContain('2 sent, 1 failed');
    expect(page).toContain('Failed: their mail server refused the message.');
    expect(page).toContain('2 of 3 sent, 0 waiting to be sent, 1 failed.');
  });

  it('names the organizers in invitations, or "the organizers of" the letter when none set a name; tells co-organizers who added them', async () => {
    for (const name of ['Ana Ruiz', null]) {
      const { organizer, auth } = await newOrganizer(ctx);
      const browser = await signInBrowser(ctx, organizer.email);
      await post(browser, '/organize/account', '/organize/account/name', { name: name ?? '' }, 303);
      const created = await ctx.http
        .post('/api/v1/letters')
        .set(auth)
        .send({ title: 'Protect the wetlands', body: 'Text.', addressee: 'The council', slug: uniq('letter') })
        .expect(201);
      const slug = created.body.slug as string;
      await ctx.http.post(`/api/v1/letters/${slug}/publish`).set(auth).expect(200);
      const invitee = `${uniq('inv')}@example.org`;
      await ctx.http
        .post(`/api/v1/letters/${slug}/invitations`)
        .set(auth)
        .send({ invitees: [{ name: 'Invited Person', email: invitee, kind: 'individual' }] })
        .expect(201);
      await settleOutbox(ctx.app);
      const [mail] = ctx.smtp.to(invitee);
      if (name) {
        expect(mail!.text).toContain('The invitation is from Ana Ruiz.');
        expect(mail!.text).toContain('You received this because Ana Ruiz invited this address to sign');
      } else {
        expect(mail!.text).toContain('The invitation is from the organizers of the letter.');
        expect(mail!.text).toContain('You received this because the organizers of “Protect the wetlands” invited this address to sign');
      }
      expect(mail!.text + mail!.html).not.toContain(organizer.email);

      // A co-organizer is told who added them: by name, or as the team page shows them, by address.
      const editor = `${uniq('ed')}@example.org`;
      await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(auth).send({ email: editor, role: 'editor' }).expect(200);
      await settleOutbox(ctx.app);
      const [added] = ctx.smtp.to(editor);
      expect(added!.text).toContain(`You received this because ${name ?? organizer.email} added this address to the organizers of “Protect the wetlands” on Undersigned.`);
      expect(added!.text + added!.html).not.toMatch(/withdraw/i);
    }
  });
});
