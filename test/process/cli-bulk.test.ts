import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { letterAudit } from '../../server/audit/service.js';
import { createDatabase } from '../../server/db/client.js';
import { createLetter, publishLetter } from '../../server/letters/service.js';
import { systemClock } from '../../server/clock.js';
import { addOrganizer } from '../../server/organizers/service.js';
import { Sealer } from '../../server/sealer.js';
import { TokenHasher } from '../../server/tokens.js';
import { killAll, runCli } from '../helpers/process.js';
import { addSignatories } from '../../bench/support.js';

afterEach(killAll);

describe('bulk work from the command line', () => {
  it('exports every signature with its address, and imports invitations, reporting progress and bad rows', async () => {
    const DATA_DIR = mkdtempSync(join(tmpdir(), 'undersigned-cli-'));
    const SECRET_KEY = 'cli-bulk-secret-key-0123456789-abcdefghij';
    const env = { DATA_DIR, SECRET_KEY };
    // Set up on the embedded database, then let go of it for the CLI.
    const database = await createDatabase({ databaseUrl: undefined, dataDir: DATA_DIR });
    await database.migrate();
    const deps = { db: database.db, sealer: new Sealer(SECRET_KEY), tokens: new TokenHasher(SECRET_KEY), now: systemClock.now };
    const { organizer } = await addOrganizer(deps, { email: 'bulk@example.org' });
    const letter = await createLetter(deps, organizer.id, { title: 'Bulk', body: 'Text', addressee: 'Someone', moderatedKinds: [] });
    await publishLetter(deps, organizer.id, letter.slug);
    const [row] = await database.db.query.letters.findMany({ where: (l, { eq }) => eq(l.slug, letter.slug) });
    await addSignatories(deps, row!.id, letter.slug, 0, 2500);
    await database.close();

    const out = join(DATA_DIR, 'export.csv');
    const exported = await runCli(['export', letter.slug, '--as', 'bulk@example.org', '--out', out], env);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('exported 1000 signatures');
    expect(exported.stderr).toContain('exported 2500 signatures');
    const csv = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(csv[0]).toMatch(/^email,name,kind,/);
    expect(csv.filter(Boolean)).toHaveLength(2501);
    expect(csv.some((l) => l.startsWith('bench-1234@example.org,'))).toBe(true);
    // The read is in the letter's audit log, as the operator's: whoever holds the database chose --as.
    const reopened = await createDatabase({ databaseUrl: undefined, dataDir: DATA_DIR });
    const audit = await letterAudit(reopened.db, organizer.id, letter.slug);
    await reopened.close();
    expect(audit).toContainEqual(expect.objectContaining({ organizer: null, action: 'operator: read addresses', detail: 'command line export --as bulk@example.org: CSV export: 2500', status: 200 }));

    const file = join(DATA_DIR, 'invitees.csv');
    writeFileSync(file, ['name,email,kind,country', 'Good One,good1@example.org,individual,FR', 'Bad,nope,individual,FR', 'Good Two,good2@example.org,individual,DE'].join('\n'));
    const invited = await runCli(['invite', letter.slug, file, '--as', 'bulk@example.org'], env);
    expect(invited.code).toBe(0);
    expect(invited.stderr).toContain('invited 3/3 rows');
    expect(invited.stdout).toContain('invited 2, already invited 0, refused 1');
    expect(invited.stdout).toContain('line 3: email: is not a valid email address');

    const stranger = await runCli(['export', letter.slug, '--as', 'nobody@example.org'], env);
    expect(stranger.code).toBe(2);
    expect(stranger.stderr).toContain('no organizer nobody@example.org');
  }, 90_000);
});
