import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, killAll, runCli, start, waitFor, waitForHealth } from '../helpers/process.js';

/**
 * The service as a new user runs it: real processes, the embedded database on disk,
 * no DATABASE_URL. (The README's quick start runs the compiled form of the same entry points.)
 */

afterEach(killAll);

describe('a new user, on the embedded defaults', () => {
  it('creates an organizer with the CLI, starts the server, publishes a letter and reads it', async () => {
    const DATA_DIR = mkdtempSync(join(tmpdir(), 'undersigned-e2e-'));
    const PORT = String(await freePort());
    const env = { DATA_DIR, PORT };

    const cli = await runCli(['organizer', 'add', 'organizer@example.org', '--name', 'Ada Organizer'], env);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const token = cli.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const server = start('server/main.ts', [], env);
    const base = `http://127.0.0.1:${PORT}`;
    expect(await (await waitForHealth(base, server)).json()).toEqual({ status: 'ok' });

    // The embedded database admits one process: the CLI says so plainly while the server runs.
    const busy = await runCli(['organizer', 'add', 'second@example.org'], env);
    expect(busy.code).toBe(1);
    expect(busy.stderr.trim()).toMatch(/^undersigned: the embedded database in .* is in use by another process/);
    expect(busy.stderr.trim().split('\n')).toHaveLength(1);

    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const created = await fetch(`${base}/api/v1/letters`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title: 'Open letter on Interpol', body: 'We urge you.', addressee: 'Interpol member states' }),
    });
    expect(created.status).toBe(201);
    const { slug } = (await created.json()) as { slug: string };
    expect(slug).toBe('open-letter-on-interpol');
    expect((await fetch(`${base}/letters/${slug}`)).status).toBe(404);
    expect((await fetch(`${base}/api/v1/letters/${slug}`)).status).toBe(404);

    expect((await fetch(`${base}/api/v1/letters/${slug}/publish`, { method: 'POST', headers: auth })).status).toBe(200);
    const page = await fetch(`${base}/letters/${slug}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Open letter on Interpol</h1>');
    expect(((await (await fetch(`${base}/api/v1/letters/${slug}`)).json()) as { status: string }).status).toBe('open');

    // Without SMTP_URL a signer confirms by the link in the log (the mail itself is an .eml file).
    const signed = await fetch(`${base}/api/v1/letters/${slug}/signatures`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'individual', name: 'Nadia Murad', email: 'nadia@example.org', country: 'IQ' }),
    });
    expect(signed.status).toBe(202);
    const link = await waitFor(() => new RegExp(`http://localhost:${PORT}/confirm/[A-Za-z0-9_-]+`).exec(server.output().stdout)?.[0]);
    const mailFiles = readdirSync(join(DATA_DIR, 'mail'));
    expect(mailFiles).toHaveLength(1);
    expect(readFileSync(join(DATA_DIR, 'mail', mailFiles[0]!), 'utf8')).toContain('To: nadia@example.org');
    // As a browser does: the page's button posts its form, with the page's CSRF cookie and token.
    const confirmPage = await fetch(link.replace('localhost', '127.0.0.1'));
    const html = await confirmPage.text();
    expect(html).toContain('Confirm my signature');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const cookie = confirmPage.headers.get('set-cookie')!.split(';')[0]!;
    const confirmed = await fetch(link.replace('localhost', '127.0.0.1'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: new URLSearchParams({ _csrf: csrf }),
    });
    expect(confirmed.status).toBe(200);
    // On the defaults a confirmation waits for the next batch (PUBLISH_BATCH_SECONDS=600), and says so.
    expect(await confirmed.text()).toContain('It will appear on the letter with the next batch of signatures');
    const stats = (await (await fetch(`${base}/api/v1/letters/${slug}/stats`)).json()) as { summary: string };
    expect(stats.summary).toBe('No signatures yet');
    // The token in the link never reaches the request log.
    const linkToken = link.split('/').at(-1)!;
    expect(
      server
        .output()
        .stdout.split('\n')
        .filter((l) => l.includes(linkToken))
        .every((l) => !l.includes('"url"')),
    ).toBe(true);

    // SIGTERM: finishes, closes the database and releases its lock, exits 0.
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const after = await runCli(['organizer', 'add', 'organizer@example.org'], env);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('exists; issued another token');
  });

  it('refuses a bad configuration with one line naming the variable', async () => {
    const DATA_DIR = mkdtempSync(join(tmpdir(), 'undersigned-e2e-'));
    const proc = start('server/main.ts', [], { DATA_DIR, SMTP_URL: 'not-a-url' });
    expect(await proc.exited).toBe(1);
    expect(proc.output().stderr).toBe('undersigned: SMTP_URL is not a valid URL\n');
  });

  it('the CLI explains its usage', async () => {
    const DATA_DIR = mkdtempSync(join(tmpdir(), 'undersigned-e2e-'));
    const res = await runCli(['organizer', 'add'], { DATA_DIR });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('organizer add needs an EMAIL');
  });
});
