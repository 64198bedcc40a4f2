import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { letters, outbox, signatures } from '../../server/db/schema.js';
import { createLetter, publishLetter } from '../../server/letters/service.js';
import { systemClock } from '../../server/clock.js';
import { addOrganizer } from '../../server/organizers/service.js';
import { canonicalEmail } from '../../server/signatures/validation.js';
import { openTestDatabase, testConfig, uniq } from '../helpers/app.js';
import { freePort, killAll, start, waitFor, waitForHealth } from '../helpers/process.js';
import { TestSmtp } from '../helpers/smtp.js';
import { Sealer } from '../../server/sealer.js';
import { TokenHasher } from '../../server/tokens.js';

/**
 * Crash safety: the real server under signing load is killed with SIGKILL and started again.
 * Every signature that was answered 202 must exist, and every message must then be sent.
 */

const SECRET = 'crash-test-secret-key-0123456789-abcdefgh';
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

describe('a server killed under signing load', () => {
  it('loses no accepted signature and, once restarted, sends every queued message', async () => {
    const tokens = new TokenHasher(SECRET);
    const sealer = new Sealer(SECRET);
    const { organizer } = await addOrganizer({ db: database.db, tokens }, { email: `${uniq('o')}@example.org` });
    const letter = await createLetter({ db: database.db, now: systemClock.now }, organizer.id, { title: 'Crash test', body: 'Text.', addressee: 'Someone', moderatedKinds: [] });
    await publishLetter({ db: database.db, now: systemClock.now }, organizer.id, letter.slug);

    const port = String(await freePort());
    const env = {
      DATABASE_URL: database.url!,
      SMTP_URL: smtp.url,
      SECRET_KEY: SECRET,
      PORT: port,
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'error',
      // A killed worker's claims on messages expire after this; production default is 120 s.
      OUTBOX_LEASE_SECONDS: '2',
      DATA_DIR: config.dataDir,
    };
    const base = `http://127.0.0.1:${port}`;
    const first = start('server/main.ts', [], env);
    await waitForHealth(base, first);

    // 30 clients sign as fast as they can; the server is killed in the middle of it.
    const accepted: string[] = [];
    let refusedOrLost = 0;
    let n = 0;
    const client = async () => {
      for (;;) {
        const email = `${uniq('crash')}-${n++}@example.org`;
        try {
          const res = await fetch(`${base}/api/v1/letters/${letter.slug}/signatures`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.9.${n % 250}.${(n >> 8) % 250}` },
            body: JSON.stringify({ kind: 'individual', name: 'Crash Signer', email, country: 'GB' }),
          });
          if (res.status === 202) accepted.push(email);
          else refusedOrLost++;
        } catch {
          return; // the server is gone
        }
      }
    };
    const clients = Array.from({ length: 30 }, client);
    await waitFor(() => (accepted.length >= 150 ? true : undefined), 30_000);
    first.child.kill('SIGKILL');
    await Promise.all(clients);
    expect(accepted.length).toBeGreaterThanOrEqual(150);

    // Every 202 is in the database.
    const [row] = await database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, letter.slug));
    const stored = await database.db.select({ emailIndex: signatures.emailIndex }).from(signatures).where(eq(signatures.letterId, row!.id));
    const indexes = new Set(stored.map((s) => s.emailIndex));
    const missing = accepted.filter((email) => !indexes.has(sealer.index(canonicalEmail(email))));
    expect(missing).toEqual([]);
    const sentBefore = new Set(smtp.messages.map((m) => m.to));

    // Started again, it sends every queued message, including those a dead worker had claimed.
    const second = start('server/main.ts', [], env);
    await waitForHealth(base, second);
    await waitFor(async () => {
      const pending = await database.db
        .select({ id: outbox.id })
        .from(outbox)
        .where(inArray(outbox.status, ['pending']));
      return pending.length === 0 ? true : undefined;
    }, 60_000);
    const unsent = accepted.filter((email) => smtp.to(email).length === 0);
    expect(unsent).toEqual([]);
    // Some were still waiting when the first process died, so the second one really did work.
    expect(accepted.some((email) => !sentBefore.has(email))).toBe(true);
    second.child.kill('SIGTERM');
    await second.exited;
    console.log(`crash test: ${accepted.length} accepted, ${refusedOrLost} refused or cut off, ${accepted.filter((e) => !sentBefore.has(e)).length} sent after the restart`);
  }, 120_000);
});
