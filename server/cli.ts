import { parseArgs } from 'node:util';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { isEmailAddress } from './email.js';
import { AppError, databaseUnavailableLine } from './errors.js';
import { errorText } from './logging.js';
import { createDatabase, DatabaseInUseError } from './db/client.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { invite, parseCsv } from './invitations/service.js';
import { addOrganizer, findOrganizerByEmail } from './organizers/service.js';
import { exportSignaturesCsv } from './signatures/export.js';
import { rekey } from './maintenance/rekey.js';
import { LedgerKeys } from './ledger/keys.js';
import { adoptLetter, verifyFromDatabase } from './ledger/service.js';
import { formatReport } from '../public/verify-ledger.mjs';
import { Sealer } from './sealer.js';
import { TokenHasher } from './tokens.js';

const USAGE = `Usage: npm run cli -- <command>

  migrate                              apply pending database migrations
  rekey                                re-seal stored addresses under SECRET_KEY (old key in SECRET_KEY_PREVIOUS)
  organizer add EMAIL [--name NAME]    create an organizer (or find it) and print a new API token
  export SLUG --as EMAIL [--out FILE]  every signature with its address as EMAIL may see it, as CSV (to FILE or
                                       stdout); recorded in the letter's audit log as the operator's
  invite SLUG FILE.csv --as EMAIL      invite signers from a CSV (name,email,kind,...); bad rows reported by line
  ledger verify SLUG                   recompute the letter's ledger and check the public list against it
                                       (exit status 1 and the first inconsistency named when they differ)
  ledger adopt SLUG                    start the ledger of a letter signed before ledgers existed
  ledger rotate-key log|witness        retire the instance's signing key and make a new one (the old one stays
                                       published, so heads it signed still verify); restart the servers after

Long work reports its progress on stderr.
`;

class UsageError extends Error {}

async function run(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, as: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, sub, arg] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return;
  }
  const known =
    command === 'migrate' ||
    command === 'rekey' ||
    (command === 'organizer' && sub === 'add') ||
    command === 'export' ||
    command === 'invite' ||
    (command === 'ledger' && (sub === 'verify' || sub === 'adopt' || sub === 'rotate-key'));
  if (!known) throw new UsageError(`unknown command: ${positionals.join(' ')}`);
  if (command === 'organizer' && (!arg || !isEmailAddress(arg))) {
    throw new UsageError('organizer add needs an EMAIL');
  }
  if ((command === 'export' || command === 'invite') && (!sub || !values.as)) throw new UsageError(`${command} needs a SLUG and --as EMAIL`);
  if (command === 'invite' && !arg) throw new UsageError('invite needs a CSV FILE');
  if (command === 'ledger' && sub === 'rotate-key' && arg !== 'log' && arg !== 'witness') throw new UsageError('ledger rotate-key needs log or witness');
  if (command === 'ledger' && !arg) throw new UsageError(`ledger ${sub} needs a SLUG`);
  const config = loadConfig(process.env);
  const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    // The CLI migrates first, so it works on a database no server has touched yet.
    await database.migrate();
    if (command === 'migrate') {
      console.log(`migrations applied (${database.driver})`);
    } else if (command === 'export' || command === 'invite') {
      const sealer = new Sealer(config.secretKey, config.previousSecretKeys);
      const organizer = await findOrganizerByEmail(database.db, values.as as string);
      if (!organizer) throw new UsageError(`no organizer ${values.as}`);
      const progress = (text: string) => process.stderr.write(`\r${text}`);
      if (command === 'export') {
        // Whoever runs this holds the database and may name anyone with --as: the audit log says so.
        const csv = await exportSignaturesCsv({ db: database.db, sealer }, organizer.id, sub as string, {
          onProgress: (n) => progress(`exported ${n} signatures`),
          operator: `command line export --as ${organizer.email}`,
        });
        process.stderr.write('\n');
        if (values.out) writeFileSync(values.out, csv);
        else process.stdout.write(csv);
      } else {
        const rows = parseCsv(readFileSync(arg as string, 'utf8'));
        const totals = { invited: 0, alreadyInvited: 0, errors: [] as Array<{ line: number; reason: string }> };
        for (let i = 0; i < rows.length; i += 200) {
          const { value: r } = await invite({ db: database.db, sealer, tokens: new TokenHasher(config.secretKey), now: systemClock.now }, organizer.id, sub as string, rows.slice(i, i + 200));
          totals.invited += r.invited;
          totals.alreadyInvited += r.alreadyInvited;
          totals.errors.push(...r.errors);
          progress(`invited ${Math.min(i + 200, rows.length)}/${rows.length} rows`);
        }
        process.stderr.write('\n');
        console.log(`invited ${totals.invited}, already invited ${totals.alreadyInvited}, refused ${totals.errors.length}`);
        for (const e of totals.errors) console.log(`line ${e.line}: ${e.reason}`);
        console.log('the invitations are mailed by the server when it runs');
      }
    } else if (command === 'ledger' && sub === 'verify') {
      const report = await verifyFromDatabase(database.db, new LedgerKeys(database.db, new Sealer(config.secretKey, config.previousSecretKeys), config.publicUrl), arg as string);
      console.log(`${arg}: ${formatReport(report)}`);
      if (report.unchained > 0) console.log(`note: ${report.unchained} event(s) await chaining; the server chains them within a minute`);
      if (!report.ok) process.exitCode = 1;
    } else if (command === 'ledger' && sub === 'rotate-key') {
      const keys = new LedgerKeys(database.db, new Sealer(config.secretKey, config.previousSecretKeys), config.publicUrl);
      console.log(`new ${arg} key: ${await keys.rotate(arg as 'log' | 'witness', systemClock.now())}`);
    } else if (command === 'ledger') {
      const keys = new LedgerKeys(database.db, new Sealer(config.secretKey, config.previousSecretKeys), config.publicUrl);
      const n = await adoptLetter(database.db, keys, arg as string, systemClock.now());
      console.log(`${arg}: the ledger starts with its ${n} public signatures`);
    } else if (command === 'rekey') {
      const done = await rekey(database.db, new Sealer(config.secretKey, config.previousSecretKeys));
      console.log(`re-sealed ${done.signatures} signatures, ${done.invitations} invitations and ${done.ledgerKeys} ledger keys under the current SECRET_KEY`);
    } else {
      const { organizer, token, created } = await addOrganizer({ db: database.db, tokens: new TokenHasher(config.secretKey, config.previousSecretKeys) }, { email: arg as string, name: values.name });
      console.log(created ? `Created organizer ${organizer.email}.` : `Organizer ${organizer.email} exists; issued another token.`);
      console.log('API token (shown only now; send it as "Authorization: Bearer TOKEN"):');
      console.log(token);
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(`undersigned: ${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (err instanceof ConfigError || err instanceof DatabaseInUseError || err instanceof AppError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`undersigned: ${(err as Error).message}`);
    process.exit(1);
  }
  const unavailable = databaseUnavailableLine(err);
  if (unavailable) {
    console.error(unavailable);
    process.exit(1);
  }
  // Not a driver's dump: a failed query's parameters are names and addresses.
  console.error(errorText(err));
  process.exit(1);
});
