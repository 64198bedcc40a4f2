import { eq } from 'drizzle-orm';
import supertest from 'supertest';
import { letters, signatures } from '../../server/db/schema.js';
import type { TestContext } from './app.js';
import { csrfTokenIn, newLetter, newOrganizer } from './app.js';
import { tokenFrom } from './smtp.js';

/** An organizer and an open letter of theirs (moderation as given, default: the letter's default). */
export async function organizerWithLetter(ctx: TestContext, overrides: Record<string, unknown> = {}, options = { publish: true }) {
  const organizer = await newOrganizer(ctx);
  const letter = await newLetter(ctx, organizer.auth, overrides, options);
  return { ...organizer, letter, slug: letter.slug as string };
}

/** Signs through the API and confirms through the mailed link; returns the confirmation mail. */
export async function signAndConfirm(ctx: TestContext, slug: string, signer: Record<string, unknown>) {
  await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(signer).expect(202);
  const mails = await ctx.smtp.waitFor(signer.email as string);
  const mail = mails.at(-1)!;
  await ctx.http
    .post('/api/v1/signatures/confirm')
    .send({ token: tokenFrom(mail, 'confirm') })
    .expect(200);
  return mail;
}

export async function publicNames(ctx: TestContext, slug: string): Promise<string[]> {
  const res = await ctx.http.get(`/api/v1/letters/${slug}/signatures`).expect(200);
  return res.body.items.map((i: { name: string }) => i.name).sort();
}

/** The organizers' view of one signer, found by email. */
export async function organizerView(ctx: TestContext, slug: string, auth: Record<string, string>, email: string) {
  const res = await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(auth).expect(200);
  return res.body.items.find((i: { email: string }) => i.email === email);
}

/** Confirmed public signatures written straight to the database, for tests about big lists. */
export async function insertSignatories(
  ctx: TestContext,
  slug: string,
  people: Array<Partial<typeof signatures.$inferInsert> & { name: string; kind: 'legislator' | 'organization' | 'individual'; country: string }>,
) {
  const [letter] = await ctx.database.db.select({ id: letters.id, version: letters.version }).from(letters).where(eq(letters.slug, slug));
  const rows = people.map((p, i) => ({
    letterId: letter!.id,
    letterVersion: letter!.version,
    emailSealed: ctx.app.sealer.seal(`bulk-${i}@example.org`),
    emailIndex: ctx.app.sealer.index(`${slug}-bulk-${i}-${Math.random()}`),
    status: 'confirmed' as const,
    confirmedAt: new Date(),
    // Published by a batch already, names and all (see signatures/publication.ts).
    publishedAt: new Date(),
    namedAt: p.display === 'anonymous' ? null : new Date(),
    ...p,
  }));
  for (let i = 0; i < rows.length; i += 500) await ctx.database.db.insert(signatures).values(rows.slice(i, i + 500));
  // Written behind the app's back: tell it, as every write of its own does.
  await ctx.app.letterChanged(slug);
}

/** Signs an organizer in as a browser does (the sign-in form, the mailed link, its button); returns that browser. */
export async function signInBrowser(ctx: TestContext, email: string) {
  const browser = supertest.agent(ctx.app.server);
  await browser.get('/login').expect(200);
  const before = ctx.smtp.to(email).length;
  await browser.post('/login').type('form').send({ email }).expect(200);
  const mails = await ctx.smtp.waitFor(email, before + 1);
  const token = /\/login\/([\w-]+)/.exec(mails.at(-1)!.text)![1]!;
  const confirm = await browser.get(`/login/${token}`).expect(200);
  await browser
    .post(`/login/${token}`)
    .type('form')
    .send({ _csrf: csrfTokenIn(confirm.text) })
    .expect(303);
  return browser;
}
