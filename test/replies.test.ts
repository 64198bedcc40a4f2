import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { replies } from '../server/db/schema.js';
import { verifyFromDatabase } from '../server/ledger/service.js';
import { useTestApp } from './helpers/app.js';
import { organizerWithLetter } from './helpers/flows.js';
import { settleOutbox } from './helpers/outbox.js';
import { getPdf, readPdf } from './helpers/pdf.js';
import type { ReceivedMail } from './helpers/smtp.js';

const DOMAIN = 'replies.test';

/** DKIM keys the test makes, one per signing domain, published through the injected resolver. */
const keys = new Map<string, { privateKey: string; record: string }>();
function keyFor(domain: string) {
  let key = keys.get(domain);
  if (!key) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const spki = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    key = { privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), record: `v=DKIM1; k=rsa; p=${spki}` };
    keys.set(domain, key);
  }
  return key;
}

/** DNS as the listener sees it: the test's DKIM keys under sel._domainkey.<domain>, nothing else. */
async function resolver(name: string, rrtype: string): Promise<unknown> {
  const domain = /^sel\._domainkey\.(.+)$/.exec(name)?.[1];
  const key = domain && rrtype === 'TXT' ? keys.get(domain) : undefined;
  if (!key) throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
  return [[key.record]];
}

const ctx = useTestApp({ smtp: true, env: { DELIVERY_INTERVAL_MS: '0', INBOUND_SMTP_PORT: '0', INBOUND_MAIL_DOMAIN: DOMAIN }, inbound: { resolver } });

/** A message as an addressee's mail server sends it: signed with DKIM for `signedBy`, when given. */
async function composeReply(from: string, to: string, subject: string, text: string, signedBy?: string): Promise<Buffer> {
  const streamed = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail({ from, to, subject, text, date: new Date() });
  const message = streamed.message as Buffer;
  if (!signedBy) return message;
  // signatureData is how mailauth's README signs (its type declarations still name the older top-level fields).
  const options = { signatureData: [{ signingDomain: signedBy, selector: 'sel', privateKey: keyFor(signedBy).privateKey }] } as unknown as Parameters<typeof dkimSign>[1];
  const { signatures, errors } = await dkimSign(message, options);
  expect(errors).toEqual([]);
  return Buffer.concat([Buffer.from(signatures), message]);
}

/** Hands a message to the app's own SMTP listener, as the internet would. */
function sendToListener(raw: Buffer, envelope: { from: string; to: string }) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: ctx.app.inbound!.port(), secure: false, ignoreTLS: true });
  return transport.sendMail({ envelope, raw }).finally(() => transport.close());
}

const replyAddressOf = (mail: ReceivedMail) => {
  const replyTo = mail.parsed.replyTo?.value[0]?.address ?? '';
  expect(replyTo).toMatch(new RegExp(`^reply\\+[0-9a-f]{32}@${DOMAIN.replace('.', '\\.')}$`));
  return replyTo;
};

describe('answers from the addressees', () => {
  it('shows a bounce, a DKIM-verified reply the organizer published, and a silence, on the page and in the next PDF', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { title: 'Reject the candidate', body: 'We urge you to vote against.' });
    const suffix = Math.random().toString(36).slice(2, 8);
    const gone = `gone-${suffix}@mfa.bounce.example`;
    const answering = `mission-${suffix}@moi.gov.example`;
    const silent = `desk-${suffix}@silent.example`;
    ctx.smtp.unknownMailbox(gone);
    await ctx.http
      .post(`/api/v1/letters/${slug}/recipients`)
      .set(auth)
      .send({
        recipients: [
          { name: 'Ministry of Nowhere', email: gone, group: 'Interpol member states' },
          { name: 'Ministry of the Interior', email: answering, group: 'Interpol member states' },
          { name: 'Silent Mission', email: silent, group: 'Interpol member states' },
        ],
      })
      .expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/deliver`).set(auth).expect(202);
    await settleOutbox(ctx.app);

    // The refused one is bounced, at once (a 550 is not retried), and its mailbox gets nothing more.
    const recipients = await ctx.http.get(`/api/v1/letters/${slug}/recipients`).set(auth).expect(200);
    const statusOf = (email: string) => recipients.body.items.find((r: { email: string }) => r.email === email)?.status;
    expect(statusOf(gone)).toBe('bounced');
    expect(statusOf(answering)).toBe('sent');
    expect(statusOf(silent)).toBe('sent');

    // Each delivery asks for replies at its own address, and its bounces come back there too.
    const [toMinistry] = await ctx.smtp.waitFor(answering);
    const [toSilent] = await ctx.smtp.waitFor(silent);
    const ministryAddress = replyAddressOf(toMinistry!);
    const silentAddress = replyAddressOf(toSilent!);
    expect(ministryAddress).not.toBe(silentAddress);
    expect(toMinistry!.mailFrom).toBe(ministryAddress);

    // The listener is no open relay: an address that is not ours, or a made-up token, is refused.
    const stray = await composeReply(answering, 'someone@elsewhere.example', 'Hello', 'Hi');
    await expect(sendToListener(stray, { from: answering, to: 'someone@elsewhere.example' })).rejects.toMatchObject({ responseCode: 550 });
    await expect(sendToListener(stray, { from: answering, to: `reply+${'0'.repeat(32)}@${DOMAIN}` })).rejects.toMatchObject({ responseCode: 550 });

    // The ministry answers from its own domain, signed by it; someone else answers the silent
    // mission's address with a valid signature of another domain.
    const answer = 'The Ministry has taken note of your letter and will vote against the candidate.';
    await sendToListener(await composeReply(`Press Office <press@moi.gov.example>`, ministryAddress, 'Re: Reject the candidate', answer, 'moi.gov.example'), {
      from: 'press@moi.gov.example',
      to: ministryAddress,
    });
    await sendToListener(await composeReply('Impostor <desk@attacker.example>', silentAddress, 'Re: Reject the candidate', 'We agree with everything.', 'attacker.example'), {
      from: 'desk@attacker.example',
      to: silentAddress,
    });

    // Both wait for the organizers; only the ministry's is verified, and for its domain.
    const inbox = await ctx.http.get(`/api/v1/letters/${slug}/replies/inbox`).set(auth).expect(200);
    const queued = inbox.body.items as Array<{ id: string; addressee: string; status: string; dkimVerifiedFor: string | null; senderDomain: string; text: string }>;
    expect(queued.map((r) => [r.addressee, r.status, r.dkimVerifiedFor, r.senderDomain]).sort()).toEqual([
      ['Ministry of the Interior', 'queued', 'moi.gov.example', 'moi.gov.example'],
      ['Silent Mission', 'queued', null, 'attacker.example'],
    ]);
    // Nothing is published by itself.
    expect((await ctx.http.get(`/api/v1/letters/${slug}/replies`).expect(200)).body.items).toEqual([]);
    expect((await ctx.http.get(`/letters/${slug}`).expect(200)).text).not.toContain(answer);

    // The organizer publishes the verified one: beside the letter, on the ledger.
    const ministryReply = queued.find((r) => r.addressee === 'Ministry of the Interior')!;
    expect(ministryReply.text).toContain(answer);
    await ctx.http.post(`/api/v1/letters/${slug}/replies/${ministryReply.id}/publish`).set(auth).expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/replies/${ministryReply.id}/publish`).set(auth).expect(409);
    const ledger = await ctx.http.get(`/api/v1/letters/${slug}/ledger`).expect(200);
    const event = ledger.body.entries.find((e: { event: string }) => e.event === 'replied');
    expect(event).toMatchObject({ ref: ministryReply.id });
    expect(JSON.parse(event.content).reply).toMatchObject({ addressee: 'Ministry of the Interior', dkimVerifiedFor: 'moi.gov.example' });
    expect((await verifyFromDatabase(ctx.app.db, ctx.app.ledger.keys, slug)).ok).toBe(true);

    // A month on, the silent one has not answered (its impostor's mail stays unpublished).
    ctx.clock.advance(31 * 86_400_000);
    const states = await ctx.http.get(`/api/v1/letters/${slug}/addressees`).expect(200);
    const [group] = states.body.groups;
    expect(group.group).toBe('Interpol member states');
    expect(group.counts).toEqual({ replied: 1, bounced: 1, noReply: 1, sent: 0, sending: 0 });
    expect(Object.fromEntries(group.items.map((i: { name: string; state: string }) => [i.name, i.state]))).toEqual({
      'Ministry of Nowhere': 'bounced',
      'Ministry of the Interior': 'replied',
      'Silent Mission': 'noReply',
    });

    const page = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    expect(page).toContain(answer.slice(0, 60));
    // One of each state, in the addressees' table and its summary.
    const text = page.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('DKIM-verified for moi.gov.example');
    expect(text).toContain('Interpol member states: 1 replied, 1 bounced, 1 no reply after 30 days');
    for (const [name, state] of [
      ['Ministry of Nowhere', 'Bounced'],
      ['Ministry of the Interior', 'Replied on'],
      ['Silent Mission', 'No reply after 30 days'],
    ]) {
      expect(text).toMatch(new RegExp(`${name} [^A-Z]*${state}`));
    }
    for (const address of [gone, answering, silent]) {
      expect(page).not.toContain(address);
      expect(JSON.stringify(states.body)).not.toContain(address);
    }
    expect(page).not.toContain('We agree with everything');
    const replyPage = (await ctx.http.get(`/letters/${slug}/replies/${ministryReply.id}`).expect(200)).text;
    expect(replyPage).toContain(answer);

    // The next edition of the PDF carries the reply.
    const pdf = await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200);
    expect(readPdf(pdf.body as Buffer).text.replace(/\s+/g, ' ')).toContain('will vote against the candidate');

    // Nothing more goes to the mailbox that refused: a second delivery skips it.
    await ctx.http.post(`/api/v1/letters/${slug}/deliver`).set(auth).expect(202);
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(gone)).toHaveLength(0);
    expect(ctx.smtp.to(silent)).toHaveLength(2);

    // A published reply cannot be changed unseen: its ledger entry holds the hash of its text.
    await ctx.app.db.update(replies).set({ body: 'The Ministry supports the candidate.' }).where(eq(replies.id, ministryReply.id));
    const tampered = await verifyFromDatabase(ctx.app.db, ctx.app.ledger.keys, slug);
    expect(tampered.ok).toBe(false);
    expect(tampered.problems.map((p) => p.message).join('\n')).toMatch(/reply of "Ministry of the Interior" shows a text other than the ledger recorded/);
    // Nor withdrawn unseen.
    await ctx.app.db.update(replies).set({ status: 'dismissed' }).where(eq(replies.id, ministryReply.id));
    const withdrawn = await verifyFromDatabase(ctx.app.db, ctx.app.ledger.keys, slug);
    expect(withdrawn.problems.map((p) => p.message).join('\n')).toMatch(/records a published reply .* that the letter no longer shows/);
  });

  it('marks a mailbox from a delivery status notification or a complaint, and sends it nothing more', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { title: 'A letter that bounces later' });
    const suffix = Math.random().toString(36).slice(2, 8);
    const later = `later-${suffix}@mfa.example`;
    const complains = `complains-${suffix}@mfa.example`;
    await ctx.http
      .post(`/api/v1/letters/${slug}/recipients`)
      .set(auth)
      .send({
        recipients: [
          { name: 'Bounces Later', email: later },
          { name: 'Complains', email: complains },
        ],
      })
      .expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/deliver`).set(auth).expect(202);
    await settleOutbox(ctx.app);
    const [first] = await ctx.smtp.waitFor(later);
    const [second] = await ctx.smtp.waitFor(complains);

    // The addressee's server accepted the message, then could not deliver it: a DSN (RFC 3464) to its envelope sender.
    const boundary = 'dsn-boundary';
    const dsn = [
      `From: Mail Delivery System <MAILER-DAEMON@mx.mfa.example>`,
      `To: ${first!.mailFrom}`,
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      `--${boundary}`,
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.mfa.example',
      '',
      `Final-Recipient: rfc822; ${later}`,
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    await sendToListener(Buffer.from(dsn), { from: '', to: first!.mailFrom });

    // A complaint (RFC 5965) about the other, to the bounce address its mail carried.
    const arf = [
      'From: abuse@mfa.example',
      `To: ${second!.mailFrom}`,
      'Subject: Complaint',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=feedback-report; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain',
      '',
      'This is an abuse report.',
      `--${boundary}`,
      'Content-Type: message/feedback-report',
      '',
      'Feedback-Type: abuse',
      'Version: 1',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    await sendToListener(Buffer.from(arf), { from: 'abuse@mfa.example', to: second!.mailFrom });

    const recipients = await ctx.http.get(`/api/v1/letters/${slug}/recipients`).set(auth).expect(200);
    expect(Object.fromEntries(recipients.body.items.map((r: { email: string; status: string }) => [r.email, r.status]))).toEqual({ [later]: 'bounced', [complains]: 'sent' });

    await ctx.http.post(`/api/v1/letters/${slug}/deliver`).set(auth).expect(202);
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(later)).toHaveLength(1);
    expect(ctx.smtp.to(complains)).toHaveLength(1);
  });
});
