import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../server/clock.js';
import { createLetter, publishLetter } from '../../server/letters/service.js';
import { MAIL_PROCESS_NICENESS } from '../../server/outbox/process.js';
import { addOrganizer } from '../../server/organizers/service.js';
import { TokenHasher } from '../../server/tokens.js';
import { openTestDatabase, testConfig, uniq } from '../helpers/app.js';
import { freePort, killAll, start, waitFor, waitForHealth } from '../helpers/process.js';
import { TestSmtp } from '../helpers/smtp.js';

/** On PostgreSQL, mail is composed and sent by a process of its own, below the one that answers requests. */

const SECRET = 'mail-process-test-secret-0123456789-abcdef';
const config = testConfig();
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let smtp: TestSmtp;

beforeAll(async () => {
  database = await openTestDatabase(config);
  smtp = await new TestSmtp().start();
});
afterAll(async () => {
  await database?.close();
  await smtp?.close();
});
afterEach(killAll);

/** Fields of /proc/PID/stat after the command name: [state, ppid, ...]; nice is field 19 of the whole line. */
function stat(pid: number): string[] | undefined {
  try {
    const line = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return line.slice(line.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}
const childrenOf = (pid: number) =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((p) => stat(p)?.[1] === String(pid));
const niceOf = (pid: number) => Number(stat(pid)?.[16]);

async function serverAndLetter(extraEnv: Record<string, string> = {}) {
  const tokens = new TokenHasher(SECRET);
  const { organizer } = await addOrganizer({ db: database.db, tokens }, { email: `${uniq('o')}@example.org` });
  const letter = await createLetter({ db: database.db, now: systemClock.now }, organizer.id, { title: 'Mail process', body: 'Text.', addressee: 'Someone', moderatedKinds: [] });
  await publishLetter({ db: database.db, now: systemClock.now }, organizer.id, letter.slug);
  const port = String(await freePort());
  const env = { DATABASE_URL: database.url!, SMTP_URL: smtp.url, SECRET_KEY: SECRET, PORT: port, LOG_LEVEL: 'error', DATA_DIR: config.dataDir, ...extraEnv };
  const base = `http://127.0.0.1:${port}`;
  const server = start('server/main.ts', [], env);
  await waitForHealth(base, server);
  const sign = async () => {
    const email = `${uniq('signer')}@example.org`;
    const res = await fetch(`${base}/api/v1/letters/${letter.slug}/signatures`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'individual', name: 'Mail Process Signer', email, country: 'GB' }),
    });
    expect(res.status).toBe(202);
    return email;
  };
  return { server, sign };
}

describe.skipIf(!existsSync('/proc/self/stat'))('the mail process', () => {
  it('sends the confirmation from a process of lower priority, and stops with the server', async () => {
    const { server, sign } = await serverAndLetter();
    const email = await sign();
    const mail = await waitFor(() => smtp.to(email)[0]);
    expect(mail.subject).toMatch(/confirm/i);

    const [mailProcess, ...others] = await waitFor(() => {
      const found = childrenOf(server.child.pid!);
      return found.length > 0 ? found : undefined;
    });
    expect(others).toEqual([]);
    expect(niceOf(mailProcess!)).toBe(MAIL_PROCESS_NICENESS);
    expect(niceOf(server.child.pid!)).toBe(0);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await waitFor(() => (stat(mailProcess!) === undefined ? true : undefined));
  });

  it('MAIL_PROCESS=same sends from the one process', async () => {
    const { server, sign } = await serverAndLetter({ MAIL_PROCESS: 'same' });
    const email = await sign();
    await waitFor(() => smtp.to(email)[0]);
    expect(childrenOf(server.child.pid!)).toEqual([]);
  });
});
