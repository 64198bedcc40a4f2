import { isLiteralElement, type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import en from '../server/i18n/catalogs/en/index.js';
import { CATALOGS } from '../server/i18n/catalogs/index.js';
import { LOCALES } from '../server/i18n/locales.js';
import { text } from '../server/i18n/messages.js';
import { csrfTokenIn, useTestApp } from './helpers/app.js';
import { organizerWithLetter, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { SECTIONS, sectionPath } from '../server/organizers/workspace.js';
import { getPdf, readPdf } from './helpers/pdf.js';
import { legislator } from './helpers/signers.js';
import { tokenFrom } from './helpers/smtp.js';

const ctx = useTestApp({ smtp: true });

// The English interface: each message's words between its placeholders and tags. A long piece may
// not appear anywhere; a word or a short one ("Sign", "Name") may not be the whole text of an element.
const PIECES = Object.entries(en).flatMap(([key, message]) =>
  literalsOf(parse(message, { ignoreTag: false }))
    .map((piece) => piece.replace(/^[\s:,.()·—–-]+|[\s:,.()·—–-]+$/g, ''))
    .filter((piece) => /[A-Za-z]{3}/.test(piece))
    .map((piece) => ({ key, piece, whole: piece.length < 12 || !piece.includes(' ') })),
);

/** The words of a message, at any depth of its plural, select and tag branches. */
function literalsOf(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) => {
    if (isLiteralElement(el)) return [el.value];
    if ('options' in el) return Object.values(el.options).flatMap((option) => literalsOf(option.value));
    if ('children' in el) return literalsOf(el.children);
    return [];
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every word piece of a catalog, to tell a word the language shares with English ("Text" in German) from English left in. */
const ownPieces = new Map<string, Set<string>>();
function piecesOf(code: string): Set<string> {
  let pieces = ownPieces.get(code);
  if (!pieces) {
    const catalog = (CATALOGS[code] ?? {}) as Record<string, string>;
    pieces = new Set(Object.values(catalog).flatMap((m) => literalsOf(parse(m, { ignoreTag: false })).map((p) => p.trim())));
    ownPieces.set(code, pieces);
  }
  return pieces;
}

/** The English interface strings found in a rendering in `code` (none that its catalog spells the same). */
function englishIn(rendered: string, code: string, markup = true): string[] {
  const own = CATALOGS[code] as Record<string, string> | undefined;
  const found = PIECES.filter(({ key, piece, whole }) => {
    if (own?.[key]?.includes(piece) || piecesOf(code).has(piece)) return false;
    // A phrase anywhere, as whole words ("on Undersigned" is not in "von Undersigned").
    if (!whole) return new RegExp(`(?<!\\p{L})${escapeRegExp(piece)}(?!\\p{L})`, 'u').test(rendered);
    // A short word counts only as a whole element's (or line's) text.
    return new RegExp(markup ? `>\\s*${escapeRegExp(piece)}\\s*[:.]?\\s*<` : `(^|\\n)\\s*${escapeRegExp(piece)}\\s*[:.]?\\s*(\\n|$)`).test(rendered);
  });
  return [...new Set(found.map(({ key, piece }) => `${key}: ${piece}`))];
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the interface in every language', () => {
  it('the check finds the English interface where it is (in an English page, mail and PDF)', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Zz letter title', body: 'Zz body of the letter.', addressee: 'Zz addressee' });
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send({ kind: 'individual', name: 'Zz Signer', email: 'en-check@example.org', country: 'FR' }).expect(202);
    const page = await ctx.http.get(`/letters/${slug}`).expect(200);
    const [mail] = await ctx.smtp.waitFor('en-check@example.org');
    const pdf = readPdf((await getPdf(ctx.http, `/letters/${slug}.pdf`).expect(200)).body as Buffer);
    const found = (rendered: string, markup = true) => englishIn(rendered, 'xx', markup).map((k) => k.split(':')[0]);
    expect(found(page.text)).toEqual(expect.arrayContaining(['sign.heading', 'sign.name', 'sign.email', 'sign.submit', 'signatories.heading', 'site.footer']));
    expect(found(mail!.html).length).toBeGreaterThan(3);
    expect(found(`${mail!.subject}\n${mail!.text}`, false).length).toBeGreaterThan(3);
    expect(found(flat(pdf.text), false).length + found(pdf.text, false).length).toBeGreaterThan(3);
  });

  it.each(LOCALES.filter((l) => l.code !== 'en').map((l) => [l.code, l.dir] as const))('%s: letter page, confirmation mail and page, and PDF with no English around the text', async (code, dir) => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [], title: 'Zz letter title', body: 'Zz body of the letter.', addressee: 'Zz addressee' });
    await ctx.http
      .post(`/api/v1/letters/${slug}/signatures`)
      .send({ kind: 'legislator', name: 'ئابدۇۋەلى ئايۇپ', email: `ug-${code}@example.org`, country: 'TR', title: 'MP', parliament: 'TBMM', party: 'Good Party', language: code })
      .expect(202);

    const page = await ctx.http.get(`/letters/${slug}?lang=${code}`).expect(200);
    expect(page.text).toContain(`<html lang="${code}" dir="${dir}">`);
    expect(page.headers['content-language']).toBe(code);
    expect(englishIn(page.text, code)).toEqual([]);

    const [mail] = await ctx.smtp.waitFor(`ug-${code}@example.org`);
    expect(mail!.html).toContain(`<html lang="${code}" dir="${dir}">`);
    expect(englishIn(mail!.html, code)).toEqual([]);
    expect(englishIn(`${mail!.subject}\n${mail!.text}`, code, false)).toEqual([]);

    const confirmPage = await ctx.http.get(`/confirm/${tokenFrom(mail!, 'confirm')}?lang=${code}`).expect(200);
    expect(confirmPage.text).toContain(`<html lang="${code}" dir="${dir}">`);
    expect(englishIn(confirmPage.text, code)).toEqual([]);

    // The sign form's mistake, said in the language: a web address for a name.
    const refused = await ctx.http
      .post(`/letters/${slug}/sign?lang=${code}`)
      .set('Origin', 'http://undersigned.test')
      .type('form')
      .send({ kind: 'individual', name: 'www.example.org', email: `refused-${code}@example.org`, country: 'FR', display: 'full', language: code })
      .expect(400);
    const said = text(code, 'sign.error', { reason: 'noLink', field: text(code, 'sign.fieldName', { field: 'name' }), kind: 'individual' });
    expect(unescaped(refused.text)).toContain(said);
    expect(englishIn(refused.text, code)).toEqual([]);

    const pdf = readPdf((await getPdf(ctx.http, `/letters/${slug}.pdf?lang=${code}`).expect(200)).body as Buffer);
    // Line by line for words alone on a line, and as one flow for sentences a line break cuts.
    expect([...englishIn(pdf.text, code, false), ...englishIn(flat(pdf.text), code, false)]).toEqual([]);
  });
});

describe("the organizers' side in every language", () => {
  it.each(LOCALES.filter((l) => l.code !== 'en').map((l) => [l.code, l.dir] as const))(
    '%s: sign-in, dashboard, workspace with its queue and table, new letter, account and history with no English',
    async (code, dir) => {
      const { slug, organizer, auth } = await organizerWithLetter(ctx, { title: 'Zz letter title', body: 'Zz body of the letter.', addressee: 'Zz addressee' });
      await signAndConfirm(ctx, slug, legislator({ name: 'Zz Signer', title: 'Zz', parliament: 'Zz', party: 'Zz' }));
      // A held signature (legislators are moderated) and an addressee: the pages that decide on them and send to them.
      const held = (await ctx.http.get(`/api/v1/letters/${slug}/signatures/all`).set(auth).expect(200)).body.items[0].id as string;
      await ctx.http
        .post(`/api/v1/letters/${slug}/recipients`)
        .set(auth)
        .send({ recipients: [{ name: 'Zz Ministry', email: 'zz-ministry@example.org', language: code }] })
        .expect(200);
      const login = await ctx.http.get(`/login?lang=${code}`).expect(200);
      expect(login.text).toContain(`<html lang="${code}" dir="${dir}">`);
      expect(englishIn(login.text, code)).toEqual([]);
      const browser = await signInBrowser(ctx, organizer.email);
      // Every section of the workspace, and the pages that ask before a public or destructive step.
      const sections = SECTIONS.map((section) => sectionPath(slug, section));
      const confirmations = [
        `/organize/letters/${slug}/publish`,
        `/organize/letters/${slug}/close`,
        `/organize/letters/${slug}/organizers/remove?email=${encodeURIComponent(organizer.email)}`,
        `/organize/letters/${slug}/moderate?id=${held}&decision=reject`,
        `/organize/letters/${slug}/moderate?id=${held}&decision=shadow`,
        `/organize/letters/${slug}/invalidate?emailDomain=example.org`,
        `/organize/letters/${slug}/delivery/preview`,
        `/organize/letters/${slug}/deliver`,
      ];
      for (const path of ['/organize', ...sections, ...confirmations, '/organize/new', '/organize/account', `/letters/${slug}/versions`]) {
        const page = await browser.get(path).set('Accept-Language', code).expect(200);
        expect(page.text, path).toContain(`<html lang="${code}" dir="${dir}">`);
        expect(englishIn(page.text, code), path).toEqual([]);
      }
      // A form's mistakes, in the language: a draft with no language code, and a list of invitees with a bad row.
      const origin = { Origin: 'http://undersigned.test', 'Accept-Language': code };
      const form = await browser.get('/organize/new').set('Accept-Language', code).expect(200);
      const refused = await browser
        .post('/organize/new')
        .set(origin)
        .type('form')
        .send({ title: 'Zz', addressee: 'Zz', summary: '', language: 'not a tag!', body: 'Zz', _csrf: csrfTokenIn(form.text) })
        .expect(400);
      const field = text(code, 'ws.fieldName', { field: 'language' });
      expect(unescaped(refused.text)).toContain(text(code, 'ws.formError', { code: 'VALIDATION_FAILED', reason: 'languageTag', field }));
      expect(englishIn(refused.text, code)).toEqual([]);
      const workspace = await browser.get(`/organize/letters/${slug}`).set('Accept-Language', code).expect(200);
      const csv = ['name,email,kind,country', 'Zz One,zz-one@example.org,individual,FR', 'Zz Two,not-an-email,individual,FR'].join('\n');
      const invited = await browser
        .post(`/organize/letters/${slug}/invite`)
        .set(origin)
        .type('form')
        .send({ csv, _csrf: csrfTokenIn(workspace.text) })
        .expect(200);
      const emailError = text(code, 'ws.formError', { code: 'VALIDATION_FAILED', reason: 'email', field: text(code, 'sign.fieldName', { field: 'email' }) });
      expect(unescaped(invited.text)).toContain(text(code, 'ws.invite.lineError', { line: 3, reason: emailError }));
      expect(englishIn(invited.text, code)).toEqual([]);
    },
  );
});

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", '#x3D': '=', '#x60': '`' };
/** A page's text with its markup's escapes undone, to find a message in it as the reader sees it. */
const unescaped = (html: string) => html.replace(/&(amp|lt|gt|quot|#x27|#39|#x3D|#x60);/g, (_, name: string) => ENTITIES[name]!);
