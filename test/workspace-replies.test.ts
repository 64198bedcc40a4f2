import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters, replies, replyAttachments } from '../server/db/schema.js';
import { csrfTokenIn, newLetter, newOrganizer, useTestApp } from './helpers/app.js';
import { signInBrowser } from './helpers/flows.js';
import { settleOutbox } from './helpers/outbox.js';

const INBOUND_DOMAIN = 'replies.workspace.test';
const ctx = useTestApp({ smtp: true, env: { INBOUND_SMTP_PORT: '0', INBOUND_MAIL_DOMAIN: INBOUND_DOMAIN } });
const origin = { Origin: 'http://undersigned.test' };
type Browser = Awaited<ReturnType<typeof signInBrowser>>;

/** A small but real PDF: one empty page. */
const PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
    '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj',
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj',
    'trailer <</Root 1 0 R>>',
    '%%EOF',
    '',
  ].join('\n'),
);

/** The page's text as a reader reads it: tags dropped, entities read, spaces collapsed. */
const readable = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The value of the form control named `name` (an input's value attribute). */
const fieldValue = (html: string, name: string) => new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1];

/** An owner, a published letter with two addressees, and the owner signed in in a browser. */
async function letterWithAddressees() {
  const owner = await newOrganizer(ctx, 'Ada Organizer');
  const slug = (await newLetter(ctx, owner.auth, { title: 'Reject the candidate' })).slug as string;
  await ctx.http
    .post(`/api/v1/letters/${slug}/recipients`)
    .set(owner.auth)
    .send({
      recipients: [
        { name: 'Ministry of the Interior', email: `interior-${slug}@moi.gov.example`, group: 'Member states' },
        { name: 'Silent Mission', email: `mission-${slug}@mission.example` },
      ],
    })
    .expect(200);
  const listed = (await ctx.http.get(`/api/v1/letters/${slug}/recipients`).set(owner.auth).expect(200)).body.items as Array<{ id: string; name: string }>;
  const idOf = (name: string) => listed.find((r) => r.name === name)!.id;
  const browser = await signInBrowser(ctx, owner.organizer.email);
  return { owner, slug, browser, interior: idOf('Ministry of the Interior'), mission: idOf('Silent Mission') };
}

/** Posts the record form from the replies page, as a browser does (multipart, with the page's CSRF token). */
async function recordByForm(browser: Browser, slug: string, fields: Record<string, string>, files: Array<{ content: Buffer; filename: string; contentType: string }>, status: number) {
  const page = await browser.get(`/organize/letters/${slug}/replies`).expect(200);
  let post = browser.post(`/organize/letters/${slug}/replies`).set(origin).field('_csrf', csrfTokenIn(page.text));
  for (const [name, value] of Object.entries(fields)) post = post.field(name, value);
  for (const f of files) post = post.attach('file', f.content, { filename: f.filename, contentType: f.contentType });
  return post.expect(status);
}

/** A reply that came by mail, as the inbound listener stores it: queued for the organizers. */
async function queuedReply(slug: string, recipientId: string, values: { addressee: string; subject: string; body: string; dkimDomain: string | null; senderDomain: string; document?: Buffer }) {
  const [letter] = await ctx.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
  const { document, ...reply } = values;
  const [row] = await ctx.database.db
    .insert(replies)
    .values({ letterId: letter!.id, recipientId, status: 'queued', source: 'email', receivedOn: new Date().toISOString().slice(0, 10), ...reply })
    .returning({ id: replies.id });
  if (document) {
    await ctx.database.db
      .insert(replyAttachments)
      .values({ replyId: row!.id, position: 1, contentType: 'application/pdf', size: document.length, sha256: createHash('sha256').update(document).digest('hex'), content: document });
  }
  return row!.id;
}

describe('the replies section of the workspace', () => {
  it('records a reply received by post with its PDF through the form, and says each mistake by its field', async () => {
    const { slug, browser, interior } = await letterWithAddressees();
    const section = `/organize/letters/${slug}/replies`;

    // The section is in the menu, after the delivery; replies to the delivery mail come here by themselves.
    const empty = await browser.get(section).expect(200);
    expect(empty.text).toMatch(/href="\/organize\/letters\/[^"]+\/delivery">Delivery<\/a><\/li><li><a href="\/organize\/letters\/[^"]+\/replies" aria-current="page">Replies<\/a>/);
    expect(readable(empty.text)).toContain('Replies to the delivered letter’s email arrive here by themselves');
    expect(readable(empty.text)).toContain('No reply waits for a decision.');
    expect(empty.text).toContain('enctype="multipart/form-data"');
    expect(empty.text).toMatch(/<input type="file" name="file" multiple accept="application\/pdf,image\/png/);
    // The date is today's by default, and the select offers the letter's addressees.
    const today = fieldValue(empty.text, 'receivedOn')!;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(empty.text).toContain(`<option value="${interior}" dir="auto">Ministry of the Interior (Member states)</option>`);

    // A file that is neither a PDF nor an image is refused, on the page, the field named, and what was typed kept.
    const text = 'The Ministry has taken note of your letter.\nIt will vote against the candidate.';
    const notPdf = await recordByForm(
      browser,
      slug,
      { recipientId: interior, receivedOn: today, text },
      [{ content: Buffer.from('just some words'), filename: 'reply.pdf', contentType: 'application/pdf' }],
      415,
    );
    expect(notPdf.text).toContain('<p class="form-error" role="alert" id="record-error">Documents: each document must be a PDF or an image (PNG, JPEG, GIF or WebP).</p>');
    expect(notPdf.text).toContain(`<option value="${interior}" dir="auto" selected>`);
    expect(notPdf.text).toContain('It will vote against the candidate.</textarea>');
    // A day to come, no addressee, no text: each said by its field.
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await recordByForm(browser, slug, { recipientId: interior, receivedOn: tomorrow, text }, [], 400);
    expect(future.text).toContain('Dated: this cannot be in the future.');
    const nobody = await recordByForm(browser, slug, { recipientId: '', receivedOn: today, text }, [], 400);
    expect(nobody.text).toContain('From: please choose one of the letter’s addressees.');
    const blank = await recordByForm(browser, slug, { recipientId: interior, receivedOn: today, text: '   ' }, [], 400);
    expect(blank.text).toContain('The reply: this is required.');
    // Without the page's CSRF token, nothing is recorded.
    await browser.post(section).set(origin).field('recipientId', interior).field('receivedOn', today).field('text', text).expect(403);
    expect((await ctx.http.get(`/api/v1/letters/${slug}/replies`).expect(200)).body.items).toEqual([]);

    // With the PDF: recorded, published at once, back on the page with a note.
    const done = await recordByForm(browser, slug, { recipientId: interior, receivedOn: today, text }, [{ content: PDF, filename: 'scan.pdf', contentType: 'application/pdf' }], 303);
    expect(done.headers.location).toBe(`${section}?done=replyRecorded`);
    const after = await browser.get(done.headers.location as string).expect(200);
    expect(after.text).toContain('The reply is recorded and published beside the letter');
    const published = readable(after.text);
    expect(published).toContain('Published (1)');
    expect(published).toContain('Ministry of the Interior Recorded by an organizer');
    // The text as written, line break kept (shown pre-wrapped).
    expect(after.text).toContain('The Ministry has taken note of your letter.\nIt will vote against the candidate.');

    // Beside the letter for anyone, with its document, which downloads as the same PDF.
    const [reply] = (await ctx.http.get(`/api/v1/letters/${slug}/replies`).expect(200)).body.items as Array<{
      id: string;
      addressee: string;
      text: string;
      source: string;
      documents: Array<{ url: string; contentType: string }>;
    }>;
    expect([reply!.addressee, reply!.text, reply!.source]).toEqual(['Ministry of the Interior', text, 'organizer']);
    expect(reply!.documents.map((d) => d.contentType)).toEqual(['application/pdf']);
    expect(after.text).toContain(`href="${reply!.documents[0]!.url}" download>Document 1: PDF, 1 KB</a>`);
    const download = await ctx.http.get(reply!.documents[0]!.url).buffer(true).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);

    // The audit log says it in words; the refused attempts as tried.
    const audit = readable((await browser.get(`/organize/letters/${slug}/audit`).expect(200)).text);
    expect(audit).toContain('Ada Organizer recorded an addressee’s reply received by post or by hand, and published it');
    expect(audit).toContain('Ada Organizer tried to record an addressee’s reply (refused)');
  });

  it('shows the replies that came by mail with their verification, publishes one after its confirmation, sets one aside, and lets a viewer only look', async () => {
    const { owner, slug, browser, interior, mission } = await letterWithAddressees();
    const section = `/organize/letters/${slug}/replies`;
    const verified = await queuedReply(slug, interior, {
      addressee: 'Ministry of the Interior',
      subject: 'Re: Reject the candidate',
      body: 'We will vote against. <script>alert(1)</script>',
      dkimDomain: 'moi.gov.example',
      senderDomain: 'moi.gov.example',
      document: PDF,
    });
    const long = `${'We agree with every word of it. '.repeat(40)}Signed, the desk.`;
    const unverified = await queuedReply(slug, mission, { addressee: 'Silent Mission', subject: 'Re: Reject the candidate', body: long, dkimDomain: null, senderDomain: 'attacker.example' });

    // Both wait, each with what vouches for it, or the warning that nothing does.
    const page = await browser.get(section).expect(200);
    const seen = readable(page.text);
    expect(seen).toContain('Waiting for you (2)');
    expect(page.text).toContain('<p class="reply-verified">DKIM-verified for <bdi>moi.gov.example</bdi></p>');
    expect(page.text).toContain('<p class="reply-warning" role="note">Not verified: sent from <bdi>attacker.example</bdi>; check it before publishing.</p>');
    expect(seen).toContain('Subject Re: Reject the candidate');
    // The text as written, escaped; a long one folded behind its opening.
    expect(page.text).toContain('We will vote against. &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).not.toContain('<script>alert(1)');
    expect(page.text).toMatch(/<details class="reply-more">\s*<summary>Read the whole reply \(1,297 characters\)<\/summary>/);
    // Its organizers download a document of a reply not published yet; the public cannot.
    const documentUrl = `/letters/${slug}/replies/${verified}/documents/1`;
    expect(page.text).toContain(`href="${documentUrl}" download>Document 1: PDF, 1 KB</a>`);
    await browser.get(documentUrl).expect(200);
    await ctx.http.get(documentUrl).expect(404);

    // Publish asks first: what it does, in plain words, and the one button.
    expect(page.text).toContain(`href="${section}/${verified}/publish">Publish</a>`);
    const confirm = await browser.get(`${section}/${verified}/publish`).expect(200);
    const said = readable(confirm.text);
    expect(said).toContain('Publish the reply of Ministry of the Interior?');
    expect(said).toContain('It is DKIM-verified for moi.gov.example');
    expect(said).toContain('It goes beside the letter, on its public page, with its document, for anyone to read.');
    expect(said).toContain('It is recorded on the letter’s public ledger, and appears in the next PDF of the letter.');
    expect(said).toContain('It cannot be undone');
    expect(confirm.text).toContain(`<form method="post" action="${section}/${verified}/publish">`);
    expect((await ctx.http.get(`/api/v1/letters/${slug}/replies`).expect(200)).body.items).toEqual([]);

    // A viewer sees the list, without the buttons, and cannot publish (nor open the confirmation).
    const viewer = await newOrganizer(ctx, 'Vera Viewer');
    await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(owner.auth).send({ email: viewer.organizer.email, role: 'viewer' }).expect(200);
    await settleOutbox(ctx.app);
    const viewerBrowser = await signInBrowser(ctx, viewer.organizer.email);
    const viewerPage = await viewerBrowser.get(section).expect(200);
    expect(viewerPage.text).toContain('DKIM-verified for <bdi>moi.gov.example</bdi>');
    expect(viewerPage.text).toContain('Only the letter’s owners and editors publish replies or set them aside.');
    expect(viewerPage.text).not.toContain(`${section}/${verified}/publish`);
    expect(viewerPage.text).not.toContain('enctype="multipart/form-data"');
    await viewerBrowser.get(`${section}/${verified}/publish`).expect(403);
    await viewerBrowser
      .post(`${section}/${verified}/publish`)
      .set(origin)
      .type('form')
      .send({ _csrf: csrfTokenIn(viewerPage.text) })
      .expect(403);
    expect((await ctx.http.get(`/api/v1/letters/${slug}/replies`).expect(200)).body.items).toEqual([]);

    // The owner confirms: published beside the letter, with its verification, and no longer waiting.
    const published = await browser
      .post(`${section}/${verified}/publish`)
      .set(origin)
      .type('form')
      .send({ _csrf: csrfTokenIn(confirm.text) })
      .expect(303);
    expect(published.headers.location).toBe(`${section}?done=replyPublished`);
    const publicReplies = (await ctx.http.get(`/api/v1/letters/${slug}/replies`).expect(200)).body.items as Array<{ id: string; dkimVerifiedFor: string | null }>;
    expect(publicReplies.map((r) => [r.id, r.dkimVerifiedFor])).toEqual([[verified, 'moi.gov.example']]);
    await ctx.http.get(documentUrl).expect(200);
    const after = await browser.get(published.headers.location as string).expect(200);
    expect(after.text).toContain('The reply is published beside the letter and on its ledger');
    expect(readable(after.text)).toContain('Waiting for you (1)');
    expect(readable(after.text)).toContain('Published (1)');
    // Once published, there is nothing to confirm, and publishing again is said on the page.
    expect((await browser.get(`${section}/${verified}/publish`).expect(303)).headers.location).toBe(section);
    const again = await browser
      .post(`${section}/${verified}/publish`)
      .set(origin)
      .type('form')
      .send({ _csrf: csrfTokenIn(after.text) })
      .expect(409);
    expect(again.text).toContain('This reply was already published or set aside.');

    // The unverified one is set aside, after its own confirmation: never shown, counted.
    const dismissing = await browser.get(`${section}/${unverified}/dismiss`).expect(200);
    expect(readable(dismissing.text)).toContain('Set aside the reply of Silent Mission?');
    expect(readable(dismissing.text)).toContain('It cannot be published later.');
    const dismissed = await browser
      .post(`${section}/${unverified}/dismiss`)
      .set(origin)
      .type('form')
      .send({ _csrf: csrfTokenIn(dismissing.text) })
      .expect(303);
    const last = await browser.get(dismissed.headers.location as string).expect(200);
    expect(last.text).toContain('The reply is set aside: it will not be shown');
    expect(readable(last.text)).toContain('1 reply was set aside (spam, automatic answers): it is not shown.');
    expect(readable(last.text)).toContain('No reply waits for a decision.');
    expect((await ctx.http.get(`/api/v1/letters/${slug}/replies`).expect(200)).body.items).toHaveLength(1);

    // The audit log says each, in words.
    const audit = readable((await browser.get(`/organize/letters/${slug}/audit`).expect(200)).text);
    expect(audit).toContain('Ada Organizer published an addressee’s reply that came by mail');
    expect(audit).toContain('Ada Organizer set aside a reply that came by mail');
    expect(audit).toContain('Vera Viewer tried to publish an addressee’s reply (refused)');
  });

  it('saves the wait before an addressee counts as "no reply", from the settings page and the API', async () => {
    const { owner, slug, browser } = await letterWithAddressees();
    const settings = `/organize/letters/${slug}/settings`;
    const page = await browser.get(settings).expect(200);
    expect(readable(page.text)).toContain('Count an addressee as “no reply” after this many days');
    expect(fieldValue(page.text, 'replyWaitDays')).toBe('30');

    const saved = await browser
      .post(`/organize/letters/${slug}/reply-wait`)
      .set(origin)
      .type('form')
      .send({ replyWaitDays: '14', _csrf: csrfTokenIn(page.text) })
      .expect(303);
    expect(saved.headers.location).toBe(`${settings}?done=replyWaitSaved`);
    const after = await browser.get(saved.headers.location as string).expect(200);
    expect(fieldValue(after.text, 'replyWaitDays')).toBe('14');
    expect((await ctx.http.get(`/api/v1/letters/${slug}/addressees`).expect(200)).body.replyWaitDays).toBe(14);

    // Out of range: refused on the page, the field named, what was typed kept.
    const refused = await browser
      .post(`/organize/letters/${slug}/reply-wait`)
      .set(origin)
      .type('form')
      .send({ replyWaitDays: '400', _csrf: csrfTokenIn(after.text) })
      .expect(400);
    expect(refused.text).toContain('Days before “no reply”: this must be a whole number of days, from 1 to 365.');
    expect(fieldValue(refused.text, 'replyWaitDays')).toBe('400');

    // The API: organizers' answers carry it, the public letter does not; out of range is a 400 naming it.
    const patched = await ctx.http.patch(`/api/v1/letters/${slug}`).set(owner.auth).send({ replyWaitDays: 60 }).expect(200);
    expect(patched.body.replyWaitDays).toBe(60);
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).set(owner.auth).expect(200)).body.replyWaitDays).toBe(60);
    expect((await ctx.http.get(`/api/v1/letters/${slug}`).expect(200)).body).not.toHaveProperty('replyWaitDays');
    const bad = await ctx.http.patch(`/api/v1/letters/${slug}`).set(owner.auth).send({ replyWaitDays: 0 }).expect(400);
    expect(bad.body.field).toBe('replyWaitDays');
    expect(fieldValue((await browser.get(settings).expect(200)).text, 'replyWaitDays')).toBe('60');

    // Both are settings changes in the audit log.
    const audit = readable((await browser.get(`/organize/letters/${slug}/audit`).expect(200)).text);
    expect(audit.match(/Ada Organizer changed the letter’s settings/g)).toHaveLength(2);
  });
});

describe('the replies section where the site receives no mail', () => {
  const plain = useTestApp({ smtp: true });

  it('says replies are recorded by hand', async () => {
    const owner = await newOrganizer(plain);
    const slug = (await newLetter(plain, owner.auth)).slug as string;
    const browser = await signInBrowser(plain, owner.organizer.email);
    const page = await browser.get(`/organize/letters/${slug}/replies`).expect(200);
    expect(readable(page.text)).toContain('This site receives no mail: record here, by hand, the replies the addressees sent you');
    // Without addressees, the form is not offered: the delivery section is where they are added.
    expect(page.text).not.toContain('enctype="multipart/form-data"');
    expect(readable(page.text)).toContain('The letter has no addressees yet: add them first.');
  });
});
