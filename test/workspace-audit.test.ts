import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { record } from '../server/audit/service.js';
import { csrfTokenIn, newLetter, newOrganizer, submitForm } from './helpers/app.js';
import { organizerView, signAndConfirm, signInBrowser } from './helpers/flows.js';
import { tokenFrom } from './helpers/smtp.js';
import { legislator } from './helpers/signers.js';
import { useTestApp } from './helpers/app.js';

const ctx = useTestApp({ smtp: true });
const origin = { Origin: 'http://undersigned.test' };
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The sentences of the audit page, as a reader reads them (tags dropped, entities read). */
function sentencesOf(html: string): string[] {
  const list = /<ol class="audit-log">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&#x3D;/g, '=')
      .replace(/&amp;/g, '&')
      .trim(),
  );
}

describe("the letter's audit log reads as sentences", () => {
  it('says who did what to whom in words and short times, filters by person and action, exports the same as formula-safe CSV, and forgets an erased signer', async () => {
    const owner = await newOrganizer(ctx, 'Ada Lovelace');
    const slug = (await newLetter(ctx, owner.auth)).slug as string;
    const grace = await newOrganizer(ctx, 'Grace Hopper');

    // Four legislators wait in the moderation queue.
    const jane = legislator({ name: 'Jane Doe' });
    const john = legislator({ name: 'John Roe' });
    const mal = legislator({ name: 'Mal Actor' });
    const formula = legislator({ name: '=HYPERLINK(A1,B2)' });
    const janeMail = await signAndConfirm(ctx, slug, jane);
    for (const s of [john, mal, formula]) await signAndConfirm(ctx, slug, s);
    const idOf = async (signer: { email: string }) => (await organizerView(ctx, slug, owner.auth, signer.email)).id as string;
    const [janeId, johnId, malId, formulaId] = [await idOf(jane), await idOf(john), await idOf(mal), await idOf(formula)];

    // The owner moderates in the workspace (publish, reject, hide) and through the API.
    const browser = await signInBrowser(ctx, owner.organizer.email);
    const page = await browser.get(`/organize/letters/${slug}/signatures`).expect(200);
    const csrf = csrfTokenIn(page.text);
    for (const [id, decision] of [
      [janeId, 'approve'],
      [johnId, 'reject'],
      [malId, 'shadow'],
    ]) {
      await browser.post(`/organize/letters/${slug}/moderate`).set(origin).type('form').send({ id, decision, _csrf: csrf }).expect(303);
    }
    await ctx.http.post(`/api/v1/signatures/${formulaId}/approve`).set(owner.auth).expect(200);

    // A co-organizer added in the workspace, their role changed through the API, and a refused attempt of theirs.
    const team = await browser.get(`/organize/letters/${slug}/team`).expect(200);
    await browser
      .post(`/organize/letters/${slug}/organizers`)
      .set(origin)
      .type('form')
      .send({ email: grace.organizer.email, role: 'editor', _csrf: csrfTokenIn(team.text) })
      .expect(303);
    await ctx.http.post(`/api/v1/letters/${slug}/organizers`).set(owner.auth).send({ email: grace.organizer.email, role: 'moderator' }).expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/close`).set(grace.auth).expect(403);

    // An export of the addresses, and a search for a flood (a preview, then applied) through the API.
    await browser.get(`/organize/letters/${slug}/export.csv`).expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/signatures/invalidate`).set(owner.auth).send({ emailDomain: 'parliament.example' }).expect(200);
    await ctx.http.post(`/api/v1/letters/${slug}/signatures/invalidate`).set(owner.auth).send({ emailDomain: 'nowhere.example', apply: true }).expect(200);

    const audit = await browser.get(`/organize/letters/${slug}/audit`).expect(200);
    const sentences = sentencesOf(audit.text);
    const said = (pattern: RegExp) => sentences.find((s) => pattern.test(s));
    // The workspace's decisions and the API's read the same: the organizer's public name, the signer's, a short time.
    expect(said(/^Ada Lovelace published the signature of Jane Doe, /)).toBeDefined();
    expect(said(/^Ada Lovelace rejected the signature of John Roe, /)).toBeDefined();
    expect(said(/^Ada Lovelace hid the signature of Mal Actor, /)).toBeDefined();
    expect(said(/^Ada Lovelace published the signature of =HYPERLINK\(A1,B2\), /)).toBeDefined();
    expect(said(/^Ada Lovelace added Grace Hopper as editor, /)).toBeDefined();
    expect(said(/^Ada Lovelace made Grace Hopper a moderator, /)).toBeDefined();
    expect(said(/^Grace Hopper tried to close the letter \(refused\), /)).toBeDefined();
    expect(said(/^Ada Lovelace published the letter, /)).toBeDefined();
    expect(said(/^Ada Lovelace was shown the addresses of 4 signers through the API, /)).toBeDefined();
    expect(said(/^Ada Lovelace was shown the addresses of 4 signers in the workspace, /)).toBeDefined();
    expect(said(/^Ada Lovelace exported the signatures as CSV, with the addresses of 4 signers, /)).toBeDefined();
    expect(said(/^Ada Lovelace looked for signatures to mark as fraudulent \(4 matched\), /)).toBeDefined();
    expect(said(/^Ada Lovelace marked 0 signatures as fraudulent, /)).toBeDefined();
    // Times in words, in <time> with the machine's form beside: never ISO to the reader.
    const times = [...audit.text.matchAll(/<time datetime="([^"]+)">([^<]+)<\/time>/g)];
    expect(times.length).toBe(sentences.length);
    for (const [, datetime, shown] of times) {
      expect(datetime).toMatch(ISO);
      expect(shown).not.toMatch(ISO);
      expect(shown).toMatch(/\d{1,2}:\d{2}/);
    }
    // No route, no raw id, no signer's address.
    expect(audit.text).not.toContain('/organize/letters/:slug/moderate');
    expect(audit.text).not.toContain(janeId);
    for (const s of [jane, john, mal, formula]) expect(audit.text).not.toContain(s.email);

    // The API says the same, kind by kind, whichever route it came through.
    const api = (await ctx.http.get(`/api/v1/letters/${slug}/audit`).set(owner.auth).expect(200)).body.items as Array<{ action: string; kind: string; target: string; sentence: string; who: string }>;
    const approvals = api.filter((e) => e.kind === 'approve');
    expect(approvals.map((e) => e.action).sort()).toEqual(['POST /api/v1/signatures/:id/approve', 'POST /organize/letters/:slug/moderate']);
    expect(approvals.find((e) => e.target === janeId)!.sentence).toMatch(/^Ada Lovelace published the signature of Jane Doe, /);
    expect(approvals.find((e) => e.target === formulaId)!.sentence).toMatch(/^Ada Lovelace published the signature of =HYPERLINK\(A1,B2\), /);
    expect(api.find((e) => e.kind === 'shadow')!.target).toBe(malId);

    // Filters: by action, by person (the people who appear, by name).
    const byKind = sentencesOf((await browser.get(`/organize/letters/${slug}/audit?kind=approve`).expect(200)).text);
    expect(byKind).toHaveLength(2);
    expect(byKind.every((s) => s.startsWith('Ada Lovelace published the signature of '))).toBe(true);
    expect(audit.text).toContain(`<option value="${grace.organizer.id}">Grace Hopper</option>`);
    const byPerson = sentencesOf((await browser.get(`/organize/letters/${slug}/audit?who=${grace.organizer.id}`).expect(200)).text);
    expect(byPerson).toHaveLength(1);
    expect(byPerson[0]).toMatch(/^Grace Hopper tried to close the letter \(refused\), /);
    const none = await browser.get(`/organize/letters/${slug}/audit?who=${grace.organizer.id}&kind=approve`).expect(200);
    expect(none.text).toContain('No entry matches these filters.');
    await browser.get(`/organize/letters/${slug}/audit?kind=nonsense`).expect(400);

    // The CSV: the same rows as the page, with its filters; every cell formula-safe.
    expect(audit.text).toContain(`href="/organize/letters/${slug}/audit.csv"`);
    const csv = await browser.get(`/organize/letters/${slug}/audit.csv?kind=approve`).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(csv.text, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['when', 'who', 'action', 'target', 'sentence', 'result']);
    expect(rows.slice(1).map((r) => r[4])).toEqual(byKind);
    expect(
      rows
        .slice(1)
        .map((r) => r[3])
        .sort(),
    ).toEqual(["'=HYPERLINK(A1,B2)", 'Jane Doe']);
    for (const row of rows.slice(1)) {
      expect(row[0]).toMatch(ISO);
      expect(row.slice(1, 4)).toEqual(['Ada Lovelace', 'Signature published', row[3]]);
      expect(row[5]).toBe('done');
    }
    const all = parse((await browser.get(`/organize/letters/${slug}/audit.csv`).expect(200)).text, { bom: true }) as string[][];
    expect(all.slice(1).map((r) => r[4])).toEqual(sentences);
    expect(all.find((r) => r[1] === 'Grace Hopper')![5]).toBe('refused (403)');
    for (const cell of all.flat()) expect(cell).not.toMatch(/^[=+\-@]/);

    // Owners only: a moderator reads neither.
    const graceBrowser = await signInBrowser(ctx, grace.organizer.email);
    await graceBrowser.get(`/organize/letters/${slug}/audit`).expect(403);
    await graceBrowser.get(`/organize/letters/${slug}/audit.csv`).expect(403);

    // Grace removed, after the workspace asks first (the question itself is no entry).
    const teamNow = await browser.get(`/organize/letters/${slug}/team`).expect(200);
    await browser
      .post(`/organize/letters/${slug}/organizers`)
      .set(origin)
      .type('form')
      .send({ email: grace.organizer.email, remove: '1', _csrf: csrfTokenIn(teamNow.text) })
      .expect(200);
    await browser
      .post(`/organize/letters/${slug}/organizers/remove`)
      .set(origin)
      .type('form')
      .send({ email: grace.organizer.email, _csrf: csrfTokenIn(teamNow.text) })
      .expect(303);
    const team2 = sentencesOf((await browser.get(`/organize/letters/${slug}/audit?kind=removeOrganizer`).expect(200)).text);
    expect(team2).toHaveLength(1);
    expect(team2[0]).toMatch(/^Ada Lovelace removed Grace Hopper from the organizers, /);
    const teamKinds = (await ctx.http.get(`/api/v1/letters/${slug}/audit`).set(owner.auth).expect(200)).body.items.filter((e: { action: string }) => e.action.includes('/organizers'));
    expect(teamKinds.map((e: { kind: string }) => e.kind)).toEqual(['removeOrganizer', 'setRole', 'addOrganizer']);

    // Jane erases her data through her withdrawal link: the log no longer names her.
    const token = tokenFrom(janeMail, 'withdraw');
    expect((await submitForm(ctx, `/withdraw/${token}`, `/erase/${token}`, {})).status).toBe(200);
    const after = sentencesOf((await browser.get(`/organize/letters/${slug}/audit?kind=approve`).expect(200)).text);
    expect(after.some((s) => s.startsWith('Ada Lovelace published the signature of an erased signer, '))).toBe(true);
    expect(after.join('\n')).not.toContain('Jane Doe');
    const afterCsv = (await browser.get(`/organize/letters/${slug}/audit.csv`).expect(200)).text;
    expect(afterCsv).not.toContain('Jane Doe');
    expect(afterCsv).toContain('an erased signer');
  });

  it('pages through a long log, older entries behind a link that keeps the filters', async () => {
    const owner = await newOrganizer(ctx, 'Ada Lovelace');
    const slug = (await newLetter(ctx, owner.auth)).slug as string;
    for (let i = 0; i < 60; i++) await record(ctx.app.db, { organizerId: owner.organizer.id, slug, action: 'POST /organize/letters/:slug/widget', kind: 'widget', status: 303 });
    const browser = await signInBrowser(ctx, owner.organizer.email);
    const first = await browser.get(`/organize/letters/${slug}/audit?kind=widget`).expect(200);
    expect(sentencesOf(first.text)).toHaveLength(50);
    const older = /<a href="([^"]+)" rel="next">Older entries<\/a>/
      .exec(first.text)![1]!
      .replace(/&amp;/g, '&')
      .replace(/&#x3D;/g, '=');
    expect(older).toContain('kind=widget');
    const second = await browser.get(older).expect(200);
    const rest = sentencesOf(second.text);
    expect(rest).toHaveLength(10);
    expect(rest.every((s) => s.startsWith('Ada Lovelace changed the sites that may show the sign widget, '))).toBe(true);
    expect(second.text).not.toContain('rel="next"');
    expect(second.text).toContain('Back to the newest');
    await browser.get(`/organize/letters/${slug}/audit?before=bm9wZQ`).expect(400);
  });

  it('an action reads the same whether it came through the API or a workspace form', async () => {
    const owner = await newOrganizer(ctx, 'Ada Lovelace');
    const viaApi = (await newLetter(ctx, owner.auth, {}, { publish: false })).slug as string;
    const viaPage = (await newLetter(ctx, owner.auth, {}, { publish: false })).slug as string;
    const browser = await signInBrowser(ctx, owner.organizer.email);
    const api = (method: 'post' | 'patch' | 'put', path: string, body: object = {}) =>
      ctx.http[method](`/api/v1/letters/${viaApi}${path}`)
        .set(owner.auth)
        .send(body)
        .expect((r) => expect(r.status).toBeLessThan(300));
    const form = async (pagePath: string, action: string, fields: Record<string, unknown>) => {
      const page = await browser.get(`/organize/letters/${viaPage}${pagePath}`).expect(200);
      return browser
        .post(`/organize/letters/${viaPage}${action}`)
        .set(origin)
        .type('form')
        .send({ ...fields, _csrf: csrfTokenIn(page.text) })
        .expect((r) => expect(r.status).toBeLessThan(400));
    };
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 16);

    await api('post', '/publish');
    await form('/publish', '/publish', {});
    await api('patch', '', { title: 'A new title' });
    await form('', '/edit', { title: 'A new title', addressee: 'The member states of Interpol', body: 'Preview only.', preview: '1' });
    await form('', '/edit', { title: 'A new title', addressee: 'The member states of Interpol', body: 'The new text.' });
    await api('patch', '', { closesAt: `${later}:00.000Z` });
    await form('/settings', '/settings', { closesAt: later, signerKinds: ['legislator', 'organization', 'individual'], moderatedKinds: ['legislator'] });
    await api('patch', '', { goal: { count: 100, kind: 'legislator' } });
    await form('/settings', '/goal', { goal: '100', goalKind: 'legislator' });
    await api('patch', '', { coOrganizersSeeAddresses: true });
    await form('/settings', '/addresses', { coOrganizersSeeAddresses: '1' });
    await api('post', '/translations', { language: 'fr', title: 'Une lettre', body: 'Le texte.' });
    await form('/translations', '/translations', { language: 'fr', title: 'Une lettre', body: 'Aperçu.', preview: '1' });
    await form('/translations', '/translations', { language: 'fr', title: 'Une lettre', body: 'Le texte.' });
    await api('put', '/widget', { origins: ['https://partner.example'] });
    await form('/share', '/widget', { origins: 'https://partner.example' });
    await api('post', '/partners', { label: 'A partner' });
    await form('/share', '/partners', { label: 'A partner' });
    await api('post', '/recipients', { recipients: [{ name: 'Interpol', email: 'sg@interpol.example', language: 'en' }] });
    await form('/delivery', '/recipients', { name: 'Interpol', email: 'sg@interpol.example', language: 'en' });
    await api('post', '/close');
    await form('/close', '/close', {});

    // Each letter's log, as sentences without their times, oldest first.
    const said = async (slug: string) =>
      ((await ctx.http.get(`/api/v1/letters/${slug}/audit`).set(owner.auth).expect(200)).body.items as Array<{ kind: string; sentence: string }>)
        .reverse()
        .map((e) => [e.kind, e.sentence.replace(/, [^,]+, [^,]+$/, '')]);
    const [fromApi, fromPages] = [await said(viaApi), await said(viaPage)];
    expect(fromPages).toEqual(fromApi);
    expect(fromApi.map(([, s]) => s)).toEqual([
      'Ada Lovelace drafted the letter',
      'Ada Lovelace published the letter',
      'Ada Lovelace edited the text',
      'Ada Lovelace changed the letter’s settings',
      'Ada Lovelace set the goal to 100 legislators',
      'Ada Lovelace let co-organizers see signers’ addresses',
      'Ada Lovelace saved the translation into French',
      'Ada Lovelace changed the sites that may show the sign widget',
      'Ada Lovelace added a partner for the sign widget',
      'Ada Lovelace added 1 addressee',
      'Ada Lovelace closed the letter',
    ]);
  });
});
