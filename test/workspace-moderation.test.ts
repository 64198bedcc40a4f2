import { join } from 'node:path';
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { csrfTokenIn, DRIVER, uniq, useTestApp } from './helpers/app.js';
import { ARTIFACTS, accessibilityViolations, useBrowser } from './helpers/browser.js';
import { organizerView, organizerWithLetter, publicNames, signAndConfirm } from './helpers/flows.js';
import { settleOutbox } from './helpers/outbox.js';
import { individual, legislator } from './helpers/signers.js';

const ctx = useTestApp({ smtp: true });
const web = useBrowser(ctx);
const origin = { Origin: 'http://undersigned.test' };

/** Signs an organizer in as a browser does; returns that browser and its session cookie. */
async function signIn(email: string) {
  const browser = supertest.agent(ctx.app.server);
  const before = ctx.smtp.to(email).length;
  await browser.post('/login').type('form').send({ email }).expect(200);
  const mails = await ctx.smtp.waitFor(email, before + 1);
  const token = /\/login\/([\w-]+)/.exec(mails.at(-1)!.text)![1]!;
  const confirm = await browser.get(`/login/${token}`).expect(200);
  const done = await browser
    .post(`/login/${token}`)
    .type('form')
    .send({ _csrf: csrfTokenIn(confirm.text) })
    .expect(303);
  const session = /(?:^|;\s*|,\s*)session=([^;]+)/.exec(String(done.headers['set-cookie']))![1]!;
  return { browser, session };
}

/** The card of one held signature on the Signatures page: its id and its text (tags dropped). */
function card(html: string, name: string) {
  const match = /<article class="held" aria-labelledby="held-([0-9a-f-]{36})">([\s\S]*?)<\/article>/g;
  for (const m of html.matchAll(match)) {
    const body = m[2]!;
    // Inline tags go, block ones part words.
    const text = body
      .replace(/<\/?(?:bdi|span|code|a)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    if (body.includes(`>${name}</h4>`)) return { id: m[1]!, text };
  }
  throw new Error(`no card for ${name}`);
}

describe('moderation in the workspace: each held signature a decision', () => {
  it('shows who each claims to be and why it waits; Publish, Reject (mailed) and Hide (not mailed) each do what they say', { timeout: 120_000 }, async () => {
    const { slug, organizer, letter, auth } = await organizerWithLetter(ctx);
    expect(letter.moderatedKinds).toContain('legislator');
    // A name already on the list (individuals are not held), and three held legislators.
    await signAndConfirm(ctx, slug, individual({ name: 'Dolkun Isa' }));
    const mp = legislator({ name: 'Held Legislator', title: 'Member of Parliament', parliament: 'House of Commons', party: 'Conservative', country: 'GB' });
    const shared = legislator({ name: 'Rejected Legislator', title: 'Senator', parliament: 'Senate', party: 'Renaissance', country: 'FR', email: `${uniq('sen')}@gmail.com` });
    // A capital I for the l: a look-alike of the listed name.
    const troll = legislator({ name: 'DoIkun Isa', title: 'Deputy', parliament: 'Bundestag', party: 'None', country: 'DE' });
    for (const s of [mp, shared, troll]) await signAndConfirm(ctx, slug, s);
    expect(await publicNames(ctx, slug)).toEqual(['Dolkun Isa']);

    const { browser, session } = await signIn(organizer.email);
    let page = await browser.get(`/organize/letters/${slug}/signatures`).expect(200);
    expect(page.text).toContain('Moderation queue (3)');
    // Cards, not a table row per signature.
    expect(page.text.match(/<article class="held"/g)).toHaveLength(3);

    const a = card(page.text, 'Held Legislator');
    expect(a.text).toContain('legislator, Member of Parliament, House of Commons, Conservative, United Kingdom');
    expect(a.text).toContain('Wrote from parliament.example');
    expect(a.text).toContain(mp.email);
    expect(a.text).toContain('Verified No: the mail domain is not one of the named parliament’s');
    expect(a.text).toContain('Held because legislators are moderated on this letter');
    expect(a.text).toContain('Similar names on the list none');

    const b = card(page.text, 'Rejected Legislator');
    expect(b.text).toContain('legislator, Senator, Senate, Renaissance, France');
    expect(b.text).toContain('Wrote from gmail.com (a shared mail provider: anyone may have an address there)');

    const c = card(page.text, 'DoIkun Isa');
    expect(c.text).toContain('Held because Looks like a listed name: Dolkun Isa');
    expect(c.text).toContain('Similar names on the list Dolkun Isa');

    // Three distinct actions; Hide's explanation is on the page, not only in a title.
    expect(page.text).toContain('class="decide-publish">Publish</button>');
    expect(page.text).toContain(`href="/organize/letters/${slug}/moderate?id=${b.id}&amp;decision=reject">Reject (the signer is told)</a>`);
    expect(page.text).toContain(`href="/organize/letters/${slug}/moderate?id=${c.id}&amp;decision=shadow" aria-describedby="hide-hint-${c.id}">Hide</a>`);
    expect(page.text).toContain('(the signer is not mailed; use for abuse. As for every removal, the public ledger records it if the signature was on the list)');

    // At a phone's width the cards and their buttons fit: no sideways scrolling, every control inside.
    await lookAt390(session, `/organize/letters/${slug}/signatures`, 'queue');

    // Publish: straight from the card.
    const published = await browser
      .post(`/organize/letters/${slug}/moderate`)
      .set(origin)
      .type('form')
      .send({ id: a.id, decision: 'approve', _csrf: csrfTokenIn(page.text) })
      .expect(303);
    expect(published.headers.location).toBe(`/organize/letters/${slug}/signatures?done=moderated&decision=approve`);
    page = await browser.get(published.headers.location as string).expect(200);
    expect(page.text).toContain('<p class="notice-ok" role="status">The signature is published</p>');
    expect(await publicNames(ctx, slug)).toEqual(['Dolkun Isa', 'Held Legislator']);

    // Reject: first a page that names the signer and says what will happen.
    const rejectPage = await browser.get(`/organize/letters/${slug}/moderate?id=${b.id}&decision=reject`).expect(200);
    expect(rejectPage.text).toContain('Reject the signature of Rejected Legislator?');
    expect(rejectPage.text).toContain('Rejected Legislator (Senator, Senate, Renaissance, France) stays off the letter’s list and out of every count.');
    expect(rejectPage.text).toContain('Rejected Legislator is mailed that the letter’s organizers did not accept the signature.');
    expect(rejectPage.text).toContain('It was never on the public list, so the public ledger records nothing of it.');
    expect(rejectPage.text).toContain(`<a href="/organize/letters/${slug}/signatures">Cancel</a>`);
    expect(await organizerView(ctx, slug, auth, shared.email)).toMatchObject({ moderation: 'pending' });
    const rejected = await browser
      .post(`/organize/letters/${slug}/moderate`)
      .set(origin)
      .type('form')
      .send({ id: b.id, decision: 'reject', _csrf: csrfTokenIn(rejectPage.text) })
      .expect(303);
    page = await browser.get(rejected.headers.location as string).expect(200);
    expect(page.text).toContain('The signature is rejected; the signer is told');
    // The signer hears of it: after the confirmation mail, the rejection.
    const told = (await ctx.smtp.waitFor(shared.email, 2)).at(-1)!;
    expect(told.subject).toBe('Your signature was not accepted: Reject the candidate for Interpol President');
    expect(told.text).toContain('reviewed your signature, as Rejected Legislator, and did not accept it.');
    expect(told.text).toMatch(/\/withdraw\/[\w-]+/);

    // Hide: its own page, then no mail at all.
    const hidePage = await browser.get(`/organize/letters/${slug}/moderate?id=${c.id}&decision=shadow`).expect(200);
    expect(hidePage.text).toContain('Hide the signature of DoIkun Isa?');
    expect(hidePage.text).toContain('DoIkun Isa is not mailed: to them, the signature still looks accepted.');
    const hidden = await browser
      .post(`/organize/letters/${slug}/moderate`)
      .set(origin)
      .type('form')
      .send({ id: c.id, decision: 'shadow', _csrf: csrfTokenIn(hidePage.text) })
      .expect(303);
    page = await browser.get(hidden.headers.location as string).expect(200);
    expect(page.text).toContain('The signature is hidden; the signer is not told');
    expect(page.text).toContain('Moderation queue (0)');
    await settleOutbox(ctx.app);
    expect(ctx.smtp.to(troll.email)).toHaveLength(1);
    expect(ctx.smtp.to(shared.email)).toHaveLength(2);
    expect(await publicNames(ctx, slug)).toEqual(['Dolkun Isa', 'Held Legislator']);
    expect((await organizerView(ctx, slug, auth, shared.email)).moderation).toBe('rejected');
    expect((await organizerView(ctx, slug, auth, troll.email)).moderation).toBe('shadow');
  });

  it('bulk invalidation: a preview of how many match and what will happen, then applied; no criterion or no match says so', { timeout: 120_000 }, async () => {
    const { slug, organizer, auth } = await organizerWithLetter(ctx);
    const flood = `${uniq('flood')}.example`;
    await signAndConfirm(ctx, slug, individual({ name: 'Flood One', email: `a-${uniq()}@${flood}` }));
    await signAndConfirm(ctx, slug, individual({ name: 'Flood Two', email: `b-${uniq()}@${flood}` }));
    // Not confirmed yet: it matches too.
    await ctx.http
      .post(`/api/v1/letters/${slug}/signatures`)
      .send(individual({ name: 'Flood Three', email: `c-${uniq()}@${flood}` }))
      .expect(202);
    await signAndConfirm(ctx, slug, individual({ name: 'Real Person' }));
    expect(await publicNames(ctx, slug)).toEqual(['Flood One', 'Flood Two', 'Real Person']);

    const { browser, session } = await signIn(organizer.email);
    const page = await browser.get(`/organize/letters/${slug}/signatures`).expect(200);
    expect(page.text).toContain(`<form method="get" action="/organize/letters/${slug}/invalidate" class="invalidate-form">`);
    expect(page.text).toContain('type="datetime-local" name="from"');

    // No criterion; a window with nothing in it; a domain that is no domain.
    const none = await browser.get(`/organize/letters/${slug}/invalidate?emailDomain=&from=&to=&ipHash=`).expect(200);
    expect(none.text).toContain('Give a mail domain, a time window or a network fingerprint: without one, nothing is matched.');
    const nothing = await browser.get(`/organize/letters/${slug}/invalidate`).query({ emailDomain: flood, from: '2000-01-01T00:00', to: '2001-01-01T00:00' }).expect(200);
    expect(nothing.text).toContain('No signature matches these criteria: nothing was changed.');
    expect(nothing.text).toContain(`name="emailDomain" value="${flood}"`);
    const bad = await browser.get(`/organize/letters/${slug}/invalidate`).query({ emailDomain: 'not a domain' }).expect(400);
    expect(bad.text).toContain('Mail domain: this is not a domain name (such as example.org).');
    const badTime = await browser.get(`/organize/letters/${slug}/invalidate`).query({ emailDomain: flood, from: '2030-02-30T10:00' }).expect(400);
    expect(badTime.text).toContain('From: this is not a date and time.');

    // The preview: the count, and in plain words what will happen.
    const query = { emailDomain: flood.toUpperCase(), from: '2000-01-01T00:00', to: '2100-01-01T00:00', ipHash: '' };
    const preview = await browser.get(`/organize/letters/${slug}/invalidate`).query(query).expect(200);
    expect(preview.text).toContain('Mark 3 signatures as fraudulent?');
    expect(preview.text).toContain(`The signatures that match: mail domain ${flood}; signed from`);
    expect(preview.text).toContain('Those on the public list leave it at once, and the counts drop.');
    expect(preview.text).toContain('The public ledger records each removal from the list, as for every removal.');
    expect(preview.text).toContain('The signers are not mailed.');
    expect(preview.text).toContain('<button type="submit" class="danger">Mark 3 signatures as fraudulent</button>');
    // Nothing has changed yet.
    expect(await publicNames(ctx, slug)).toEqual(['Flood One', 'Flood Two', 'Real Person']);
    await lookAt390(session, `/organize/letters/${slug}/invalidate?${new URLSearchParams(query)}`, 'invalidate-preview');

    const fields = Object.fromEntries([...preview.text.matchAll(/<input type="hidden" name="(emailDomain|from|to|ipHash)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]));
    expect(fields).toEqual({ emailDomain: flood.toUpperCase(), from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' });
    expect(preview.text).toContain('<input type="hidden" name="apply" value="1">');
    const applied = await browser
      .post(`/organize/letters/${slug}/invalidate`)
      .set(origin)
      .type('form')
      .send({ ...fields, apply: '1', _csrf: csrfTokenIn(preview.text) })
      .expect(303);
    expect(applied.headers.location).toBe(`/organize/letters/${slug}/signatures?done=invalidated&count=3`);
    const after = await browser.get(applied.headers.location as string).expect(200);
    expect(after.text).toContain('3 signatures marked as fraudulent');
    expect(await publicNames(ctx, slug)).toEqual(['Real Person']);
    const ledger = await ctx.http.get(`/api/v1/letters/${slug}/ledger`).expect(200);
    expect(ledger.body.entries.filter((e: { event: string }) => e.event === 'rejected')).toHaveLength(2);
    // The audit log tells the decision, with its count.
    const audit = await ctx.http.get(`/api/v1/letters/${slug}/audit`).set(auth).expect(200);
    expect(audit.body.items.find((e: { action: string }) => e.action === 'POST /organize/letters/:slug/invalidate')).toMatchObject({ kind: 'invalidate' });
    // Again: nothing is left to match.
    const again = await browser.get(`/organize/letters/${slug}/invalidate`).query({ emailDomain: flood }).expect(200);
    expect(again.text).toContain('No signature matches these criteria: nothing was changed.');
  });
});

/** The page in a real browser 390 px wide: no sideways scrolling, every control inside the viewport, nothing for axe. */
async function lookAt390(session: string, path: string, name: string) {
  const page = await web.browser.newPage();
  try {
    await page.setCookie({ name: 'session', value: session, url: web.base });
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(`${web.base}${path}`);
    await page.screenshot({ path: join(ARTIFACTS, `workspace-moderation-${DRIVER}-${name}-390.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: the page's width`).toBeLessThanOrEqual(390);
    const outside = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea')]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.skip-link'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.left < -0.5 || box.right > width + 0.5)
        .map(({ el, box }) => `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.left)}..${Math.round(box.right)}`);
    });
    expect(outside, `${name}: controls outside the viewport`).toEqual([]);
    expect(await accessibilityViolations(page), name).toEqual([]);
  } finally {
    await page.close();
  }
}
