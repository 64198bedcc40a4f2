import { generateKeyPairSync, sign as ed25519Sign } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { ledgerCosignatures, ledgerKeys, letters, witnessedLogs } from '../server/db/schema.js';
import { checkpointText, cosignedMessage, encodeVkey, entryHash, openCheckpoint, openNote, parseCheckpoint, parseNote, parseVkey, SIG_COSIGNATURE, sha256 } from '../public/verify-ledger.mjs';
import { FAST_OUTBOX, openTestDatabase, type TestContext, testConfig } from './helpers/app.js';
import { TestClock } from './helpers/clock.js';
import { organizerWithLetter, signAndConfirm } from './helpers/flows.js';
import { freePort, verifier } from './helpers/process.js';
import { forwardingProxy } from './helpers/proxy.js';
import { individual } from './helpers/signers.js';
import { TestSmtp } from './helpers/smtp.js';

/**
 * Instances witnessing each other's letters (server/ledger/witness.ts), and witnesses running the
 * standalone verifier comparing what a forking server showed each of them. Every instance is the
 * real app on a database of its own, listening on a port of its own.
 */

let smtp: TestSmtp;
const opened: Instance[] = [];
const proxies: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  smtp = await new TestSmtp().start();
});
afterAll(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  for (const instance of opened.splice(0)) {
    await instance.app.close();
    await instance.database.close();
  }
  await smtp?.close();
});

interface Instance extends TestContext {
  /** Where it listens: its PUBLIC_URL in part A. */
  base: string;
  /** Every URL its witness fetched or posted to. */
  fetched: string[];
  /** While set, what its witness gets instead of the peer's answer (undefined: the answer). */
  intercept?: (url: string) => Response | undefined;
}

/**
 * One instance: its own database (a fresh PostgreSQL database or in-memory PGlite), its own port,
 * witnessing rounds only when the test runs one. `beforeStart` runs on the database before the
 * app opens it.
 */
async function instance(options: { port?: number; env?: Record<string, string>; beforeStart?: (database: TestContext['database']) => Promise<void> } = {}): Promise<Instance> {
  const port = options.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const config = testConfig({ SMTP_URL: smtp.url, PUBLIC_URL: base, ...options.env });
  const database = await openTestDatabase(config);
  await options.beforeStart?.(database);
  const clock = new TestClock();
  const fetched: string[] = [];
  const recording: typeof fetch = async (input, init) => {
    fetched.push(String(input));
    return ctx.intercept?.(String(input)) ?? fetch(input, init);
  };
  let app: FastifyInstance | undefined;
  let ctx: Instance;
  try {
    app = await buildApp(config, {
      database,
      logger: false,
      outbox: FAST_OUTBOX,
      rateLimits: { scale: 1000 },
      clock,
      maintenance: { intervalMs: 0 },
      publisher: { intervalMs: 0 },
      witness: { intervalMs: 0, fetch: recording },
    });
    await app.listen({ port, host: '127.0.0.1' });
  } catch (err) {
    await app?.close();
    await database.close();
    throw err;
  }
  ctx = { app, config, database, http: supertest(app.server), smtp, clock, options: {}, base, fetched };
  opened.push(ctx);
  return ctx;
}

/** Rows of a raw statement, whichever driver ran it. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

async function letterIdOf(on: Instance, slug: string) {
  const [row] = await on.database.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
  return row!.id;
}

async function wellKnown(on: Instance) {
  return (await on.http.get('/.well-known/undersigned-ledger').expect(200)).body as { keys: Array<{ vkey: string; purpose: string }>; logs: Array<{ origin: string }> };
}

const keyOf = async (on: Instance, purpose: 'log' | 'witness') => parseVkey((await wellKnown(on)).keys.find((k) => k.purpose === purpose)!.vkey);

const checkpointOf = async (on: Instance, slug: string) => (await on.http.get(`/api/v1/letters/${slug}/ledger/checkpoint`).expect(200)).text;

const cosignaturesOf = async (on: Instance, slug: string) =>
  on.database.db
    .select()
    .from(ledgerCosignatures)
    .where(eq(ledgerCosignatures.letterId, await letterIdOf(on, slug)));

/** Confirmed signatures with distinct names (the same name twice would wait for a moderator). */
async function signers(on: Instance, slug: string, names: string[]) {
  for (const name of names) await signAndConfirm(on, slug, individual({ name }));
}

describe('instances witnessing each other', () => {
  let a: Instance;
  let b: Instance;
  let slug: string;

  beforeAll(async () => {
    // Each names the other as its peer; B's port is chosen first so that A knows its address.
    const portB = await freePort();
    a = await instance({ env: { WITNESS_PEERS: `http://127.0.0.1:${portB}` } });
    b = await instance({ port: portB, env: { WITNESS_PEERS: a.base } });
  });

  it("B checks and cosigns A's heads, A serves the cosignature; a head that does not extend the one B saw is refused and kept as evidence", async () => {
    // A fresh instance: its first head is signed before anything read its keys (on PGlite, loading
    // them inside the chaining transaction once hung the confirmation forever).
    ({ slug } = await organizerWithLetter(a, { moderatedKinds: [] }));
    await signers(a, slug, ['Ada First', 'Bea Second', 'Cem Third']);
    const origin = `127.0.0.1:${new URL(a.base).port}/letters/${slug}`;

    // B's round: A's published logs, A's head checked against A's key, cosigned, handed to A.
    const first = await b.app.witness.round();
    expect(first).toEqual({ cosigned: 1, unchanged: 0, problems: [] });
    expect(b.fetched).toContain(`${a.base}/.well-known/undersigned-ledger`);
    expect(b.fetched).toContain(`${a.base}/api/v1/letters/${slug}/ledger/cosignatures`);

    const aLog = await keyOf(a, 'log');
    const bWitness = await keyOf(b, 'witness');
    expect(bWitness.name).toBe(`127.0.0.1:${new URL(b.base).port}/witness`);
    const served = await checkpointOf(a, slug);
    const head = openCheckpoint(served, [aLog, bWitness]);
    expect(head).toMatchObject({ origin, size: 3 });
    expect(head.cosigned).toHaveLength(1);
    const [cosignature] = openNote(served, [bWitness]).verified;
    expect(cosignature!.key.vkey).toBe(bWitness.vkey);
    // The letter's JSON says a witness cosigned its latest head.
    const at = new Date(cosignature!.timestamp! * 1000).toISOString();
    let letter = (await a.http.get(`/api/v1/letters/${slug}`).expect(200)).body;
    expect(letter.ledger.witnesses).toEqual({ count: 1, treeSize: 3, at });
    // And so does the page for checking the list, to every reader.
    const page = (await a.http.get(`/letters/${slug}/verify`).expect(200)).text;
    expect(page).toContain('1 independent witness checked that it only grew, and cosigned its first 3 entries');
    // B keeps what it saw.
    const [seen] = await b.database.db.select().from(witnessedLogs).where(eq(witnessedLogs.origin, origin));
    expect(seen).toMatchObject({ treeSize: 3, rootHash: head.root.toString('hex'), evidence: null, url: `${a.base}/letters/${slug}` });

    // Nothing new: nothing to cosign.
    expect(await b.app.witness.round()).toEqual({ cosigned: 0, unchanged: 1, problems: [] });

    // More signatures: B asks A to prove the new head extends the one it saw, then cosigns it.
    await signers(a, slug, ['Dan Fourth', 'Eve Fifth']);
    b.fetched.length = 0;
    expect(await b.app.witness.round()).toEqual({ cosigned: 1, unchanged: 0, problems: [] });
    expect(b.fetched).toContain(`${a.base}/api/v1/letters/${slug}/ledger/proof/consistency?from=3&to=5`);
    const second = openCheckpoint(await checkpointOf(a, slug), [aLog, bWitness]);
    expect(second).toMatchObject({ size: 5 });
    expect(second.cosigned).toHaveLength(1);
    letter = (await a.http.get(`/api/v1/letters/${slug}`).expect(200)).body;
    expect(letter.ledger.witnesses).toMatchObject({ count: 1, treeSize: 5 });
    expect(await cosignaturesOf(a, slug)).toHaveLength(2);

    // A cosignature by a key A does not know as a peer's witness key: refused, nothing kept.
    const stranger = generateKeyPairSync('ed25519');
    const strangerKey = parseVkey(encodeVkey('stranger.example/witness', SIG_COSIGNATURE, Buffer.from(stranger.publicKey.export({ format: 'jwk' }).x!, 'base64url')));
    const timestamp = Math.floor(Date.now() / 1000);
    const stamp = Buffer.alloc(8);
    stamp.writeBigUInt64BE(BigInt(timestamp));
    const forged = Buffer.concat([strangerKey.id, stamp, ed25519Sign(null, Buffer.from(cosignedMessage(second.text, timestamp)), stranger.privateKey)]);
    const strangerLine = `— ${strangerKey.name} ${forged.toString('base64')}\n`;
    const [logLine] = parseNote(await checkpointOf(a, slug)).signatures;
    const unknown = await a.http.post(`/api/v1/letters/${slug}/ledger/cosignatures`).send({ checkpoint: `${second.text}\n${logLine!.line}${strangerLine}` });
    expect(unknown.status).toBe(403);
    expect(unknown.body.code).toBe('UNKNOWN_WITNESS');
    // Slipped in beside B's own line, it is ignored.
    const mixed = await a.http.post(`/api/v1/letters/${slug}/ledger/cosignatures`).send({ checkpoint: `${await checkpointOf(a, slug)}${strangerLine}` });
    expect(mixed.body).toEqual({ accepted: 0 });
    // A head A never signed, cosigned by B's real key: refused, nothing kept.
    const fakeText = checkpointText(origin, 5, Buffer.alloc(32, 7));
    const { line } = await b.app.ledger.keys.cosign(fakeText, new Date());
    const neverSigned = await a.http.post(`/api/v1/letters/${slug}/ledger/cosignatures`).send({ checkpoint: `${fakeText}\n${line}` });
    expect(neverSigned.status).toBe(409);
    expect(neverSigned.body.code).toBe('UNKNOWN_HEAD');
    expect(await cosignaturesOf(a, slug)).toHaveLength(2);
    expect(openCheckpoint(await checkpointOf(a, slug), [aLog, bWitness, strangerKey]).cosigned.map((c) => c.key.vkey)).toEqual([bWitness.vkey]);

    // The attack: whoever holds A's database rewrites an entry B has cosigned, re-chains the
    // entries after it and drops the signed heads, so that A's next head is built on the new tree.
    const id = await letterIdOf(a, slug);
    await a.database.db.execute(sql`alter table ledger_entries disable trigger ledger_entries_append_only`);
    await a.database.db.execute(sql`alter table ledger_heads disable trigger ledger_heads_append_only`);
    try {
      const entries = rowsOf<{ id: string; position: number; event: string; ref: string; day: string; content_hash: string | null; prev_hash: string }>(
        await a.database.db.execute(sql`select id, position, event, ref, day, content_hash, prev_hash from ledger_entries where letter_id = ${id} order by position`),
      );
      let prev = entries[0]!.prev_hash;
      for (const e of entries) {
        const contentHash = e.position === 2 ? sha256('{"name":"Someone Else"}') : e.content_hash;
        const hash = entryHash(prev, { position: e.position, event: e.event, ref: e.ref, day: e.day, contentHash });
        await a.database.db.execute(sql`update ledger_entries set content_hash = ${contentHash}, content = null, prev_hash = ${prev}, hash = ${hash} where id = ${e.id}`);
        prev = hash;
      }
      await a.database.db.execute(sql`delete from ledger_heads where letter_id = ${id}`);
    } finally {
      await a.database.db.execute(sql`alter table ledger_entries enable trigger ledger_entries_append_only`);
      await a.database.db.execute(sql`alter table ledger_heads enable trigger ledger_heads_append_only`);
    }
    await signers(a, slug, ['Fay Sixth']);
    const rewritten = await checkpointOf(a, slug);
    expect(openCheckpoint(rewritten, [aLog])).toMatchObject({ size: 6 });

    // B's next round: the new head does not extend the one it cosigned. No cosignature; evidence kept.
    const attacked = await b.app.witness.round();
    expect(attacked.cosigned).toBe(0);
    expect(attacked.problems).toHaveLength(1);
    expect(attacked.problems[0]).toBe(`${origin}: rewritten: the head of 6 entries does not extend the head of 5 seen before`);
    const [evidence] = await b.database.db.select().from(witnessedLogs).where(eq(witnessedLogs.origin, origin));
    expect(evidence!.evidence).toMatchObject({ seen: rewritten, problem: 'rewritten: the head of 6 entries does not extend the head of 5 seen before' });
    expect(parseCheckpoint(parseNote(evidence!.evidence!.previous).text)).toMatchObject({ size: 5, root: second.root });
    // What B still holds as the last good head is the one it cosigned.
    expect(evidence).toMatchObject({ treeSize: 5, rootHash: second.root.toString('hex') });
    const after = await checkpointOf(a, slug);
    expect(parseNote(after).signatures).toHaveLength(1);
    expect(openCheckpoint(after, [aLog, bWitness]).cosigned).toEqual([]);
    expect((await a.http.get(`/api/v1/letters/${slug}`).expect(200)).body.ledger.witnesses).toMatchObject({ treeSize: 5 });

    // And it stays refused: B never cosigns that log again, even once it grows on.
    await signers(a, slug, ['Gil Seventh']);
    const later = await b.app.witness.round();
    expect(later).toMatchObject({ cosigned: 0, problems: [expect.stringContaining(`${origin}: not cosigned: rewritten`)] });
    expect(openCheckpoint(await checkpointOf(a, slug), [aLog, bWitness]).cosigned).toEqual([]);
    expect(await cosignaturesOf(a, slug)).toHaveLength(2);
  });

  it('a cosignature the peer did not take is handed in again at the next round', async () => {
    const { slug: other } = await organizerWithLetter(a, { moderatedKinds: [] });
    await signers(a, other, ['Hal Only']);
    const origin = `127.0.0.1:${new URL(a.base).port}/letters/${other}`;
    const bWitness = await keyOf(b, 'witness');
    const mine = (problems: string[]) => problems.filter((p) => p.startsWith(`${origin}:`));

    // A is down when B hands its cosignature in.
    b.intercept = (url) => (url.endsWith(`/letters/${other}/ledger/cosignatures`) ? new Response('maintenance', { status: 503 }) : undefined);
    try {
      expect(mine((await b.app.witness.round()).problems)).toEqual([`${origin}: the peer refused the cosignature: HTTP 503 maintenance`]);
    } finally {
      b.intercept = undefined;
    }
    expect(openNote(await checkpointOf(a, other), [bWitness]).verified).toEqual([]);

    // Nothing new on A, but its head still lacks B's cosignature: B hands it in again, once.
    const again = await b.app.witness.round();
    expect(mine(again.problems)).toEqual([]);
    expect(openNote(await checkpointOf(a, other), [bWitness]).verified).toHaveLength(1);
    expect((await a.http.get(`/api/v1/letters/${other}`).expect(200)).body.ledger.witnesses).toMatchObject({ count: 1, treeSize: 1 });
    b.fetched.length = 0;
    await b.app.witness.round();
    expect(b.fetched).not.toContain(`${a.base}/api/v1/letters/${other}/ledger/cosignatures`);
  });

  it("fetches nothing a peer names outside its own address (a peer cannot aim the witness at the witness's network)", async () => {
    const inside = 'http://169.254.169.254/latest/meta-data';
    b.intercept = (url) =>
      url === `${a.base}/.well-known/undersigned-ledger` ? Response.json({ keys: [], logs: [{ origin: 'a/letters/x', url: `${inside}/letters/x`, checkpoint: `${inside}/checkpoint` }] }) : undefined;
    b.fetched.length = 0;
    try {
      const report = await b.app.witness.round();
      expect(report.problems).toContain(`${a.base}: the log a/letters/x is served from outside the peer (${inside}/checkpoint); not fetched`);
      expect(b.fetched.filter((u) => u.startsWith(inside))).toEqual([]);
    } finally {
      b.intercept = undefined;
    }
  });
});

/**
 * A compromised server serving two views: two ports, each forwarding to an instance of its own.
 * Returns the two addresses.
 */
async function forkingProxy(first: Instance, second: Instance): Promise<[string, string]> {
  const [one, two] = [await forwardingProxy(first.base), await forwardingProxy(second.base)];
  proxies.push(one, two);
  return [one.url, two.url];
}

describe('witnesses comparing two views of a forked log', () => {
  let one: Instance;
  let two: Instance;
  let ports: [string, string];
  const PUBLIC_URL = 'http://petitions.example';

  beforeAll(async () => {
    // Two databases behind one name and one log key: the second gets the first's sealed keys
    // before it signs anything (and the same SECRET_KEY opens them).
    one = await instance({ env: { PUBLIC_URL } });
    await one.app.ledger.keys.published();
    const keys = await one.database.db.select().from(ledgerKeys);
    expect(keys.map((k) => k.purpose).sort()).toEqual(['log', 'witness']);
    two = await instance({
      env: { PUBLIC_URL },
      beforeStart: async (database) => {
        await database.db.insert(ledgerKeys).values(keys);
      },
    });
    const vkeys = async (on: Instance) => (await wellKnown(on)).keys.map((k) => k.vkey).sort();
    expect(await vkeys(two)).toEqual(await vkeys(one));
    ports = await forkingProxy(one, two);
  });

  /** The same slug on both instances, signed by different people. */
  async function forkedLetter(namesOne: string[], namesTwo: string[]) {
    const { slug } = await organizerWithLetter(one, { moderatedKinds: [] });
    await organizerWithLetter(two, { moderatedKinds: [], slug });
    await signers(one, slug, namesOne);
    await signers(two, slug, namesTwo);
    return slug;
  }

  /** Each witness alone, through its own port: a consistent, validly signed view. */
  async function witnessBoth(slug: string) {
    const dirs = [mkdtempSync(join(tmpdir(), 'witness-1-')), mkdtempSync(join(tmpdir(), 'witness-2-'))] as const;
    for (const [i, dir] of dirs.entries()) {
      const seen = await verifier([`${ports[i]}/letters/${slug}`, '--witness', dir]);
      expect(seen.stdout).toContain('OK: the chain is intact');
      expect(seen.stdout).toContain(`signed head: petitions.example/letters/${slug}`);
      expect(seen.code).toBe(0);
    }
    return dirs;
  }

  it('the same size with different roots: the comparison reports the fork', async () => {
    const slug = await forkedLetter(['Ann Real', 'Ben Real'], ['Ann Real', 'Zed Planted']);
    const [heads1, heads2] = await Promise.all([checkpointOf(one, slug), checkpointOf(two, slug)]);
    const [h1, h2] = [parseCheckpoint(parseNote(heads1).text), parseCheckpoint(parseNote(heads2).text)];
    // One origin, one key, one size: only the roots tell the views apart.
    expect(h1.origin).toBe(h2.origin);
    expect(h1.size).toBe(2);
    expect(h2.size).toBe(2);
    expect(h1.root).not.toEqual(h2.root);

    const [dir1, dir2] = await witnessBoth(slug);
    const compared = await verifier(['--witness', dir1, '--compare', dir2]);
    expect(compared.stdout).toContain('INCONSISTENT');
    expect(compared.stdout).toContain(
      `petitions.example/letters/${slug}: the two witnesses were shown different trees of 2 entries (roots ${h1.root.toString('hex')} and ${h2.root.toString('hex')}): the log forked its list`,
    );
    expect(compared.code).toBe(1);
  });

  it('different sizes: the consistency proof the log gives cannot join the two heads, whichever witness asks', async () => {
    const slug = await forkedLetter(['Cat Real', 'Dov Real'], ['Cat Real', 'Yan Planted', 'Xia Planted']);
    const [dir1, dir2] = await witnessBoth(slug);
    for (const [mine, theirs] of [
      [dir1, dir2],
      [dir2, dir1],
    ]) {
      const compared = await verifier(['--witness', mine!, '--compare', theirs!]);
      expect(compared.stdout).toMatch(new RegExp(`petitions\\.example/letters/${slug}: the witnesses' heads of 2 and 3 entries cannot both be true .*: the log forked its list`));
      expect(compared.code).toBe(1);
    }
  });

  it('two witnesses shown one history agree', async () => {
    // The control: both ports forward to the same view, so the comparison can also say yes.
    const { slug } = await organizerWithLetter(one, { moderatedKinds: [] });
    await signers(one, slug, ['Eli Only', 'Fen Only']);
    const dirs = [mkdtempSync(join(tmpdir(), 'witness-1-')), mkdtempSync(join(tmpdir(), 'witness-2-'))];
    expect((await verifier([`${ports[0]}/letters/${slug}`, '--witness', dirs[0]!])).code).toBe(0);
    await signers(one, slug, ['Gus Later']);
    expect((await verifier([`${ports[0]}/letters/${slug}`, '--witness', dirs[1]!])).code).toBe(0);
    const compared = await verifier(['--witness', dirs[0]!, '--compare', dirs[1]!]);
    expect(compared.stdout).toContain('saw one history');
    expect(compared.code).toBe(0);
  });
});
