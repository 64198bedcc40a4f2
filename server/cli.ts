import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { createDatabase, DatabaseInUseError } from './db/client.js';
import { addOrganizer } from './organizers/service.js';
import { rekey } from './maintenance/rekey.js';
import { Sealer } from './sealer.js';
import { TokenHasher } from './tokens.js';

const USAGE = `Usage: npm run cli -- <command>

  migrate                              apply pending database migrations
  rekey                                re-seal stored addresses under SECRET_KEY (old key in SECRET_KEY_PREVIOUS)
  organizer add EMAIL [--name NAME]    create an organizer (or find it) and print a new API token
`;

class UsageError extends Error {}

async function run(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, sub, arg] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return;
  }
  const known = command === 'migrate' || command === 'rekey' || (command === 'organizer' && sub === 'add');
  if (!known) throw new UsageError(`unknown command: ${positionals.join(' ')}`);
  if (command === 'organizer' && (!arg || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(arg))) {
    throw new UsageError('organizer add needs an EMAIL');
  }
  const config = loadConfig(process.env);
  const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    // The CLI migrates first, so it works on a database no server has touched yet.
    await database.migrate();
    if (command === 'migrate') {
      console.log(`migrations applied (${database.driver})`);
    } else if (command === 'rekey') {
      const done = await rekey(database.db, new Sealer(config.secretKey, config.previousSecretKeys));
      console.log(`re-sealed ${done.signatures} signatures and ${done.invitations} invitations under the current SECRET_KEY`);
    } else {
      const { organizer, token, created } = await addOrganizer(
        { db: database.db, tokens: new TokenHasher(config.secretKey, config.previousSecretKeys) },
        { email: arg as string, name: values.name },
      );
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
  if (err instanceof ConfigError || err instanceof DatabaseInUseError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`undersigned: ${(err as Error).message}`);
    process.exit(1);
  }
  console.error(err);
  process.exit(1);
});
