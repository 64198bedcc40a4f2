import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { InboundOptions } from '../../server/plugins/inbound.js';
import { type Config, loadConfig } from '../../server/config.js';
import { createDatabase, type Database } from '../../server/db/client.js';
import { addOrganizer } from '../../server/organizers/service.js';
import type { OutboxPluginOptions } from '../../server/plugins/outbox.js';
import type { RateLimitOptions } from '../../server/plugins/rate-limit.js';
import { TestClock } from './clock.js';
import { TestSmtp } from './smtp.js';

/** Which database this run of the suite uses (see vitest.config.ts). */
export const DRIVER: 'postgres' | 'pglite' = process.env.TEST_DB === 'pglite' ? 'pglite' : 'postgres';
/** Set by whoever runs the suite (CI: the machine's server), or else by the embedded server of test/helpers/embedded-postgres.ts. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? '';

function testDatabaseUrl() {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is unset: this project of vitest.config.ts has no globalSetup to start a PostgreSQL');
  return TEST_DATABASE_URL;
}

const pick = (from: Record<string, string | undefined>, names: string[]) => Object.fromEntries(names.flatMap((name) => (from[name] ? [[name, from[name]]] : [])));

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'undersigned-test-')),
    SECRET_KEY: 'test-secret-key-that-is-long-enough-0123456789',
    PUBLIC_URL: 'http://undersigned.test',
    // Most tests read the list right after a confirmation; test/publication.test.ts tests batches.
    PUBLISH_BATCH_SECONDS: '0',
    // Likewise the PDF: test/pdf.test.ts tests serving the edition before while one renders.
    PDF_STALE_SECONDS: '0',
    ...(DRIVER === 'postgres' ? { DATABASE_URL: testDatabaseUrl() } : {}),
    // Which Chromium prints PDFs: CI runs the PDF tests once more with PDF_BROWSER=bundled.
    ...pick(process.env, ['PDF_BROWSER', 'CHROMIUM_PATH']),
    ...env,
  });
}

/**
 * A database of the test file's own, so that one file's outbox worker never sends another's
 * mail: a fresh PostgreSQL database created beside TEST_DATABASE_URL (dropped on close), or a
 * fresh in-memory PGlite.
 */
export async function openTestDatabase(config: Config): Promise<Database & { url: string | undefined }> {
  let databaseUrl = config.databaseUrl;
  let drop: (() => Promise<void>) | undefined;
  if (databaseUrl) {
    const name = `undersigned_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    drop = async () => {
      const client = new pg.Client({ connectionString: config.databaseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  const database = await createDatabase({ databaseUrl, dataDir: config.dataDir, pgliteDir: 'memory://', poolSize: 20 });
  await database.migrate();
  return {
    ...database,
    url: databaseUrl,
    async close() {
      await database.close();
      await drop?.();
    },
  };
}

export interface TestContext {
  app: FastifyInstance;
  config: Config;
  database: Database & { url: string | undefined };
  http: ReturnType<typeof supertest>;
  smtp: TestSmtp;
  /** The app's clock: tests move it past closing times and expiries (and it is put back after each test). */
  clock: TestClock;
  options: UseTestAppOptions;
}

/** Outbox timings for tests: messages leave at once and failures retry within a tenth of a second. */
export const FAST_OUTBOX: OutboxPluginOptions = { pollMs: 50, retryBaseMs: 100, retryMaxMs: 500 };

export interface UseTestAppOptions {
  /** Run a real SMTP server in the test process and point SMTP_URL at it. */
  smtp?: boolean;
  env?: Record<string, string>;
  outbox?: OutboxPluginOptions;
  /** Rate limit budgets; by default so high that only the rate-limit tests meet them. */
  rateLimits?: RateLimitOptions;
  /** Log to this stream (at the config's LOG_LEVEL) instead of not at all. */
  logStream?: NodeJS.WritableStream;
  /** The inbound SMTP listener's DNS (with INBOUND_SMTP_PORT in env). */
  inbound?: InboundOptions;
}

/** Builds the real app on the test database before the file's tests, and closes it after. */
export function useTestApp(options: UseTestAppOptions = {}): TestContext {
  const ctx = {} as TestContext;
  beforeAll(async () => {
    if (options.smtp) ctx.smtp = await new TestSmtp().start();
    ctx.config = testConfig({ ...(ctx.smtp ? { SMTP_URL: ctx.smtp.url } : {}), ...options.env });
    ctx.database = await openTestDatabase(ctx.config);
    ctx.app = await buildTestApp(ctx);
    ctx.http = supertest(ctx.app.server);
  });
  afterEach(() => ctx.clock.reset());
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.database?.close();
    await ctx.smtp?.close();
  });
  ctx.options = options;
  ctx.clock = new TestClock();
  return ctx;
}

/** Another instance of the app on the same database (a restart, or a second server). */
export async function buildTestApp(ctx: TestContext, outboxOptions?: OutboxPluginOptions) {
  const app = await buildApp(ctx.config, {
    database: ctx.database,
    logger: ctx.options?.logStream !== undefined,
    logStream: ctx.options?.logStream,
    outbox: { ...FAST_OUTBOX, ...ctx.options?.outbox, ...outboxOptions },
    rateLimits: ctx.options?.rateLimits ?? { scale: 1000 },
    clock: ctx.clock,
    inbound: ctx.options?.inbound,
    // Tests run retention and publication by hand, with a clock of their choosing.
    maintenance: { intervalMs: 0 },
    publisher: { intervalMs: 0 },
  });
  await app.ready();
  return app;
}

/** Fresh ids keep tests independent on a shared database without truncating tables. */
export const uniq = (prefix = 't') => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function newOrganizer(ctx: TestContext, name = 'Test Organizer') {
  const email = `${uniq('org')}@example.org`;
  const { organizer, token } = await addOrganizer({ db: ctx.app.db, tokens: ctx.app.tokens }, { email, name });
  return { organizer, token, auth: { Authorization: `Bearer ${token}` } };
}

export const letterInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Reject the candidate for Interpol President',
  body: 'We, the undersigned legislators, urge the member states of Interpol to **reject** the candidate.',
  addressee: 'The member states of Interpol',
  slug: uniq('letter'),
  ...overrides,
});

/** Creates a letter through the API (and publishes it unless told not to); returns its JSON. */
export async function newLetter(ctx: TestContext, auth: Record<string, string>, overrides: Record<string, unknown> = {}, { publish = true } = {}) {
  const created = await ctx.http.post('/api/v1/letters').set(auth).send(letterInput(overrides)).expect(201);
  if (!publish) return created.body;
  const published = await ctx.http.post(`/api/v1/letters/${created.body.slug}/publish`).set(auth).expect(200);
  return published.body;
}

/** The CSRF token of the first form on a page. */
export function csrfTokenIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF token on the page');
  return match[1];
}

/**
 * Submits a form as a browser does: loads the page holding it (receiving the CSRF cookie and
 * token, on a private page; public pages have neither), then posts the fields with that token,
 * with the same cookies.
 */
export async function submitForm(ctx: TestContext, pagePath: string, action: string, fields: Record<string, unknown>) {
  const agent = supertest.agent(ctx.app.server);
  const page = await agent.get(pagePath).expect(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
  return agent
    .post(action)
    .type('form')
    .send({ ...fields, ...(token ? { _csrf: token } : {}) });
}
