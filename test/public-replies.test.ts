import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { deliveries, letters, recipients, replies, replyAttachments } from '../server/db/schema.js';
import { useTestApp } from './helpers/app.js';
import { organizerWithLetter } from './helpers/flows.js';
import { getPdf, readPdf } from './helpers/pdf.js';

const ctx = useTestApp();

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);
const longDate = (d: Date | string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(d));
/** An address in an attribute, as Handlebars escapes it ("=" too). */
const attr = (url: string) => url.replaceAll('=', '&#x3D;');

/** What a reader sees of a page: its text without tags, entities read, spaces folded. */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const REPLY_TEXT = 'Dear organizers,\n\nCanada has taken note of your letter. <script>alert("x")</script> We will oppose the candidacy at the General Assembly.\n\nYours sincerely,\nThe Mission';

const ADDRESSEES = [
  { name: 'Mission of Canada', email: 'canada@missions.example', group: 'Interpol member states' },
  { name: 'Mission of Chile', email: 'chile@missions.example', group: 'Interpol member states' },
  { name: 'Mission of France', email: 'france@missions.example', group: 'Interpol member states' },
  { name: 'Mission of Japan', email: 'japan@missions.example', group: 'Interpol member states' },
  { name: 'General Secretariat', email: 'sg@interpol.example', group: 'Interpol' },
];

/** No addressee's address, in any public output. */
function expectNoAddress(output: string) {
  for (const { email } of ADDRESSEES) expect(output).not.toContain(email);
  expect(output).not.toMatch(/@missions\.example|@interpol\.example/);
}

/**
 * A letter delivered to five addressees in two groups, its deliveries written as the outbox would
 * have left them: Canada answered (by mail, DKIM-verified), France bounced, Chile was sent it 40
 * days ago, Japan yesterday, and the General Secretariat's is still being sent.
 */
async function deliveredLetter() {
  const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Reject the candidate' });
  await ctx.http.post(`/api/v1/letters/${slug}/recipients`).set(auth).send({ recipients: ADDRESSEES }).expect(200);
  const db = ctx.database.db;
  const [letter] = await db.select().from(letters).where(eq(letters.slug, slug));
  const rows = await db.select().from(recipients).where(eq(recipients.letterId, letter!.id));
  const id = (name: string) => rows.find((r) => r.name === name)!.id;
  const now = ctx.clock.now();
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const base = { letterId: letter!.id, letterVersion: letter!.version, queuedAt: ago(41) };
  const [canada] = await db
    .insert(deliveries)
    .values([
      { ...base, recipientId: id('Mission of Canada'), status: 'sent' as const, sentAt: ago(40) },
      { ...base, recipientId: id('Mission of Chile'), status: 'sent' as const, sentAt: ago(40) },
      { ...base, recipientId: id('Mission of France'), status: 'bounced' as const, error: '550 5.1.1', sentAt: null },
      { ...base, recipientId: id('Mission of Japan'), status: 'sent' as const, sentAt: ago(1) },
      { ...base, recipientId: id('General Secretariat'), status: 'queued' as const },
    ])
    .returning();
  const [reply] = await db
    .insert(replies)
    .values({
      letterId: letter!.id,
      recipientId: id('Mission of Canada'),
      deliveryId: canada!.id,
      addressee: 'Mission of Canada',
      status: 'published',
      source: 'email',
      subject: 'Re: Reject the candidate',
      body: REPLY_TEXT,
      receivedOn: day(ago(10)),
      dkimDomain: 'missions.example',
      senderDomain: 'missions.example',
      createdAt: ago(10),
      publishedAt: ago(9),
    })
    .returning();
  await db.insert(replyAttachments).values({ replyId: reply!.id, position: 1, contentType: 'application/pdf', size: 2048, sha256: 'ab'.repeat(32), content: Buffer.from('%PDF-1.4\n%%EOF\n') });
  // Written behind the app's back, as the outbox and the inbound listener do through their effects.
  await ctx.app.letterChanged(slug);
  return { slug, auth, letterId: letter!.id, replyId: reply!.id, recipientId: id, sentToJapan: ago(1), repliedOn: reply!.receivedOn };
}

describe('addressees and their replies, in public', () => {
  it('the letter page says where each addressee stands, by group, and lists the replies; the wait turns "sent" into "no reply" with no write', async () => {
    const { slug, replyId, sentToJapan, repliedOn } = await deliveredLetter();
    const res = await ctx.http.get(`/letters/${slug}`).expect(200);
    const page = visible(res.text);
    expect(page).toContain('Interpol member states: 1 replied, 1 bounced, 1 no reply after 30 days, 1 sent');
    expect(page).toContain('Interpol: 1 being sent');
    // Each row: the name and its state.
    const rowOf = (name: string) => visible(new RegExp(`<tr[^>]*>\\s*<td[^>]*><bdi>${name}</bdi></td>[\\s\\S]*?</tr>`).exec(res.text)?.[0] ?? '');
    expect(rowOf('Mission of Canada')).toContain(`Replied on ${longDate(repliedOn)}`);
    expect(res.text).toContain(`href="/letters/${slug}/replies/${replyId}"`);
    expect(rowOf('Mission of France')).toContain('Bounced');
    expect(rowOf('Mission of Chile')).toContain('No reply after 30 days');
    expect(rowOf('Mission of Japan')).toContain(`Sent on ${longDate(sentToJapan)}`);
    expect(rowOf('General Secretariat')).toContain('Being sent');
    // The responsive table: each cell names its column for narrow screens.
    expect(res.text).toContain('data-label="State"');
    // The replies: who, the mark, the opening of the text (escaped), the way to the whole.
    expect(page).toContain('Replies');
    expect(page).toContain('DKIM-verified for missions.example');
    expect(page).toContain('1 document');
    expect(page).toContain('Canada has taken note of your letter.');
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).toContain('&lt;script&gt;');
    expect(page).toContain('Read the reply');
    expectNoAddress(res.text);

    // The API says the same, by name only.
    const api = await ctx.http.get(`/api/v1/letters/${slug}/addressees`).expect(200);
    expectNoAddress(JSON.stringify(api.body));
    expectNoAddress(JSON.stringify((await ctx.http.get(`/api/v1/letters/${slug}/replies`).expect(200)).body));

    // Japan was sent the letter yesterday: still "sent" 28 days on, "no reply" once its 30 days are over.
    const etag = res.headers.etag as string;
    ctx.clock.advance(28 * DAY);
    const before = await ctx.http.get(`/letters/${slug}`).expect(200);
    expect(before.headers.etag).toBe(etag);
    ctx.clock.advance(2 * DAY);
    const after = await ctx.http.get(`/letters/${slug}`).set('If-None-Match', etag).expect(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(visible(after.text)).toContain('Interpol member states: 1 replied, 1 bounced, 2 no reply after 30 days');
    expect(visible(after.text)).not.toContain('Sent on');
  });

  it("a reply's own page: the letter it answers, the mark explained, the text escaped as written, its documents, one cacheable document per language", async () => {
    const { slug, replyId, repliedOn } = await deliveredLetter();
    const path = `/letters/${slug}/replies/${replyId}`;
    const res = await ctx.http.get(path).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const page = visible(res.text);
    expect(page).toContain('Reply from Mission of Canada');
    expect(page).toContain(`Interpol member states · Received ${longDate(repliedOn)}`);
    expect(page).toContain('To the open letter Reject the candidate');
    expect(res.text).toContain(`href="/letters/${slug}"`);
    expect(page).toContain('DKIM-verified for missions.example');
    expect(page).toContain('signed by the mail servers of missions.example');
    // The whole text, escaped, its line breaks kept for white-space: pre-wrap, its direction its own.
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(res.text).toMatch(/<div class="reply-page-text" dir="auto">Dear organizers,\n\nCanada has taken note/);
    expect(res.text).toContain('The Mission</div>');
    // Its document, a download.
    expect(res.text).toContain(`href="${path}/documents/1"`);
    expect(page).toContain('Document 1: PDF, 2 kB');
    await ctx.http
      .get(`${path}/documents/1`)
      .expect(200)
      .expect('content-disposition', /attachment/);
    expect(page).toContain('recorded in the letter’s public, tamper-evident ledger');
    expect(res.text).toContain(`href="/letters/${slug}/verify"`);
    expectNoAddress(res.text);

    // The same for every reader: no cookie, no token, an ETag that answers 304.
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.text).not.toContain('_csrf');
    expect(res.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(res.headers.etag).toBeTruthy();
    await ctx.http
      .get(path)
      .set('If-None-Match', res.headers.etag as string)
      .expect(304);

    // In every interface language, right to left where it is written so; links keep ?lang=.
    const ar = await ctx.http.get(`${path}?lang=ar`).expect(200);
    expect(ar.text).toMatch(/<html lang="ar" dir="rtl">/);
    expect(ar.text).toContain(`href="${attr(`/letters/${slug}?lang=ar`)}"`);
    expect(ar.text).toContain(`href="${attr(`/letters/${slug}/verify?lang=ar`)}"`);
    expect(ar.headers.etag).not.toBe(res.headers.etag);
    const ug = await ctx.http.get(path).set('Accept-Language', 'ug-CN,ug;q=0.9').expect(200);
    expect(ug.headers['content-language']).toBe('ug');
    expect(ug.text).toMatch(/<html lang="ug" dir="rtl">/);
    expect(ug.headers.vary).toMatch(/Accept-Language/);

    // A reply that is not published, or none at all, is the site's 404.
    const [letter] = await ctx.database.db.select().from(letters).where(eq(letters.slug, slug));
    const [queued] = await ctx.database.db
      .insert(replies)
      .values({ letterId: letter!.id, addressee: 'Mission of Chile', status: 'queued', source: 'email', body: 'Not yet published', receivedOn: day(new Date()) })
      .returning();
    for (const id of [queued!.id, '00000000-0000-4000-8000-000000000000', 'not-a-reply']) {
      const missing = await ctx.http.get(`/letters/${slug}/replies/${id}`).set('Accept', 'text/html').expect(404);
      expect(missing.text).toContain('There is nothing at this address.');
      expect(missing.text).not.toContain('Not yet published');
    }
    await ctx.http.get(`/letters/no-such-letter/replies/${replyId}`).set('Accept', 'text/html').expect(404);
  });

  it('the PDF carries the replies and the addressees; a delivery under way renders no new edition, a recorded reply does', async () => {
    const { slug, auth, letterId, recipientId } = await deliveredLetter();
    const first = await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200);
    const renders = ctx.app.pdfCache.renders;
    const { text } = readPdf(first.body as Buffer);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Replies');
    expect(flat).toContain('Interpol member states: 1 replied, 1 bounced, 1 no reply after 30 days, 1 awaiting a reply');
    expect(flat).toContain('Interpol: 1 awaiting a reply');
    expect(flat).toContain('DKIM-verified for missions.example');
    expect(flat).toContain('Canada has taken note of your letter. <script>alert("x")</script> We will oppose the candidacy');
    expectNoAddress(text);

    // The General Secretariat's delivery goes out: the page says so, the PDF is the same edition.
    await ctx.database.db
      .update(deliveries)
      .set({ status: 'sent', sentAt: ctx.clock.now() })
      .where(eq(deliveries.recipientId, recipientId('General Secretariat')));
    await ctx.app.letterChanged(slug);
    expect(visible((await ctx.http.get(`/letters/${slug}`).expect(200)).text)).toContain('Interpol: 1 sent');
    await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200);
    expect(ctx.app.pdfCache.renders).toBe(renders);

    // An organizer records Chile's answer by post: published at once, on the page and in the next PDF.
    const recorded = await ctx.http
      .post(`/api/v1/letters/${slug}/replies`)
      .set(auth)
      .field('recipientId', recipientId('Mission of Chile'))
      .field('receivedOn', day(ctx.clock.now()))
      .field('text', 'Chile will vote against the candidate.')
      .expect(201);
    const page = visible((await ctx.http.get(`/letters/${slug}`).expect(200)).text);
    expect(page).toContain('Interpol member states: 2 replied, 1 bounced, 1 sent');
    expect(page).toContain('Recorded by the organizers');
    const reply = visible((await ctx.http.get(recorded.body.url).expect(200)).text);
    expect(reply).toContain('Recorded by the organizers');
    expect(reply).toContain('Chile will vote against the candidate.');
    const second = readPdf((await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200)).body as Buffer).text.replace(/\s+/g, ' ');
    expect(ctx.app.pdfCache.renders).toBe(renders + 1);
    expect(second).toContain('Chile will vote against the candidate.');
    expect(second).toContain('Recorded by the organizers');
    expectNoAddress(second);
    expect(letterId).toBeTruthy();
  });
});
