import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../server/db/client.js';
import { letters, signatures } from '../../server/db/schema.js';
import { createLetter, publishLetter } from '../../server/letters/service.js';
import { systemClock } from '../../server/clock.js';
import { addOrganizer } from '../../server/organizers/service.js';
import { Sealer } from '../../server/sealer.js';
import { canonicalEmail } from '../../server/signatures/validation.js';
import { TokenHasher } from '../../server/tokens.js';
import { uniq } from '../helpers/app.js';
import { freePort, killAll, runCli, start, waitFor, waitForHealth } from '../helpers/process.js';
import { OwnPostgres, OwnRedis, ownServersMissing } from '../helpers/services.js';

/**
 * Faults under signing load, on PostgreSQL with Redis, both of this test's own: Redis is killed
 * (signing keeps at least half its rate, counted in memory), comes back, then PostgreSQL is
 * restarted (503 with Retry-After while it is down, never a 500). Every 202 is in the database.
 */

const SECRET = 'fault-test-secret-key-0123456789-abcdefgh';
const SIGNER_NAME = 'Fault Signer';
const CLIENTS = 10;
const WINDOW_MS = 3_000;
// Bounds, whatever happens: no test runs unbounded against the machine.
const MAX_REQUESTS = 40_000;
const MAX_LOAD_MS = 90_000;

const missing = ownServersMissing({ redis: true, postgres: true });
let redis: OwnRedis;
let pg: OwnPostgres;
let database: Database;

afterEach(killAll);

interface Answer {
  status: number;
  at: number;
  email: string;
  retryAfter: string | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(missing)(`faults under signing load${missing ? ` (skipped: ${missing})` : ''}`, () => {
  beforeAll(async () => {
    [redis, pg] = await Promise.all([OwnRedis.start(), OwnPostgres.start()]);
    database = await createDatabase({ databaseUrl: pg.url, dataDir: mkdtempSync(join(tmpdir(), 'undersigned-fault-')) });
    await database.migrate();
  });
  afterAll(async () => {
    await database?.close();
    await redis?.stop();
    await pg?.stop();
  });

  it('Redis killed, then PostgreSQL restarted: no 500, at least half the rate without Redis, every 202 stored', async () => {
    const tokens = new TokenHasher(SECRET);
    const sealer = new Sealer(SECRET);
    const { organizer } = await addOrganizer({ db: database.db, tokens }, { email: `${uniq('o')}@example.org` });
    const letter = await createLetter({ db: database.db, now: systemClock.now }, organizer.id, { title: 'Fault test', body: 'Text.', addressee: 'Someone', moderatedKinds: [] });
    await publishLetter({ db: database.db, now: systemClock.now }, organizer.id, letter.slug);

    const port = String(await freePort());
    const base = `http://127.0.0.1:${port}`;
    const server = start('server/main.ts', [], {
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      SECRET_KEY: SECRET,
      PORT: port,
      TRUST_PROXY: 'true',
      // info: the store's switch to memory and back are logged at warn and info.
      LOG_LEVEL: 'info',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'undersigned-fault-server-')),
    });
    await waitForHealth(base, server);
    const health = async () => (await fetch(`${base}/health`)).json() as Promise<Record<string, unknown>>;
    expect(await health()).toEqual({ status: 'ok' });

    // Ten clients sign as fast as they can, each request from its own address (per-address
    // budgets stay out of the way) with its own email address.
    const answers: Answer[] = [];
    const started = Date.now();
    let stop = false;
    let n = 0;
    const client = async () => {
      while (!stop && n < MAX_REQUESTS && Date.now() - started < MAX_LOAD_MS) {
        const i = n++;
        const email = `fault-${i}-${uniq('s')}@example.org`;
        let answer: Answer;
        try {
          const res = await fetch(`${base}/api/v1/letters/${letter.slug}/signatures`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
            body: JSON.stringify({ kind: 'individual', name: SIGNER_NAME, email, country: 'GB' }),
            signal: AbortSignal.timeout(15_000),
          });
          await res.arrayBuffer();
          answer = { status: res.status, at: Date.now(), email, retryAfter: res.headers.get('retry-after') };
        } catch {
          answer = { status: 0, at: Date.now(), email, retryAfter: null };
        }
        answers.push(answer);
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    const acceptedPerSecond = (from: number, to: number) => (answers.filter((a) => a.status === 202 && a.at >= from && a.at < to).length * 1000) / (to - from);

    try {
      await sleep(1_000); // warm-up
      const before = Date.now();
      await sleep(WINDOW_MS);
      const rateWithRedis = acceptedPerSecond(before, Date.now());

      await redis.kill();
      await sleep(300);
      const during = Date.now();
      await sleep(WINDOW_MS);
      const rateWithoutRedis = acceptedPerSecond(during, Date.now());
      const degraded = await health();

      await redis.restart();
      await waitFor(async () => ((await health()).status === 'ok' ? true : undefined), 15_000);

      const restartAt = Date.now();
      await pg.restart();
      // Under load until well after it is back, so that the pool's recovery is measured too.
      await waitFor(async () => ((await health()).status === 'ok' ? true : undefined), 15_000);
      await sleep(1_500);
      stop = true;
      await Promise.all(clients);

      const statuses = new Map<number, number>();
      for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      const summary = JSON.stringify(Object.fromEntries(statuses));
      console.log(`fault test: ${answers.length} answers ${summary}; signing ${rateWithRedis.toFixed(0)}/s with Redis, ${rateWithoutRedis.toFixed(0)}/s without`);

      expect(rateWithoutRedis / rateWithRedis, `${rateWithoutRedis}/s without Redis against ${rateWithRedis}/s`).toBeGreaterThanOrEqual(0.5);
      expect(degraded).toEqual({ status: 'degraded', database: 'ok', rateLimitStore: 'memory' });
      // No 500, no cut connection: 202, or 503 with Retry-After while PostgreSQL restarts.
      expect(
        [...statuses.keys()].filter((s) => s !== 202 && s !== 503),
        summary,
      ).toEqual([]);
      const unavailable = answers.filter((a) => a.status === 503);
      expect(unavailable.filter((a) => a.at < restartAt)).toEqual([]);
      expect(unavailable.filter((a) => a.retryAfter === null)).toEqual([]);
      // Signing went on after the restart.
      expect(answers.filter((a) => a.status === 202 && a.at > restartAt).length).toBeGreaterThan(0);

      // Every 202 is in the database.
      const [row] = await database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, letter.slug));
      const stored = await database.db.select({ emailIndex: signatures.emailIndex }).from(signatures).where(eq(signatures.letterId, row!.id));
      const indexes = new Set(stored.map((s) => s.emailIndex));
      const accepted = answers.filter((a) => a.status === 202);
      expect(accepted.filter((a) => !indexes.has(sealer.index(canonicalEmail(a.email)))).map((a) => a.email)).toEqual([]);

      // The switch to memory and back, said once each; and no signer's name in the log.
      const { stdout, stderr } = server.output();
      const log = `${stdout}\n${stderr}`;
      const storeLines = log.split('\n').filter((l) => l.includes('rate limit store'));
      expect(
        storeLines.filter((l) => l.includes('redis is unreachable')),
        storeLines.join('\n'),
      ).toHaveLength(1);
      expect(
        storeLines.filter((l) => l.includes('redis is back')),
        storeLines.join('\n'),
      ).toHaveLength(1);
      expect(log).not.toContain(SIGNER_NAME);
    } finally {
      stop = true;
      await Promise.all(clients);
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 150_000);
});

const ONE_LINE = /^undersigned: the database does not answer \(connect ECONNREFUSED [^)]*\): is PostgreSQL running, and DATABASE_URL right\?\n$/;

describe('a server started while its database does not answer', () => {
  it('exits with one line saying so, not a stack trace', async () => {
    const closedPort = await freePort();
    const proc = start('server/main.ts', [], {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPort}/undersigned`,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'undersigned-fault-server-')),
      PORT: String(await freePort()),
    });
    expect(await proc.exited).toBe(1);
    expect(proc.output().stderr).toMatch(ONE_LINE);
  });

  it('so does the CLI', async () => {
    const closedPort = await freePort();
    const res = await runCli(['organizer', 'add', 'someone@example.org'], {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPort}/undersigned`,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'undersigned-fault-cli-')),
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(ONE_LINE);
  });
});
