import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { letters, signatures } from '../server/db/schema.js';
import { eq } from 'drizzle-orm';
import { createLetter, publishLetter } from '../server/letters/service.js';
import { addOrganizer } from '../server/organizers/service.js';

/** A database of the benchmark's own beside `adminUrl`, dropped afterwards. */
export async function freshDatabase(adminUrl: string) {
  const name = `undersigned_bench_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
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

/** A published letter with `count` confirmed signatories in several scripts; returns its slug. */
export async function seedLetter(app: FastifyInstance, count: number): Promise<string> {
  const { organizer } = await addOrganizer({ db: app.db, tokens: app.tokens }, { email: `bench-${randomUUID()}@example.org` });
  const letter = await createLetter({ db: app.db }, organizer.id, {
    title: `Appeal to Interpol member states (${count} signatories)`,
    addressee: 'The member states of Interpol',
    body: 'We, the undersigned, urge you **not to elect** the candidate.\n\nInterpol\'s constitution forbids any intervention of a political character.',
    moderatedKinds: [],
  });
  await publishLetter({ db: app.db }, organizer.id, letter.slug);
  const [row] = await app.db.select({ id: letters.id }).from(letters).where(eq(letters.slug, letter.slug));
  const now = new Date();
  for (let start = 0; start < count; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - start) }, (_, j) => {
      const i = start + j;
      const [name, country, kind] = SAMPLE[i % SAMPLE.length]!;
      return {
        letterId: row!.id,
        letterVersion: 1,
        kind,
        name: `${name} ${i}`,
        title: kind === 'legislator' ? 'Member of Parliament' : null,
        parliament: kind === 'legislator' ? 'Parliament' : null,
        organization: kind === 'organization' ? `Organization ${i}` : null,
        role: kind === 'organization' ? 'Director' : null,
        country,
        emailSealed: app.sealer.seal(`bench-${i}@example.org`),
        emailIndex: app.sealer.index(`bench-${letter.slug}-${i}`),
        status: 'confirmed' as const,
        confirmedAt: now,
      };
    });
    await app.db.insert(signatures).values(batch);
  }
  return letter.slug;
}
