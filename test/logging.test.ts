import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { testConfig, useTestApp } from './helpers/app.js';
import { organizerWithLetter } from './helpers/flows.js';

/** Every line the app logs, as the operator's log collector would receive it. */
const lines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

const ctx = useTestApp({ logStream, env: { LOG_LEVEL: 'trace' } });
beforeEach(() => {
  lines.length = 0;
});

const secret = () => randomBytes(32).toString('base64url');

describe('the request log', () => {
  it("never holds a link's token, whatever the route, case, slashes or query", async () => {
    const token = secret();
    const paths = [
      ...['confirm', 'withdraw', 'reconsent', 'erase', 'login', 'invitations'].flatMap((p) => [`/${p}/${token}`, `/${p}/${token}?t=${token}`]),
      `/CONFIRM/${token}`,
      `//confirm/${token}`,
      `/confirm//${token}`,
      `/confirm/%zz${token}`,
      `/Login/${token}?next=${token}`,
      `/nothing/here/${token}`,
      `/letters/x?token=${token}`,
      // Pasted where a public identifier goes: not a slug or an id, so not logged as one.
      `/letters/${token}`,
      `/api/v1/letters/${token}/ledger`,
      `/api/v1/auth/sessions/${token}/revoke`,
    ];
    for (const path of paths) {
      await ctx.http.get(path);
      await ctx.http.post(path).type('form').send({ _csrf: 'x' });
    }
    expect(lines.length).toBeGreaterThan(paths.length * 2);
    expect(lines.filter((l) => l.includes(token))).toEqual([]);
    // Still useful: the route a request took, with its public parameters.
    expect(lines.some((l) => l.includes('"url":"/confirm/:token"'))).toBe(true);
    expect(lines.some((l) => l.includes('"url":"/letters/x"'))).toBe(true);
  });

  it('names the public parameters and drops the query on routes that have no secret', async () => {
    const { slug } = await organizerWithLetter(ctx);
    await ctx.http.get(`/api/v1/letters/${slug}/signatures?country=IQ&name=Nadia`).expect(200);
    const incoming = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'incoming request');
    expect(incoming.at(-1).req).toEqual({ method: 'GET', url: `/api/v1/letters/${slug}/signatures` });
  });
});

describe('numeric parameters', () => {
  it('a position beyond any ledger is a 400 naming the field, not a database error', async () => {
    const { slug } = await organizerWithLetter(ctx);
    const res = await ctx.http.get(`/api/v1/letters/${slug}/ledger?after=99999999999`).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'after' });
    await ctx.http.get(`/api/v1/letters/${slug}/ledger?after=2147483647`).expect(200);
    expect(lines.filter((l) => JSON.parse(l).level >= 50)).toEqual([]);
  });
});

describe('a logged database error', () => {
  it('carries its code and place but none of the values the query was about', async () => {
    const name = 'Nadia Murad';
    const address = 'nadia.murad@example.org';
    const errors: unknown[] = [];
    await ctx.app.db.execute(sql`select ${name}::int, ${address}`).catch((err: unknown) => errors.push(err));
    await ctx.app.db.execute(sql`select ${address}::uuid`).catch((err: unknown) => errors.push(err));
    expect(errors).toHaveLength(2);
    for (const err of errors) ctx.app.log.error({ err }, 'database failed');
    const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'database failed');
    expect(logged).toHaveLength(2);
    for (const line of logged) {
      const text = JSON.stringify(line);
      expect(text).not.toContain('Nadia');
      expect(text).not.toContain('nadia');
      expect(text).not.toMatch(/params|parameters/);
      expect(line.err.query).toMatch(/select \$1/);
      expect(line.err.stack).toMatch(/^\s+at /);
    }
    // The cause says what went wrong, with the value cut out.
    expect(logged[0].err.cause).toMatchObject({ code: '22P02', message: 'invalid input syntax for type integer: "…"' });
  });
});

describe('start-up', () => {
  async function startUpLines(env: Record<string, string>) {
    const own: { level: number; msg: string }[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        own.push(
          ...String(chunk)
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l)),
        );
        done();
      },
    });
    const app = await buildApp(testConfig(env), { database: ctx.database, logStream: stream, outbox: { autostart: false }, maintenance: { intervalMs: 0 } });
    await app.ready();
    // Requests after start-up add no warning of their own.
    for (let i = 0; i < 3; i++) await app.inject({ url: '/health', headers: { 'x-forwarded-for': '203.0.113.9' } });
    await app.close();
    return own;
  }

  it('warns once when TRUST_PROXY=true, which believes any X-Forwarded-For; not for a hop count or a list', async () => {
    const warned = (await startUpLines({ TRUST_PROXY: 'true' })).filter((l) => l.msg.includes('TRUST_PROXY'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ level: 40 });
    expect(warned[0]!.msg).toMatch(/TRUST_PROXY=1/);
    for (const value of ['1', '10.0.0.0/8']) {
      expect((await startUpLines({ TRUST_PROXY: value })).filter((l) => l.msg.includes('TRUST_PROXY'))).toEqual([]);
    }
  });
});
