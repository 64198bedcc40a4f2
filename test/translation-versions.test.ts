import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { letters, letterTranslationRevisions, outbox, signatures } from '../server/db/schema.js';
import { letterDocument } from '../server/letters/document.js';
import { dossierModel } from '../server/letters/dossier.js';
import { RECONSENT_DELAY_MS } from '../server/letters/service.js';
import { MAIL_RECONSENT } from '../server/signatures/mail-kinds.js';
import { submitForm, useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm } from './helpers/flows.js';
import { settleOutbox } from './helpers/outbox.js';
import { readPdf } from './helpers/pdf.js';
import { individual } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true, env: { DELIVERY_INTERVAL_MS: '0' } });

const translationsOf = async (slug: string) => (await ctx.http.get(`/api/v1/letters/${slug}/translations`).expect(200)).body.items;
const versionsOf = async (slug: string) => (await ctx.http.get(`/api/v1/letters/${slug}/versions`).expect(200)).body;
const documentIn = (slug: string, language: string) => letterDocument({ db: ctx.app.db, cache: ctx.app.publicCache, now: ctx.clock.now }, slug, { requested: language, accepted: [], ui: 'en' });

async function reconsentRows(slug: string) {
  const [letter] = await ctx.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
  const rows = await ctx.database.db
    .select({ id: outbox.id })
    .from(outbox)
    .innerJoin(signatures, sql`${signatures.id}::text = ${outbox.payload}->>'signatureId'`)
    .where(and(eq(outbox.kind, MAIL_RECONSENT), eq(signatures.letterId, letter!.id)));
  return rows.length;
}

describe('translations tied to versions', () => {
  it('records revisions based on a version, is marked outdated by an edit of the original, and is brought up to date without asking anyone to consent', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [], body: 'We urge you to reject the candidate.' });
    const signer = individual({ name: 'Early Signer' });
    await signAndConfirm(ctx, slug, signer);
    // A change of substance after a signature: version 2, and one re-consent request.
    await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ body: 'We urge you to reject the candidate and to reform the election.' }).expect(200);
    expect(await reconsentRows(slug)).toBe(1);

    const saved = await ctx.http
      .post(`/api/v1/letters/${slug}/translations`)
      .set(auth)
      .send({ language: 'fr', title: 'Rejetez le candidat', body: 'Nous vous demandons de rejeter le candidat et de réformer l’élection.', addressee: 'Les États membres' })
      .expect(200);
    expect(saved.body).toMatchObject({ language: 'fr', addressee: 'Les États membres', version: 2, basedOnVersion: 2, revision: 1, outdated: false });

    // The original changes again: the translation now renders an earlier version.
    const edited = await ctx.http.patch(`/api/v1/letters/${slug}`).set(auth).send({ body: 'We urge you to reject the candidate, and to reform the election now.' }).expect(200);
    expect(edited.body.version).toBe(3);
    expect(await translationsOf(slug)).toEqual([expect.objectContaining({ language: 'fr', basedOnVersion: 2, revision: 1, outdated: true })]);
    const outdated = await documentIn(slug, 'fr');
    expect(outdated.text).toMatchObject({ language: 'fr', basedOnVersion: 2, currentVersion: 3, outdated: true });
    expect((await ctx.http.get(`/letters/${slug}?lang=fr`).expect(200)).text).toContain('class="note outdated"');

    // Brought up to date, naming the version it renders; saving asks no one to consent again.
    const before = await reconsentRows(slug);
    const updated = await ctx.http
      .post(`/api/v1/letters/${slug}/translations`)
      .set(auth)
      .send({
        language: 'fr',
        title: 'Rejetez le candidat',
        body: 'Nous vous demandons de rejeter le candidat, et de réformer l’élection maintenant.',
        addressee: 'Les États membres',
        basedOnVersion: 3,
      })
      .expect(200);
    expect(updated.body).toMatchObject({ basedOnVersion: 3, revision: 2, outdated: false });
    expect(await reconsentRows(slug)).toBe(before);
    expect(await translationsOf(slug)).toEqual([expect.objectContaining({ basedOnVersion: 3, revision: 2, outdated: false })]);
    expect((await documentIn(slug, 'fr')).text).toMatchObject({ basedOnVersion: 3, currentVersion: 3, outdated: false });
    expect((await ctx.http.get(`/letters/${slug}?lang=fr`).expect(200)).text).not.toContain('class="note outdated"');

    // The public history: both revisions, the second with its diff against the first.
    const history = await versionsOf(slug);
    expect(history.items.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
    expect(history.translations).toHaveLength(2);
    expect(history.translations[0]).toMatchObject({ language: 'fr', revision: 1, basedOnVersion: 2, addressee: 'Les États membres', changes: null });
    expect(history.translations[0].createdAt).toEqual(expect.any(String));
    expect(history.translations[1]).toMatchObject({ language: 'fr', revision: 2, basedOnVersion: 3 });
    expect(history.translations[1].changes).toEqual([
      {
        field: 'body',
        parts: [
          { value: 'Nous vous demandons de rejeter le candidat', added: false, removed: false },
          { value: ', ', added: true, removed: false },
          { value: 'et de réformer l’élection ', added: false, removed: false },
          { value: 'maintenant', added: true, removed: false },
          { value: '.', added: false, removed: false },
        ],
      },
    ]);
    await ctx.http.get(`/letters/${slug}/versions`).expect(200);

    // The signer was asked about the edits of the original once, and about the translation never.
    ctx.clock.advance(RECONSENT_DELAY_MS);
    await settleOutbox(ctx.app);
    const mails = ctx.smtp.to(signer.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toContain('has changed');
  });

  it('a translation saved before anyone signed queues no mail at all', async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const [before] = await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(outbox);
    await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'de', title: 'Titel', body: 'Text.' }).expect(200);
    const [after] = await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(outbox);
    expect(after!.n).toBe(before!.n);
  });

  it("the addressee falls back to the original's when the translation has none, on the page, in the PDF and for deliveries", async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { addressee: 'The member states of Interpol' });
    const saved = await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'fr', title: 'Titre', body: 'Texte.' }).expect(200);
    expect(saved.body.addressee).toBeNull();
    expect((await documentIn(slug, 'fr')).text.addressee).toBe('The member states of Interpol');

    await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'fr', title: 'Titre', body: 'Texte.', addressee: '  Les États membres d’Interpol ' }).expect(200);
    const fr = await documentIn(slug, 'fr');
    expect(fr.text.addressee).toBe('Les États membres d’Interpol');
    expect(dossierModel(fr, 'http://undersigned.test', 'key').addressee).toBe('Les États membres d’Interpol');
    expect((await ctx.http.get(`/letters/${slug}?lang=fr`).expect(200)).text).toContain('<bdi>Les États membres d’Interpol</bdi>');
    expect((await ctx.http.get(`/letters/${slug}`).expect(200)).text).toContain('To: <bdi>The member states of Interpol</bdi>');

    // Each addressee receives the letter addressed as their language's text addresses it.
    await ctx.http
      .post(`/api/v1/letters/${slug}/recipients`)
      .set(auth)
      .send({
        recipients: [
          { name: 'Mission de la France', email: 'france@missions.example', language: 'fr' },
          { name: 'Mission of Canada', email: 'canada@missions.example', language: 'en' },
        ],
      })
      .expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/deliver`).set(auth).expect(202);
    const [toFrance] = await ctx.smtp.waitFor('france@missions.example', 1, 30_000);
    const [toCanada] = await ctx.smtp.waitFor('canada@missions.example', 1, 30_000);
    const frPdf = readPdf(toFrance!.parsed.attachments[0]!.content).text;
    expect(frPdf).toContain('Les États membres d’Interpol');
    expect(frPdf).not.toContain('The member states of Interpol');
    expect(readPdf(toCanada!.parsed.attachments[0]!.content).text).toContain('The member states of Interpol');
    await settleOutbox(ctx.app);

    const en = await documentIn(slug, 'en');
    expect(en.text).toMatchObject({ language: 'en', addressee: 'The member states of Interpol', basedOnVersion: 1, currentVersion: 1, outdated: false });
    expect(dossierModel(en, 'http://undersigned.test', 'key').addressee).toBe('The member states of Interpol');

    // Cleared again (null): the original's.
    const cleared = await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'fr', title: 'Titre', body: 'Texte.', addressee: null }).expect(200);
    expect(cleared.body).toMatchObject({ addressee: null, revision: 3 });
    expect((await documentIn(slug, 'fr')).text.addressee).toBe('The member states of Interpol');
    const history = (await versionsOf(slug)).translations;
    expect(history.map((r: { revision: number; addressee: string | null }) => [r.revision, r.addressee])).toEqual([
      [1, null],
      [2, 'Les États membres d’Interpol'],
      [3, null],
    ]);
    expect(history[1].changes.map((c: { field: string }) => c.field)).toEqual(['addressee']);
  });

  it('refuses a basedOnVersion the letter does not have yet, naming the field', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    const above = await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'fr', title: 'Titre', body: 'Texte.', basedOnVersion: 2 }).expect(400);
    expect(above.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', field: 'basedOnVersion' });
    expect(above.body.message).toMatch(/^basedOnVersion: /);
    const zero = await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'fr', title: 'Titre', body: 'Texte.', basedOnVersion: 0 }).expect(400);
    expect(zero.body.code).toBe('VALIDATION_FAILED');
    expect(zero.body.message).toContain('basedOnVersion');
    // Nothing was saved.
    expect(await translationsOf(slug)).toEqual([]);
    expect((await versionsOf(slug)).translations).toEqual([]);
  });

  it('keeps revisions append-only in the database', async () => {
    const { slug, auth } = await organizerWithLetter(ctx);
    await ctx.http.post(`/api/v1/letters/${slug}/translations`).set(auth).send({ language: 'fr', title: 'Titre', body: 'Texte.' }).expect(200);
    await expect(ctx.database.db.update(letterTranslationRevisions).set({ title: 'Autre' })).rejects.toThrow();
    await expect(ctx.database.db.delete(letterTranslationRevisions)).rejects.toThrow();
    expect((await versionsOf(slug)).translations.map((r: { title: string }) => r.title)).toEqual(['Titre']);
  });

  it('stores the interface language a signer signed in, canonical, and ignores one that is not a language tag', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const given = individual({ name: 'Given Language', language: 'FR-ca' });
    const bad = individual({ name: 'Bad Language', language: 'not a tag!' });
    const none = individual({ name: 'No Language' });
    for (const signer of [given, bad, none]) await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(signer).expect(202);
    await ctx.http
      .post(`/api/v1/letters/${slug}/signatures`)
      .send(individual({ language: 'x'.repeat(36) }))
      .expect(400);
    // The sign form carries it too.
    const formSigner = individual({ name: 'Form Language', language: 'de' });
    expect((await submitForm(ctx, `/letters/${slug}`, `/letters/${slug}/sign`, formSigner)).status).toBe(200);

    const [letter] = await ctx.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
    const rows = await ctx.database.db.select({ name: signatures.name, language: signatures.language }).from(signatures).where(eq(signatures.letterId, letter!.id));
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.language]));
    expect(byName).toEqual({ [given.name]: 'fr-CA', [bad.name]: null, [none.name]: null, [formSigner.name]: 'de' });
  });
});
