/**
 * Seeds a published letter with N confirmed signatories in several scripts, for benchmarks and
 * for looking at pages: `npx tsx bench/seed.ts [N]` (uses DATABASE_URL or the embedded database,
 * with the server stopped). Prints the letter's slug on the last line.
 */
import { loadConfig } from '../server/config.js';
import { systemClock } from '../server/clock.js';
import { createDatabase } from '../server/db/client.js';
import { signatures } from '../server/db/schema.js';
import { createLetter, publishLetter } from '../server/letters/service.js';
import { addOrganizer } from '../server/organizers/service.js';
import { Sealer } from '../server/sealer.js';
import { TokenHasher } from '../server/tokens.js';

const NAMES = [
  ['Iain Duncan Smith', 'GB', 'legislator', 'Member of Parliament', 'House of Commons', 'Conservative'],
  ['Reinhard Bütikofer', 'DE', 'legislator', 'Member of the European Parliament', 'European Parliament', 'Greens/EFA'],
  ['Dovilė Šakalienė', 'LT', 'legislator', 'Member of the Seimas', 'Seimas', 'LSDP'],
  ['Kenji Yamada', 'JP', 'legislator', '衆議院議員', 'House of Representatives', null],
  ['Ilhan Tohti', 'US', 'individual', null, null, null],
  ['Rahima Mahmut', 'GB', 'organization', null, null, null],
  ['王丹', 'TW', 'individual', null, null, null],
  ['Gulbahar Haitiwaji', 'FR', 'individual', null, null, null],
  ['محمد أمين', 'SE', 'individual', null, null, null],
  ['Олена Кондратюк', 'UA', 'legislator', "People's Deputy", 'Verkhovna Rada', null],
] as const;

export async function seed(count: number) {
  const config = loadConfig(process.env);
  const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  const db = database.db;
  const sealer = new Sealer(config.secretKey);
  const { organizer, token } = await addOrganizer({ db, tokens: new TokenHasher(config.secretKey) }, { email: 'seed@example.org', name: 'Seed' });
  const letter = await createLetter({ db, now: systemClock.now }, organizer.id, {
    title: 'Appeal to Interpol member states: reject the candidate',
    addressee: 'The member states of Interpol',
    summary: 'Legislators and organizations urge member states not to elect a candidate accused of overseeing torture.',
    moderatedKinds: [],
    body: [
      'We, the undersigned legislators and organizations, write to urge you **not to elect** the candidate to the Executive Committee of Interpol.',
      "Interpol's constitution forbids it from undertaking any intervention of a political character. Electing a candidate accused of overseeing torture would betray that principle and the people who rely on it.",
      "- Examine the complaints lodged against the candidate;\n- Uphold Article 3 of Interpol's constitution;\n- Protect dissidents abroad from abuse of Red Notices.",
    ].join('\n\n'),
  });
  await publishLetter({ db, now: systemClock.now }, organizer.id, letter.slug);
  const [{ id: letterId }] = (await db.query.letters.findMany({ where: (l, { eq }) => eq(l.slug, letter.slug), columns: { id: true } })) as [{ id: string }];
  const now = new Date();
  for (let start = 0; start < count; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - start) }, (_, j) => {
      const i = start + j;
      const [name, country, kind, title, parliament, party] = NAMES[i % NAMES.length]!;
      return {
        letterId,
        letterVersion: 1,
        kind,
        name: i < NAMES.length ? name : `${name} ${i}`,
        title,
        parliament,
        party,
        organization: kind === 'organization' ? 'World Uyghur Congress' : null,
        role: kind === 'organization' ? 'Director' : null,
        country,
        emailSealed: sealer.seal(`seed-${i}@example.org`),
        emailIndex: sealer.index(`seed-${letter.slug}-${i}`),
        status: 'confirmed' as const,
        confirmedAt: now,
        publishedAt: now,
        namedAt: i % 13 === 12 ? null : now,
        display: i % 13 === 12 ? ('anonymous' as const) : ('full' as const),
      };
    });
    await db.insert(signatures).values(rows);
  }
  await database.close();
  return { slug: letter.slug, token };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { slug } = await seed(Number(process.argv[2] ?? 50));
  console.log(slug);
}
