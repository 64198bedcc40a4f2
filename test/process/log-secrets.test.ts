import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, killAll, runCli, start, waitFor, waitForHealth } from '../helpers/process.js';

/**
 * The real server process on the embedded defaults (PGlite and .eml files under DATA_DIR), through
 * every flow that mails a secret link; then everything the process wrote, except the mail
 * itself, is searched for every token that was mailed.
 */

afterEach(killAll);

const LINK = /\/(confirm|withdraw|reconsent|invitations|login)\/([A-Za-z0-9_-]{16,})/g;

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A browser's worth of HTTP: a cookie jar, and forms posted with the page's CSRF token. */
function browser(base: string) {
  const jar = new Map<string, string>();
  async function request(path: string, init: RequestInit = {}) {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${base}${path}`, { redirect: 'manual', ...init, headers: { ...(cookie ? { Cookie: cookie } : {}), ...init.headers } });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return { status: res.status, text: await res.text() };
  }
  return {
    jar,
    get: (path: string) => request(path),
    /**
     * Opens the page at `path` and posts its form (to the same address unless `action`), with the
     * page's CSRF token when it has one (private pages; public ones have none).
     */
    async submit(path: string, fields: Record<string, string> = {}, action = path) {
      const page = await request(path);
      if (!page.text.includes('<form method="post"')) throw new Error(`no form on ${path} (${page.status})`);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
      return request(action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...fields, ...(csrf ? { _csrf: csrf } : {}) }),
      });
    },
  };
}

async function runFlows(nodeEnv: 'test' | 'production') {
  const DATA_DIR = mkdtempSync(join(tmpdir(), 'undersigned-secrets-'));
  const PORT = String(await freePort());
  // trace: every line the app can write is written, so the search below misses nothing.
  const env = { DATA_DIR, PORT, NODE_ENV: nodeEnv, LOG_LEVEL: 'trace', SECRET_KEY: 'a-secret-key-of-the-test-that-is-long-enough', RECONSENT_DELAY_SECONDS: '0' };
  const cli = await runCli(['organizer', 'add', 'organizer@example.org', '--name', 'Ada Organizer'], env);
  expect(cli.code).toBe(0);
  const apiToken = cli.stdout.trim().split('\n').at(-1)!;

  const server = start('server/main.ts', [], env);
  const base = `http://127.0.0.1:${PORT}`;
  await waitForHealth(base, server);
  const api = (path: string, method: string, body?: unknown) =>
    fetch(`${base}${path}`, { method, headers: { Authorization: `Bearer ${apiToken}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

  // Mailed links, read from the .eml files as the recipient would: [kind, token] in mailing order.
  const mailDir = join(DATA_DIR, 'mail');
  const links = async () => {
    let files: string[] = [];
    try {
      files = readdirSync(mailDir).sort();
    } catch {
      return [];
    }
    const found: Array<[string, string]> = [];
    for (const f of files) {
      const mail = await simpleParser(readFileSync(join(mailDir, f)));
      for (const [, kind, token] of (mail.text ?? '').matchAll(LINK)) found.push([kind!, token!]);
    }
    return found;
  };
  const nextLink = (kind: string, seen: number) => waitFor(async () => (await links()).filter(([k]) => k === kind)[seen]?.[1]);

  const created = await api('/api/v1/letters', 'POST', { title: 'Free the journalists', body: 'We urge you.', addressee: 'The government', moderatedKinds: [] });
  expect(created.status).toBe(201);
  const { slug } = (await created.json()) as { slug: string };
  expect((await api(`/api/v1/letters/${slug}/publish`, 'POST')).status).toBe(200);

  // Sign and confirm.
  const signer = browser(base);
  const signed = await fetch(`${base}/api/v1/letters/${slug}/signatures`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ kind: 'individual', name: 'Nadia Murad', email: 'nadia@example.org', country: 'IQ' }),
  });
  expect(signed.status).toBe(202);
  expect((await signer.submit(`/confirm/${await nextLink('confirm', 0)}`)).status).toBe(200);

  // Sign in as the organizer.
  const organizer = browser(base);
  expect((await organizer.submit('/login', { email: 'organizer@example.org' })).status).toBe(200);
  expect((await organizer.submit(`/login/${await nextLink('login', 0)}`)).status).toBe(303);
  expect((await organizer.get('/organize')).status).toBe(200);

  // An invitation, accepted.
  const invited = await api(`/api/v1/letters/${slug}/invitations`, 'POST', {
    invitees: [{ kind: 'legislator', name: 'Miriam Lexmann', email: 'miriam@parliament.example', title: 'MEP', parliament: 'European Parliament', country: 'SK' }],
  });
  expect(invited.status).toBe(201);
  const invitation = await nextLink('invitations', 0);
  const invitee = browser(base);
  expect((await invitee.submit(`/invitations/${invitation}`, { name: 'Miriam Lexmann', country: 'SK', title: 'MEP', parliament: 'European Parliament', display: 'full' })).status).toBe(200);

  // The text changes: both signers are asked to consent again; one does.
  expect((await api(`/api/v1/letters/${slug}`, 'PATCH', { body: 'We urge you, again.' })).status).toBe(200);
  expect((await signer.submit(`/reconsent/${await nextLink('reconsent', 0)}`)).status).toBe(200);
  await nextLink('reconsent', 1);

  // The first signer withdraws; the invitee withdraws and erases everything, from the withdrawal page.
  const withdrawals = await waitFor(async () => {
    const all = (await links()).filter(([k]) => k === 'withdraw').map(([, t]) => t);
    return all.length >= 3 ? all : undefined;
  });
  expect((await signer.submit(`/withdraw/${withdrawals[0]}`)).status).toBe(200);
  const inviteeWithdrawal = withdrawals.at(-1)!;
  expect((await invitee.submit(`/withdraw/${inviteeWithdrawal}`, {}, `/erase/${inviteeWithdrawal}`)).status).toBe(200);

  // Every mailed link again, as mail clients and people mangle them: other cases, doubled
  // slashes, other routes, query strings, trailing slashes.
  const tokens = [...new Set((await links()).map(([, t]) => t))];
  expect(tokens.length).toBeGreaterThanOrEqual(7);
  const stranger = browser(base);
  for (const token of tokens) {
    const paths = ['confirm', 'withdraw', 'reconsent', 'erase', 'login', 'invitations'].flatMap((p) => [`/${p}/${token}`, `/${p}/${token}/`]);
    paths.push(`/CONFIRM/${token}`, `//confirm/${token}`, `/Login/${token}`, `/confirm//${token}`, `/letters/${token}`, `/api/v1/letters/${slug}/ledger?after=${token}`);
    for (const path of [...paths, ...paths.map((p) => `${p}${p.includes('?') ? '&' : '?'}token=${token}&utm=${token}`)]) {
      await stranger.get(path);
      await fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    }
    await fetch(`${base}/api/v1/signatures/confirm`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
  }

  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
  const { stdout, stderr } = server.output();
  const secrets = [...tokens, ...organizer.jar.values()].filter((s) => s.length >= 16);
  const written = [
    { where: 'stdout', content: Buffer.from(stdout) },
    { where: 'stderr', content: Buffer.from(stderr) },
    ...filesUnder(DATA_DIR)
      .filter((f) => !f.startsWith(`${mailDir}/`))
      .map((f) => ({ where: relative(DATA_DIR, f), content: readFileSync(f) })),
  ];
  const leaks = written.flatMap(({ where, content }) => secrets.filter((s) => content.includes(s)).map((s) => `${where}: ${s}`));
  return { stdout, written, leaks };
}

describe('what the server writes', () => {
  it('holds none of the mailed tokens, after every flow and every mangled link (NODE_ENV=test)', async () => {
    const { stdout, written, leaks } = await runFlows('test');
    expect(leaks).toEqual([]);
    // Not an empty search: the requests were logged, by their routes, and the database was read.
    expect(stdout).toContain('"url":"/confirm/:token"');
    expect(stdout).toContain('"url":"/erase/:token"');
    expect(written.some((w) => w.where.startsWith('pglite'))).toBe(true);
  }, 120_000);

  it('holds none in production either, where the file mailer logs no link', async () => {
    const { stdout, leaks } = await runFlows('production');
    expect(leaks).toEqual([]);
    expect(stdout).toMatch(/"msg":"mail .* written to /);
  }, 120_000);
});
