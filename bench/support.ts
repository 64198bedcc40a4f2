import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '../server/db/client.js';
import { systemClock } from '../server/clock.js';
import { letters, signatures } from '../server/db/schema.js';
import { createLetter, publishLetter } from '../server/letters/service.js';
import { addOrganizer } from '../server/organizers/service.js';
import type { Sealer } from '../server/sealer.js';
import type { TokenHasher } from '../server/tokens.js';

export { freePort } from '../test/helpers/process.js';

/** A database of the benchmark's own beside `adminUrl`, dropped afterwards. */
export async function freshDatabase(adminUrl: string, prefix = 'undersigned_bench') {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Starts a Node program and waits until GET `healthPath` answers 200. */
export async function startProcess(args: string[], env: Record<string, string>, port: number, healthPath = '/health'): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}${healthPath}`)).ok) return child;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${args.join(' ')} did not start`);
}

export async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const SAMPLE = [
  ['Dovilė Šakalienė', 'LT', 'legislator'],
  ['Iain Duncan Smith', 'GB', 'legislator'],
  ['王丹', 'TW', 'individual'],
  ['ئىلھام توختى', 'US', 'organization'],
  ['Олена Кондратюк', 'UA', 'legislator'],
  ['བསྟན་འཛིན་རྒྱ་མཚོ', 'IN', 'individual'],
  ['Reinhard Bütikofer', 'DE', 'legislator'],
  ['Gulbahar Haitiwaji', 'FR', 'individual'],
] as const;

export interface SeedDeps {
  db: Db;
  sealer: Sealer;
  tokens: TokenHasher;
}

/** A published letter with `count` confirmed signatories in several scripts; returns its slug and id. */
export async function seedLetter({ db, sealer, tokens }: SeedDeps, count: number, title = `Appeal (${count} signatories)`) {
  const { organizer, token } = await addOrganizer({ db, tokens }, { email: `bench-${randomUUID()}@example.org` });
  const letter = await createLetter({ db, now: systemClock.now }, organizer.id, {
    title,
    addressee: 'The member states of Interpol',
    body: "We, the undersigned, urge you **not to elect** the candidate.\n\nInterpol's constitution forbids any intervention of a political character.",
    moderatedKinds: [],
  });
  await publishLetter({ db, now: systemClock.now }, organizer.id, letter.slug);
  const [row] = await db.select({ id: letters.id }).from(letters).where(eq(letters.slug, letter.slug));
  await addSignatories({ db, sealer, tokens }, row!.id, letter.slug, 0, count);
  return { slug: letter.slug, id: row!.id, token };
}

/** Confirmed signatories `from`..`from + count` written straight to the database. */
export async function addSignatories({ db, sealer }: SeedDeps, letterId: string, slug: string, from: number, count: number) {
  const now = new Date();
  for (let start = from; start < from + count; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, from + count - start) }, (_, j) => {
      const i = start + j;
      const [name, country, kind] = SAMPLE[i % SAMPLE.length]!;
      return {
        letterId,
        letterVersion: 1,
        kind,
        name: `${name} ${i}`,
        title: kind === 'legislator' ? 'Member of Parliament' : null,
        parliament: kind === 'legislator' ? 'Parliament' : null,
        organization: kind === 'organization' ? `Organization ${i}` : null,
        role: kind === 'organization' ? 'Director' : null,
        country,
        emailSealed: sealer.seal(`bench-${i}@example.org`),
        emailIndex: sealer.index(`bench-${slug}-${i}`),
        status: 'confirmed' as const,
        confirmedAt: now,
        publishedAt: now,
        namedAt: now,
      };
    });
    await db.insert(signatures).values(batch);
  }
}
