import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { FastifyError, FastifyInstance } from 'fastify';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { databaseUnavailable, toErrorBody } from '../../server/errors.js';
import { createLetter, publishLetter } from '../../server/letters/service.js';
import { systemClock } from '../../server/clock.js';
import { addOrganizer } from '../../server/organizers/service.js';
import { openTestDatabase, TEST_DATABASE_URL, testConfig, uniq } from '../helpers/app.js';
import { waitFor } from '../helpers/process.js';
import { CuttableLink } from '../helpers/services.js';
import { individual } from '../helpers/signers.js';

/**
 * A database that is down or restarting is a 503 with Retry-After in the error shape, never a
 * 500, and the app recovers by itself when it returns: the app reaches its (real) PostgreSQL
 * through a link the test cuts. And a session PostgreSQL terminates (57P01, what a restart sends
 * every session) is recognised through drizzle's wrapping.
 */

describe('the app while its PostgreSQL is unreachable', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let link: CuttableLink;
  let app: FastifyInstance;
  let http: ReturnType<typeof supertest>;
  beforeAll(async () => {
    database = await openTestDatabase(testConfig());
    const direct = new URL(database.url!);
    link = await CuttableLink.to({ host: direct.hostname, port: Number(direct.port || 5432) });
    const throughLink = new URL(direct);
    throughLink.port = String(link.port);
    app = await buildApp(testConfig({ DATABASE_URL: throughLink.toString() }), {
      logger: false,
      outbox: { autostart: false },
      maintenance: { intervalMs: 0 },
      rateLimits: { scale: 1000 },
    });
    await app.ready();
    http = supertest(app.server);
  });
  afterAll(async () => {
    await app?.close();
    await link?.cut();
    await database?.close();
  });

  const listeners = async () => {
    const result = await database.db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'undersigned-listen'`);
    return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
  };

  it('answers 503 with Retry-After in the error shape (API, pages, /health), then recovers by itself', async () => {
    const { organizer } = await addOrganizer({ db: database.db, tokens: app.tokens }, { email: `${uniq('o')}@example.org` });
    const letter = await createLetter({ db: database.db, now: systemClock.now }, organizer.id, { title: 'Outage', body: 'Text.', addressee: 'Someone', moderatedKinds: [] });
    await publishLetter({ db: database.db, now: systemClock.now }, organizer.id, letter.slug);
    const sign = () => http.post(`/api/v1/letters/${letter.slug}/signatures`).send(individual());
    await sign().expect(202);
    expect(await listeners()).toBe(1);

    await link.cut();
    // Long enough that the first attempts to listen again fail too.
    await new Promise((r) => setTimeout(r, 2_500));
    const refused = await sign();
    expect(refused.status).toBe(503);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'DATABASE_UNAVAILABLE',
      message: expect.stringMatching(/try again/),
    });
    const page = await http.get(`/letters/${letter.slug}`).set('Accept', 'text/html');
    expect(page.status).toBe(503);
    expect(page.headers['retry-after']).toBeDefined();
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const health = await http.get('/health');
    expect(health.status).toBe(503);
    expect(health.headers['retry-after']).toBeDefined();
    expect(health.body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', status: 'down', database: 'down' });
    expect(health.body).not.toHaveProperty('rateLimitStore'); // no REDIS_URL

    await link.mend();
    await waitFor(async () => ((await http.get('/health')).status === 200 ? true : undefined));
    expect((await http.get('/health')).body).toEqual({ status: 'ok' });
    await sign().expect(202);
    // And it listens for other instances' changes again (its public cache would go stale otherwise).
    await waitFor(async () => ((await listeners()) === 1 ? true : undefined), 20_000);
  }, 40_000);
});

describe('a session PostgreSQL terminates', () => {
  it('is a 503, read through the query error drizzle wraps around it, and its description carries no parameter', async () => {
    const victim = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await victim.connect();
    victim.on('error', () => {});
    const { rows } = await victim.query<{ pid: number }>('select pg_backend_pid() as pid');
    const secretName = `Signer ${uniq('name')}`;
    const failed = drizzle(victim)
      .execute(sql`select pg_sleep(30), ${secretName}::text`)
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
    await admin.end();

    const err = (await failed) as Error;
    expect(err.message).toContain(secretName); // drizzle's own message names the parameters
    expect(toErrorBody(err as FastifyError)).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(databaseUnavailable(err)).toEqual({ code: '57P01', message: 'terminating connection due to administrator command' });
    await victim.end().catch(() => undefined);
  });

  it('query errors that are not about the connection stay what they were', async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    const err = await drizzle(client)
      .execute(sql`select 1/0`)
      .then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    await client.end();
    expect(databaseUnavailable(err)).toBeUndefined();
    expect(toErrorBody(err as FastifyError)).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
  });
});
