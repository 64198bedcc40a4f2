import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { signatures } from '../../server/db/schema.js';
import { recordEvents } from '../../server/ledger/chain.js';
import { createLetter, publishLetter } from '../../server/letters/service.js';
import { systemClock } from '../../server/clock.js';
import { addOrganizer } from '../../server/organizers/service.js';
import { Sealer } from '../../server/sealer.js';
import { TokenHasher } from '../../server/tokens.js';
import { openTestDatabase, testConfig, uniq } from '../helpers/app.js';
import { freePort, killAll, runCli, start, verifier, waitForHealth } from '../helpers/process.js';

/**
 * `npm run cli -- ledger verify` and the standalone verifier, as an operator and an outsider run
 * them, against the real server; and events a stopped server left unchained, chained at start-up.
 */

const SECRET = 'ledger-cli-secret-key-0123456789-abcdefgh';
const config = testConfig();
let database: Awaited<ReturnType<typeof openTestDatabase>>;

beforeAll(async () => {
  database = await openTestDatabase(config);
});
afterAll(async () => {
  await database?.close();
});
afterEach(killAll);

/** Rows of a raw statement, whichever driver ran it. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows as [T, ...T[]];

describe('ledger verification from the command line', () => {
  it('chains what a stopped server left, verifies an untouched letter, and names each tampered entry', async () => {
    const sealer = new Sealer(SECRET);
    const { organizer } = await addOrganizer({ db: database.db, tokens: new TokenHasher(SECRET) }, { email: `${uniq('o')}@example.org` });
    const letter = await createLetter({ db: database.db, now: systemClock.now }, organizer.id, { title: 'Ledger CLI', body: 'Text.', addressee: 'Someone', moderatedKinds: [] });
    await publishLetter({ db: database.db, now: systemClock.now }, organizer.id, letter.slug);
    const [{ id: letterId }] = rowsOf<{ id: string }>(await database.db.execute(sql`select id from letters where slug = ${letter.slug}`));

    // Three confirmations committed with their events, by a server that stopped before chaining them.
    const refs: string[] = [];
    for (const name of ['Ada First', 'Bea Second', 'Cem Third']) {
      await database.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(signatures)
          .values({
            letterId,
            letterVersion: 1,
            kind: 'individual',
            name,
            country: 'DE',
            emailSealed: sealer.seal(`${name}@example.org`),
            emailIndex: uniq('e'),
            status: 'confirmed',
            confirmedAt: new Date(),
            publishedAt: new Date(),
            namedAt: new Date(),
          })
          .returning({ id: signatures.id });
        await recordEvents(tx, letterId, [row!.id], 'confirmed', new Date());
        refs.push(row!.id);
      });
    }
    // The command line and the server share their settings, as on a real machine (PUBLIC_URL names the ledger's keys).
    const port = String(await freePort());
    const base = `http://127.0.0.1:${port}`;
    const env = { DATABASE_URL: database.url!, SECRET_KEY: SECRET, DATA_DIR: config.dataDir, LOG_LEVEL: 'error', PUBLIC_URL: base };
    const waiting = await runCli(['ledger', 'verify', letter.slug], env);
    expect(waiting.code).toBe(1);
    expect(waiting.stdout).toContain('note: 3 event(s) await chaining');

    // A starting server chains them.
    const server = start('server/main.ts', [], { ...env, PORT: port });
    await waitForHealth(base, server);
    const ledger = await (await fetch(`${base}/api/v1/letters/${letter.slug}/ledger`)).json();
    expect(ledger.length).toBe(3);

    const clean = await runCli(['ledger', 'verify', letter.slug], env);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(`${letter.slug}: 3 ledger entries, head ${ledger.head}`);
    expect(clean.stdout).toContain('OK: the chain is intact, and the public list (3 listed, 0 anonymous) matches it');
    const outside = await verifier([`${base}/letters/${letter.slug}`, '--head', ledger.head, '--receipt', `1:${ledger.entries[0].hash}`]);
    expect(outside.stdout).toContain('OK: the chain is intact');
    expect(outside.code).toBe(0);
    // Its signed head, against the key the PDF prints: trusted when given, refused under another key.
    const published = await (await fetch(`${base}/.well-known/undersigned-ledger`)).json();
    const logKey = published.keys.find((k: { purpose: string }) => k.purpose === 'log').vkey as string;
    expect(logKey).toMatch(/^127\.0\.0\.1:\d+\+[0-9a-f]{8}\+/);
    const pinned = await verifier([`${base}/letters/${letter.slug}`, '--key', logKey]);
    expect(pinned.stdout).toContain(`signed head: ${published.name}/letters/${letter.slug}, 3 entries, root ${ledger.root}`);
    expect(pinned.code).toBe(0);
    const stranger = await verifier([`${base}/letters/${letter.slug}`, '--key', 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k']);
    expect(stranger.stdout).toContain('the signed head does not verify: the checkpoint carries no signature by a log key you trust');
    expect(stranger.code).toBe(1);
    // A key rotation from the command line: the new key is published beside the retired one.
    const rotated = await runCli(['ledger', 'rotate-key', 'log'], env);
    expect(rotated.code).toBe(0);
    const fresh = /new log key: (\S+)/.exec(rotated.stdout)?.[1];
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(logKey);
    const keys = (await (await fetch(`${base}/.well-known/undersigned-ledger`)).json()).keys as Array<{ vkey: string; retiredAt: string | null }>;
    expect(keys.find((k) => k.vkey === logKey)?.retiredAt).toEqual(expect.any(String));
    expect(keys.find((k) => k.vkey === fresh)?.retiredAt).toBeNull();
    expect((await runCli(['ledger', 'rotate-key', 'everything'], env)).code).toBe(2);

    // Edited in SQL.
    await database.db.execute(sql`update signatures set country = 'RU' where id = ${refs[1]}`);
    const edited = await runCli(['ledger', 'verify', letter.slug], env);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain(`INCONSISTENT`);
    expect(edited.stdout).toContain(`- entry 2 (ref ${refs[1]}): the public list shows country "RU" where the ledger recorded "DE": changed without an entry`);
    const seen = await verifier([`${base}/api/v1/letters/${letter.slug}`]);
    expect(seen.code).toBe(1);
    expect(seen.stdout).toContain(`entry 2 (ref ${refs[1]})`);
    await database.db.execute(sql`update signatures set country = 'DE' where id = ${refs[1]}`);

    // Deleted in SQL.
    await database.db.execute(sql`delete from signatures where id = ${refs[2]}`);
    const deleted = await runCli(['ledger', 'verify', letter.slug], env);
    expect(deleted.code).toBe(1);
    expect(deleted.stdout).toContain(`- entry 3 (ref ${refs[2]}) has "Cem Third" (individual, DE) on the list, but the public list does not show them: removed without an entry`);

    // Inserted in SQL.
    const [planted] = rowsOf<{ id: string }>(
      await database.db.execute(sql`insert into signatures (letter_id, letter_version, kind, name, country, email_sealed, email_index, status, confirmed_at, published_at, named_at)
        values (${letterId}, 1, 'individual', 'Planted', 'FR', 'x', ${uniq('e')}, 'confirmed', now(), now(), now()) returning id`),
    );
    const inserted = await runCli(['ledger', 'verify', letter.slug], env);
    expect(inserted.code).toBe(1);
    expect(inserted.stdout).toContain(`the public list shows "Planted" (individual, FR), ref ${planted.id}, whom the ledger does not have as a signatory: added without an entry`);

    const unknown = await runCli(['ledger', 'verify', 'no-such-letter'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('undersigned: No such letter');
    const usage = await verifier([]);
    expect(usage.code).toBe(2);
  }, 120_000);
});
