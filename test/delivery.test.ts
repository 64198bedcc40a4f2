import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';
import { settleOutbox } from './helpers/outbox.js';
import { newOrganizer } from './helpers/app.js';
import { insertSignatories, organizerWithLetter } from './helpers/flows.js';

const ctx = useTestApp({ smtp: true, env: { DELIVERY_INTERVAL_MS: '0' } });

describe('delivery to the addressees', () => {
  it('sends each recipient the letter in their language with the PDF attached, and the public log shows it', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Reject the candidate', body: 'English text.' });
    await insertSignatories(ctx, slug, [{ kind: 'legislator', name: 'Hans Meier', title: 'MdB', parliament: 'Bundestag', country: 'DE' }]);
    await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'fr', title: 'Rejetez le candidat', body: 'Texte français.' }).expect(200);
    const added = await ctx.http
      .post(`/api/v1/letters/${slug}/recipients`)
      .set(auth)
      .send({
        recipients: [
          { name: 'Mission of Canada', email: 'canada@missions.example', language: 'en', group: 'Americas' },
          { name: 'Mission de la France', email: 'france@missions.example', language: 'fr', group: 'Europe' },
          { name: 'Mission du Sénégal', email: 'senegal@missions.example', language: 'fr', group: 'Africa' },
          { name: 'Nowhere', email: 'not-an-address' },
        ],
      })
      .expect(200);
    expect(added.body).toEqual({ added: 3, alreadyAdded: 0, errors: [{ line: 4, field: 'email', reason: 'email: is not a valid email address' }] });

    const delivered = await ctx.http.post(`/api/v1/letters/${slug}/deliver`).set(auth).expect(202);
    expect(delivered.body).toEqual({ queued: 3 });
    const [en] = await ctx.smtp.waitFor('canada@missions.example', 1, 30_000);
    const [fr] = await ctx.smtp.waitFor('france@missions.example', 1, 30_000);
    await ctx.smtp.waitFor('senegal@missions.example', 1, 30_000);
    expect(en!.subject).toBe('Reject the candidate');
    expect(fr!.subject).toBe('Rejetez le candidat');
    expect(fr!.html).toContain('Texte français.');
    for (const mail of [en!, fr!]) {
      const [pdf] = mail.parsed.attachments;
      expect(pdf).toMatchObject({ contentType: 'application/pdf' });
      expect(pdf!.content.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(fr!.parsed.attachments[0]!.filename).toBe(`${slug}-fr.pdf`);

    // The public log: when and to whom, by name, never an address.
    // A row is marked sent once the SMTP server has answered, a moment after the mail arrives.
    await settleOutbox(ctx.app);
    const log: { body: { items: Array<{ name: string; status: string }> } } = await ctx.http.get(`/api/v1/letters/${slug}/deliveries`).expect(200);
    expect(log.body.items.map((d) => [d.name, d.status]).sort()).toEqual([
      ['Mission de la France', 'sent'],
      ['Mission du Sénégal', 'sent'],
      ['Mission of Canada', 'sent'],
    ]);
    expect(JSON.stringify(log.body)).not.toContain('@missions.example');
    const page = (await ctx.http.get(`/letters/${slug}`).expect(200)).text;
    expect(page).toContain('Sent on');
    expect(page).toContain('Mission du Sénégal');
    expect(page).not.toContain('@missions.example');
    const recipients = await ctx.http.get(`/api/v1/letters/${slug}/recipients`).set(auth).expect(200);
    expect(recipients.body.items.map((r: { status: string }) => r.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('refuses to deliver a draft (409) or to someone else (403), and a log for an unknown letter is 404', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, {}, { publish: false });
    await ctx.http
      .post(`/api/v1/letters/${slug}/recipients`)
      .set(auth)
      .send({ recipients: [{ name: 'X', email: 'x@missions.example' }] })
      .expect(200);
    const draft = await ctx.http.post(`/api/v1/letters/${slug}/deliver`).set(auth).expect(409);
    expect(draft.body.code).toBe('NOT_PUBLISHED');
    const other = await newOrganizer(ctx);
    await ctx.http.post(`/api/v1/letters/${slug}/deliver`).set(other.auth).expect(403);
    await ctx.http.get('/api/v1/letters/no-such-letter/deliveries').expect(404);
  });
});
