import { describe, expect, it } from 'vitest';
import { csrfTokenIn, newOrganizer, uniq, useTestApp } from './helpers/app.js';
import { signInBrowser } from './helpers/flows.js';

const ctx = useTestApp({ smtp: true });
const origin = { Origin: 'http://undersigned.test' };

// A letter of the length and shape organizers write: headings, lists, a quotation, links.
const TITLE = 'Legislators from 31 countries to the member states of Interpol: keep the notice system out of the hands of those who abuse it';
const ADDRESSEE = 'The delegations of the 196 member states of Interpol to the General Assembly';
const SUMMARY =
  'Legislators ask the member states of Interpol to refuse red notices and diffusions sought against exiles, journalists and human rights defenders, and to make the review of such requests public.';
const BODY = `## Why we write

We are members of parliament from Europe, the Americas, Africa and Asia. Many of us have met people who fled their country and were then arrested abroad on a *red notice* or a *diffusion* issued at the request of the government they fled. Some spent months in detention before a court found the request political. Others were sent back.

Interpol's Constitution forbids the organization to undertake any intervention or activity of a political, military, religious or racial character (Article 3). We ask you to hold the organization, and yourselves, to that rule.

## What we ask of the member states

1. **Refuse** to issue or circulate notices and diffusions against people who have been granted refugee status, and check every request against the asylum decisions of other member states.
2. **Publish** each year how many requests were refused under Article 3, and on which grounds, country by country.
3. **Fund** the Commission for the Control of Files so that it decides within three months, and give those it clears an enforceable remedy.
4. **Review** the access of any national central bureau that repeatedly files requests found to be political, and suspend it where the abuse continues.

## What we will do

- raise each case of abuse in our parliaments, and ask our governments which requests they supported;
- meet the people concerned and their lawyers, and follow their cases until they are closed;
- report back to one another at the next General Assembly.

> "A notice is a request for cooperation, not an arrest warrant." — a phrase we have heard from every government; we ask that it be true in practice.

## Why now

The General Assembly will elect members of the Executive Committee this autumn. Candidates include officials of governments that have used the notice system against their critics abroad. We ask every delegation to weigh, before it votes, what each candidate's government has done with the tools it already has.

We make this appeal in our own names and remain at your disposal. Signatures are open to legislators of every country and party; organizations and individuals may add their names below.

Further reading: [the Constitution of Interpol](https://www.interpol.int/Who-we-are/Legal-framework) and the [reports of the Commission for the Control of Files](https://www.interpol.int/Who-we-are/Commission-for-the-Control-of-Interpol-s-Files-CCF).
`;

/** What the browser shows in a text field or textarea, entities decoded. */
function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt);/gi, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ({ quot: '"', amp: '&', lt: '<', gt: '>' } as Record<string, string>)[e.toLowerCase()]!;
  });
}
const textarea = (html: string, name: string) => decode(new RegExp(`<textarea name="${name}"[^>]*>\\n?([\\s\\S]*?)</textarea>`).exec(html)?.[1] ?? '');
const input = (html: string, name: string) => decode(new RegExp(`<input name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '');
/** The error shown just before the form posting to action. */
const errorBefore = (html: string, action: string) => new RegExp(`<p class="form-error" role="alert">([^<]*)</p>\\s*<form method="post" action="${action.replace(/[/.]/g, '\\$&')}"`).exec(html)?.[1];

const csv = (rows: number) =>
  ['name,email,kind,title,parliament,party,organization,role,website,country']
    .concat(Array.from({ length: rows }, (_, i) => `Member Number ${i},${uniq(`mp${i}`)}@parliament.example.org,legislator,Member of Parliament,National Assembly,Independent,,,,FR`))
    .join('\r\n');

describe('the workspace holds a real letter', () => {
  it('every workspace form shows its mistakes on its page with what was typed, status 400', async () => {
    const { organizer } = await newOrganizer(ctx);
    const browser = await signInBrowser(ctx, organizer.email);

    // New letter: a summary over 1,000 characters, caught by the form's schema.
    const form = await browser.get('/organize/new').expect(200);
    // The browser is told the API's limits.
    expect(form.text).toMatch(/name="title" value="[^"]*" maxlength="300"/);
    expect(form.text).toContain('<textarea name="body" rows="16" maxlength="100000" required dir="auto">');
    const draft = { title: 'A title', addressee: 'Interpol', summary: 's'.repeat(1001), language: 'en', body: BODY };
    const refused = await browser
      .post('/organize/new')
      .set(origin)
      .type('form')
      .send({ ...draft, _csrf: csrfTokenIn(form.text) })
      .expect(400);
    expect(errorBefore(refused.text, '/organize/new')).toBe('Summary: this is too long.');
    expect(input(refused.text, 'summary')).toBe(draft.summary);
    expect(textarea(refused.text, 'body')).toBe(BODY);
    // A line break in the title, caught by the JSON schema the form is checked against.
    const broken = await browser
      .post('/organize/new')
      .set(origin)
      .type('form')
      .send({ ...draft, summary: '', title: 'Two\nlines', _csrf: csrfTokenIn(form.text) })
      .expect(400);
    expect(errorBefore(broken.text, '/organize/new')).toBe('Title: this is not valid; please check what you wrote.');

    const created = await browser
      .post('/organize/new')
      .set(origin)
      .type('form')
      .send({ ...draft, summary: '', _csrf: csrfTokenIn(form.text) })
      .expect(303);
    const slug = new URL(created.headers.location as string, 'http://x').pathname.split('/').at(-1)!;
    const page = await browser.get(`/organize/letters/${slug}`).expect(200);
    const post = (path: string, fields: Record<string, string>) =>
      browser
        .post(`/organize/letters/${slug}/${path}`)
        .set(origin)
        .type('form')
        .send({ ...fields, _csrf: csrfTokenIn(page.text) });

    // Invitations to a draft: refused (409) on the invitation form, the CSV kept.
    const rows = csv(2);
    const draftInvite = await post('invite', { csv: rows }).expect(409);
    expect(errorBefore(draftInvite.text, `/organize/letters/${slug}/invite`)).toMatch(/founding round or open/);
    expect(textarea(draftInvite.text, 'csv')).toBe(rows);

    // Team: an address too long for the field.
    const email = `${'x'.repeat(250)}@example.org`;
    const team = await post('organizers', { email, role: 'editor' }).expect(400);
    expect(errorBefore(team.text, `/organize/letters/${slug}/organizers`)).toBe('Email: this is too long.');
    expect(team.text).toContain(`value="${email}"`);

    // Team: not an address, in the words the API uses for it.
    const notAnAddress = await post('organizers', { email: 'someone@localhost', role: 'editor' }).expect(400);
    expect(errorBefore(notAnAddress.text, `/organize/letters/${slug}/organizers`)).toBe('Email: this is not an email address.');

    // Team: a role that is not one, named with the roles there are.
    const role = await post('organizers', { email: 'co@example.org', role: 'boss' }).expect(400);
    expect(errorBefore(role.text, `/organize/letters/${slug}/organizers`)).toBe('Role: please choose one of the options.');

    // Moderation: a decision that is not one.
    const moderated = await post('moderate', { id: '00000000-0000-0000-0000-000000000000', decision: 'banish' }).expect(400);
    expect(moderated.text).toContain('<p class="form-error" role="alert">This field: please choose one of the options.</p>');
    expect(moderated.text).toContain('aria-current="page">Signatures</a>');

    // Account: a token label over its 100 characters, kept in the field.
    const account = await browser.get('/organize/account').expect(200);
    // The field holds what the API takes, and the limit comes from the API's schema.
    expect(account.text).toContain('<input name="label" maxlength="100"');
    const label = 'l'.repeat(101);
    const token = await browser
      .post('/organize/account')
      .set(origin)
      .type('form')
      .send({ action: 'create-token', label, _csrf: csrfTokenIn(account.text) })
      .expect(400);
    expect(errorBefore(token.text, '/organize/account')).toBe('Label: this is too long.');
    expect(token.text).toContain(`value="${label}"`);
    expect((await browser.get('/api/v1/auth/tokens').expect(200)).body.items.map((t: { label: string | null }) => t.label)).not.toContain(label);
    const action = await browser
      .post('/organize/account')
      .set(origin)
      .type('form')
      .send({ action: 'delete', _csrf: csrfTokenIn(account.text) })
      .expect(400);
    expect(errorBefore(action.text, '/organize/account')).toBe('This field: please choose one of the options.');

    // No form to show for a letter that does not exist: the JSON error, serialized as JSON.
    const unknown = await browser
      .post('/organize/letters/no-such-letter/organizers')
      .set(origin)
      .type('form')
      .send({ email: 'a@example.org', role: 'editor', _csrf: csrfTokenIn(page.text) })
      .expect(404);
    expect(unknown.body).toMatchObject({ statusCode: 404, code: 'LETTER_NOT_FOUND' });

    // A forged post is still refused before anything is shown.
    await browser
      .post(`/organize/letters/${slug}/edit`)
      .set({ Origin: 'https://evil.example' })
      .type('form')
      .send({ ...draft, title: 'x'.repeat(400), _csrf: csrfTokenIn(page.text) })
      .expect(403);
  });

  it('saves, previews and re-titles a 2,300-character letter; takes pasted CSVs of 4 and 5,000 invitees; shows a field over its limit on its form with the text kept', async () => {
    expect(BODY.length).toBeGreaterThan(2200);
    const { organizer } = await newOrganizer(ctx);
    const browser = await signInBrowser(ctx, organizer.email);

    // Save it as a draft.
    const form = await browser.get('/organize/new').expect(200);
    const letter = { title: TITLE, addressee: ADDRESSEE, summary: SUMMARY, language: 'en', body: BODY };
    const created = await browser
      .post('/organize/new')
      .set(origin)
      .type('form')
      .send({ ...letter, _csrf: csrfTokenIn(form.text) })
      .expect(303);
    const slug = new URL(created.headers.location as string, 'http://x').pathname.split('/').at(-1)!;
    const api = () =>
      browser
        .get(`/api/v1/letters/${slug}`)
        .expect(200)
        .then((r) => r.body);
    expect(await api()).toMatchObject({ title: TITLE, body: BODY, summary: SUMMARY, addressee: ADDRESSEE });

    // Preview it: the whole form is sent again.
    let page = await browser.get(`/organize/letters/${slug}`).expect(200);
    const preview = await browser
      .post(`/organize/letters/${slug}/edit`)
      .set(origin)
      .type('form')
      .send({ ...letter, preview: '1', _csrf: csrfTokenIn(page.text) })
      .expect(200);
    expect(preview.text).toContain('<h2>What we ask of the member states</h2>');
    expect(preview.text).toContain('<strong>Refuse</strong>');
    expect(textarea(preview.text, 'body')).toBe(BODY);

    // A fix of the title only: the rest of the form comes along unchanged.
    const fixed = TITLE.replace('31 countries', '32 countries');
    await browser
      .post(`/organize/letters/${slug}/edit`)
      .set(origin)
      .type('form')
      .send({ ...letter, title: fixed, _csrf: csrfTokenIn(page.text) })
      .expect(303);
    expect(await api()).toMatchObject({ title: fixed, body: BODY, summary: SUMMARY });

    // Invitations go out once the letter is open to its founding signers.
    page = await browser.get(`/organize/letters/${slug}`).expect(200);
    await browser
      .post(`/organize/letters/${slug}/founding`)
      .set(origin)
      .type('form')
      .send({ _csrf: csrfTokenIn(page.text) })
      .expect(303);
    const four = await browser
      .post(`/organize/letters/${slug}/invite`)
      .set(origin)
      .type('form')
      .send({ csv: csv(4), _csrf: csrfTokenIn(page.text) })
      .expect(200);
    expect(four.text).toContain('Invited 4; already invited 0.');

    // 5,000 rows, as the API takes; their mail is not what this test is about (the last test of the file).
    await ctx.app.outbox.stop();
    const many = await browser
      .post(`/organize/letters/${slug}/invite`)
      .set(origin)
      .type('form')
      .send({ csv: csv(5000), _csrf: csrfTokenIn(page.text) })
      .expect(200);
    expect(many.text).toContain('Invited 5,000; already invited 0.');
    // One more than that is refused on the invitation form, with the CSV kept.
    const over = csv(5001);
    const tooMany = await browser
      .post(`/organize/letters/${slug}/invite`)
      .set(origin)
      .type('form')
      .send({ csv: over, _csrf: csrfTokenIn(page.text) })
      .expect(400);
    expect(errorBefore(tooMany.text, `/organize/letters/${slug}/invite`)).toBe('At most 5,000 invitees at once.');
    expect(textarea(tooMany.text, 'csv')).toBe(over);

    // A title over its limit (300): the form again, the error beside it, every field as typed.
    const long = { ...letter, title: `${fixed} `.repeat(3) };
    const refused = await browser
      .post(`/organize/letters/${slug}/edit`)
      .set(origin)
      .type('form')
      .send({ ...long, _csrf: csrfTokenIn(page.text) })
      .expect(400);
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(errorBefore(refused.text, `/organize/letters/${slug}/edit`)).toBe('Title: this is too long.');
    expect(input(refused.text, 'title')).toBe(long.title);
    expect(textarea(refused.text, 'body')).toBe(BODY);
    expect((await api()).title).toBe(fixed);
  }, 120_000);
});
