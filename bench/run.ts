/**
 * npm run bench: the real server (compiled, on PostgreSQL) under load, and the figures it reaches.
 *
 * BENCH_DATABASE_URL (default: TEST_DATABASE_URL, then postgres://postgres@127.0.0.1:5432/test)
 * names a PostgreSQL where the benchmark creates a database of its own and drops it afterwards.
 * BENCH_SECONDS sets the length of each load phase (default 10). Prints a table and writes
 * bench/results/latest.json. Load goes only to 127.0.0.1.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { createDatabase } from '../server/db/client.js';
import { projectRoot } from '../server/paths.js';
import { Sealer } from '../server/sealer.js';
import { TokenHasher } from '../server/tokens.js';
import { addSignatories, freePort, freshDatabase, seedLetter, startProcess, stopProcess } from './support.js';
import { confirmLoad, ledgerDesigns, pendingSigners } from './ledger.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const SECRET = 'bench-secret-key-0123456789-0123456789-abcdef';

const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const signer = () => JSON.stringify({ kind: 'individual', name: 'Bench Signer', email: `b-${randomUUID()}@example.org`, country: 'GB' });

type Load = { rps: number; p50: number; p99: number; non2xx: number; errors: number; total: number };

async function load(opts: autocannon.Options): Promise<Load> {
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, total: r.requests.total };
}

const signLoad = (base: string, slug: string, extra: Partial<autocannon.Options> = {}) =>
  load({
    url: `${base}/api/v1/letters/${slug}/signatures`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: signer(), headers: { ...req.headers, 'x-forwarded-for': randomIp() } }),
      },
    ],
    ...extra,
  });

/**
 * The statement POST /signatures sends (server/signatures/service.ts, submit), for a new signer:
 * $1 letter, $2 version, $3 sealed address, $4 its index, $5 domain hash, $6 network hash, $7 the
 * sealed details its confirmation mail carries. Its outbox rows are of a kind no worker sends.
 */
const SIGNING_SQL = `with verdict as (select (select count(*) from signatures where letter_id = $1 and ip_hash = $6 and created_at > now() - interval '1 day') < 25 as honest),
  inserted as (
    insert into signatures (letter_id, letter_version, kind, name, name_skeleton, title, parliament, party, organization,
      role, website, country, display, email_sealed, email_index, email_domain_hash, ip_hash, verification, verified_domain,
      moderation, language, partner_id, status, mail_count)
    select $1, $2, 'individual', 'Bench Signer', 'bench signer', null, null, null, null, null, null, 'GB', 'full', $3, $4, $5, $6, null, null,
      'none', 'en', null, case when verdict.honest then 'pending' else 'fraudulent' end, case when verdict.honest then 1 else 0 end
    from verdict
    on conflict (letter_id, email_index) do nothing
    returning id, status),
  prior as (
    select id, status, mail_count, (status <> 'fraudulent' and mail_count < 3) as mailed
    from signatures where letter_id = $1 and email_index = $4
    for update),
  again as (
    update signatures set mail_count = signatures.mail_count + (case when prior.mailed then 1 else 0 end)
    from prior where signatures.id = prior.id
    returning signatures.id, prior.status as was, prior.mailed),
  queued as (
    insert into outbox (kind, payload, next_attempt_at)
    select 'bench.replay', jsonb_build_object('signatureId', id::text, 'details', $7::text), now() from inserted where status = 'pending'
    union all
    select 'bench.replay', jsonb_build_object('signatureId', id::text, 'details', $7::text), now() from again where mailed)
  select (select count(*) from inserted) + (select count(*) from again) as found`;

/**
 * The database's own limit for signing: pgbench (PostgreSQL's client) replaying the same
 * statement, prepared, at the same concurrency, each transaction with a fresh address and
 * network. Null when pgbench is not installed (Debian: postgresql-client).
 */
async function pgbenchSigning(url: string, slug: string): Promise<{ tps: number; p99: number | null } | null> {
  const { execFile } = await import('node:child_process');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const { rows } = await pool.query('select id, version from letters where slug = $1', [slug]);
  await pool.end();
  const dir = mkdtempSync(join(tmpdir(), 'pgbench-'));
  // pgbench's variables stand for the parameters. The address index and the network hash are
  // drawn by pgbench (\set), so they are constants to the statement and its index lookups; a
  // random() in their place would be volatile, evaluated row by row, and defeat the indexes.
  const script = SIGNING_SQL.replace(/\s+/g, ' ')
    .replaceAll('$1', ':letter')
    .replaceAll('$2', ':version')
    .replaceAll('$3', "'v1.' || md5(random()::text) || md5(random()::text)")
    .replaceAll('$4', "md5(:address::text || '-' || :client_id::text)")
    .replaceAll('$5', "'domainhash'")
    .replaceAll('$6', 'substr(md5(:network::text), 1, 16)')
    .replaceAll('$7', "'v1.' || md5(random()::text) || md5(random()::text) || md5(random()::text)");
  writeFileSync(join(dir, 'sign.sql'), `\\set address random(1, 1000000000000)\n\\set network random(1, 1000000000)\n${script};\n`);
  try {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        'pgbench',
        ['-n', '-c', String(CONNECTIONS), '-j', '2', '-M', 'prepared', '-T', String(SECONDS), '-r', '-D', `letter=${rows[0].id}`, '-D', `version=${rows[0].version}`, '-f', join(dir, 'sign.sql'), url],
        { maxBuffer: 16 * 1024 * 1024 },
        (err, stdout, stderr) => (err ? reject(Object.assign(err, { stderr })) : resolve(stdout)),
      ),
    );
    const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? Number.NaN);
    return { tps, p99: null };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const cleanup = new pg.Pool({ connectionString: url, max: 1 });
    await cleanup.query("delete from outbox where kind = 'bench.replay'");
    await cleanup.end();
  }
}

/**
 * The statement POST /signatures runs for a new signer, straight to PostgreSQL at the same
 * concurrency (the letter itself comes from the app's cache, so it is looked up once here too).
 */
async function replaySql(url: string, slug: string): Promise<{ tps: number; p99: number }> {
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  const { rows } = await pool.query('select id, version from letters where slug = $1', [slug]);
  const letterId = rows[0].id as string;
  const version = rows[0].version as number;
  const latencies: number[] = [];
  const end = Date.now() + SECONDS * 1000;
  let done = 0;
  const worker = async () => {
    while (Date.now() < end) {
      const start = performance.now();
      const ipHash = randomUUID().slice(0, 16);
      // The statement sign() sends for a new signer (server/signatures/service.ts, insertNew).
      await pool.query(SIGNING_SQL, [letterId, version, `v1.${randomUUID()}${randomUUID()}`, randomUUID(), 'domainhash', ipHash, `v1.${randomUUID()}${randomUUID()}${randomUUID()}`]);
      latencies.push(performance.now() - start);
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await pool.query("delete from outbox where kind = 'bench.replay'");
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { tps: done / elapsed, p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0 };
}

/** Exact counts two ways: counting at read time (ours) and a counter row updated by every confirmation. */
async function counterDesigns(url: string, letterId: string): Promise<Record<string, number>> {
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  await pool.query('create table if not exists bench_counter (letter_id uuid primary key, n int not null)');
  await pool.query('insert into bench_counter values ($1, 0) on conflict do nothing', [letterId]);
  const run = async (hotRow: boolean) => {
    const end = Date.now() + Math.max(3, SECONDS / 2) * 1000;
    let done = 0;
    const latencies: number[] = [];
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < end) {
          const start = performance.now();
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            // A confirmation: one signature row changes...
            await client.query(
              `insert into signatures (letter_id, letter_version, kind, name, country, email_sealed, email_index, status, confirmed_at)
               values ($1, 1, 'individual', 'Counted', 'GB', 'x', $2, 'confirmed', now())`,
              [letterId, randomUUID()],
            );
            // ...and in the simple design, so does the one row every confirmation shares.
            if (hotRow) await client.query('update bench_counter set n = n + 1 where letter_id = $1', [letterId]);
            await client.query('COMMIT');
          } finally {
            client.release();
          }
          latencies.push(performance.now() - start);
          done++;
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    return { tps: done / Math.max(3, SECONDS / 2), p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0 };
  };
  const counted = await run(false);
  const hot = await run(true);
  // The read side: the grouped count the stats use, on this letter (now tens of thousands of rows).
  const reads = 200;
  let start = performance.now();
  for (let i = 0; i < reads; i++) {
    await pool.query(`select kind, country, count(*)::int from signatures where letter_id = $1 and status = 'confirmed' and moderation in ('none','approved') group by kind, country`, [letterId]);
  }
  const groupedMs = (performance.now() - start) / reads;
  start = performance.now();
  for (let i = 0; i < reads; i++) await pool.query('select n from bench_counter where letter_id = $1', [letterId]);
  const counterMs = (performance.now() - start) / reads;
  const [{ n }] = (await pool.query('select count(*)::int as n from signatures where letter_id = $1', [letterId])).rows;
  await pool.end();
  return {
    countedTps: counted.tps,
    countedP99: counted.p99,
    hotRowTps: hot.tps,
    hotRowP99: hot.p99,
    groupedCountMs: groupedMs,
    counterReadMs: counterMs,
    rowsCounted: n,
  };
}

/** Resident memory of a process, in megabytes (Linux); null elsewhere. */
function rssMegabytes(pid: number | undefined): number | null {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * The embedded default (no DATABASE_URL: PGlite in the one process): a letter of 10,000
 * signatories and an empty one are seeded into a fresh DATA_DIR, then the server is started on
 * it and signed at full speed and at 300 requests/s, and its public page read.
 */
async function embeddedLoad(smtpPort: number) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-bench-pglite-'));
  try {
    const database = await createDatabase({ databaseUrl: undefined, dataDir });
    await database.migrate();
    const deps = { db: database.db, sealer: new Sealer(SECRET), tokens: new TokenHasher(SECRET) };
    const signing = await seedLetter(deps, 0, 'Signing, embedded');
    const paced = await seedLetter(deps, 0, 'Signing at 300 req/s, embedded');
    const reads = await seedLetter(deps, 10_000, 'Read benchmark, embedded');
    await database.close();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SECRET_KEY: SECRET,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: 'true',
      DATA_DIR: dataDir,
    };
    const server = await startProcess(['dist/server/main.js'], { ...env, DATABASE_URL: '', PUBLISH_BATCH_SECONDS: process.env.PUBLISH_BATCH_SECONDS ?? '0' }, port);
    try {
      // The page and the paced signing first: after the full-speed phase, its mail is still being sent in the one process.
      await fetch(`${base}/letters/${reads.slug}`);
      const html = await load({ url: `${base}/letters/${reads.slug}`, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
      const at300 = await signLoad(base, paced.slug, { overallRate: 300 });
      const sign = await signLoad(base, signing.slug);
      return { sign, at300, html, rssMb: rssMegabytes(server.pid) };
    } finally {
      await stopProcess(server);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function timedFetch(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const start = performance.now();
  const res = await fetch(url);
  const body = await res.arrayBuffer();
  return { ms: performance.now() - start, status: res.status, bytes: body.byteLength };
}

async function main() {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const { url, drop } = await freshDatabase(adminUrl);
  const database = await createDatabase({ databaseUrl: url, dataDir: join(projectRoot, 'data', 'bench'), poolSize: 4 });
  await database.migrate();
  const deps = { db: database.db, sealer: new Sealer(SECRET), tokens: new TokenHasher(SECRET) };

  // A mail server that accepts and forgets: the outbox sends every confirmation during the run.
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  const smtpPort = await freePort();
  await new Promise<void>((resolve) => sink.listen(smtpPort, '127.0.0.1', resolve));

  console.log('seeding: letters with 0, 50, 5,000 (x3) and 10,000 signatories...');
  const signing = await seedLetter(deps, 0, 'Signing benchmark');
  const replayed = await seedLetter(deps, 0, 'Signing SQL replayed');
  const busy = await seedLetter(deps, 0, 'Signing while PDFs render');
  const reads = await seedLetter(deps, 10_000, 'Read benchmark (10,000 signatories)');
  const pdf50 = await seedLetter(deps, 50);
  const pdf5000 = await seedLetter(deps, 5000);
  const renderA = await seedLetter(deps, 5000, 'Render loop A');
  const renderB = await seedLetter(deps, 5000, 'Render loop B');
  const counting = await seedLetter(deps, 10_000, 'Counter designs');
  console.log('seeding: 40,000 signers holding a confirmation link, and three letters for the ledger designs...');
  const confirming = await seedLetter(deps, 0, 'Confirmations with the ledger');
  const links = await pendingSigners(deps, confirming.id, 40_000);
  const designLetters = {
    none: (await seedLetter(deps, 0, 'No ledger')).id,
    'two-step': (await seedLetter(deps, 0, 'Ledger in two steps')).id,
    'two-step-queued': (await seedLetter(deps, 0, 'Ledger in two steps, queued')).id,
    'one-step': (await seedLetter(deps, 0, 'Ledger in one step')).id,
  };

  const port = await freePort();
  const helloPort = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startProcess(
    ['dist/server/main.js'],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SECRET_KEY: SECRET,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: 'true',
      // The worst case by default: every confirmation published (and chained) at once.
      PUBLISH_BATCH_SECONDS: process.env.PUBLISH_BATCH_SECONDS ?? '0',
      // Likewise a letter's PDF: rendered again as soon as one render ends, while the edition before is served.
      PDF_STALE_SECONDS: '1',
      DATA_DIR: join(projectRoot, 'data', 'bench'),
    },
    port,
  );
  const hello = await startProcess(['--import', 'tsx', 'bench/hello.ts'], { PORT: String(helloPort) }, helloPort);

  try {
    // Reads first, on a quiet machine: after the signing phases the mail process is still sending
    // their confirmations, and would take its share from whichever line came next.
    console.log('public reads of a 10,000-signatory letter, between two runs of hello-world...');
    await fetch(`${base}/api/v1/letters/${reads.slug}`); // warm caches, as a live letter has them
    await fetch(`${base}/letters/${reads.slug}`);
    await autocannon({ connections: CONNECTIONS, duration: 3, url: `${base}/letters/${reads.slug}` }); // and compiled code
    const helloBefore = await load({ url: `http://127.0.0.1:${helloPort}/` });
    const json = await load({ url: `${base}/api/v1/letters/${reads.slug}` });
    // As browsers ask for it (every one sends Accept-Encoding), and as a client that takes no compression.
    const html = await load({ url: `${base}/letters/${reads.slug}`, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    const htmlIdentity = await load({ url: `${base}/letters/${reads.slug}` });
    const helloAfter = await load({ url: `http://127.0.0.1:${helloPort}/` });
    // The yardstick is the mean of the runs on either side (it moves by a third from run to run here).
    const helloWorld = { ...helloAfter, rps: (helloBefore.rps + helloAfter.rps) / 2, p99: Math.max(helloBefore.p99, helloAfter.p99), before: helloBefore.rps, after: helloAfter.rps };

    // The database's limit first, on a letter of its own, before any mail is queued to send.
    console.log("signing's SQL replayed straight to PostgreSQL: pgbench, then node-pg...");
    const pgbench = await pgbenchSigning(url, replayed.slug);
    if (!pgbench) console.log('  pgbench not found (Debian: apt-get install postgresql-client): the ratio is against the node-pg replay only');
    const replay = await replaySql(url, replayed.slug);
    console.log(`signing: ${SECONDS} s at ${CONNECTIONS} connections...`);
    const sign = await signLoad(base, signing.slug);

    console.log('PDFs...');
    const pdf = [];
    for (const [n, letter] of [
      [50, pdf50],
      [5000, pdf5000],
    ] as const) {
      const first = await timedFetch(`${base}/letters/${letter.slug}.pdf`);
      const cached = await timedFetch(`${base}/letters/${letter.slug}.pdf`);
      pdf.push({ signatories: n, firstMs: first.ms, cachedMs: cached.ms, kilobytes: Math.round(first.bytes / 1024), status: first.status });
    }

    console.log('signing at 500 requests/s while two 5,000-signatory PDFs render over and over...');
    let rendering = true;
    const editions = new Set<string>();
    const renderLoop = async (letter: { id: string; slug: string }, offset: number) => {
      for (let i = 0; rendering; i++) {
        // A new signatory, announced as the app announces its own writes: the PDF must be rendered again.
        await addSignatories(deps, letter.id, letter.slug, offset + i, 1);
        await database.db.execute(sql`select pg_notify('undersigned_public', ${letter.slug})`);
        // A reader every 3 s (about a render's time): the edition before comes back at once while the new one renders.
        const res = await fetch(`${base}/letters/${letter.slug}.pdf`);
        await res.arrayBuffer();
        if (res.status === 200) editions.add(`${letter.slug} ${res.headers.get('etag')}`);
        await new Promise((r) => setTimeout(r, 3000));
      }
    };
    // Each letter's first edition first: during the phase every change is rendered again in the background.
    for (const letter of [renderA, renderB]) await (await fetch(`${base}/letters/${letter.slug}.pdf`)).arrayBuffer();
    const loops = [renderLoop(renderA, 100_000), renderLoop(renderB, 200_000)];
    const underPdf = await signLoad(base, busy.slug, { overallRate: 500 });
    rendering = false;
    await Promise.all(loops);
    // The editions readers were sent, less the first of each letter: the renders finished during the phase.
    const renders = editions.size - 2;

    console.log('exact counts: counting at read time versus one counter row...');
    const counters = await counterDesigns(url, counting.id);

    console.log(`confirmations through the API, each chained into the ledger, ${SECONDS} s...`);
    const confirmations = await confirmLoad(base, database.db, SECRET, confirming.slug, links, { connections: CONNECTIONS, seconds: SECONDS });
    console.log('a confirmation with no ledger, the two-step ledger, and the one-step ledger, straight to PostgreSQL...');
    const ledger = await ledgerDesigns(url, SECRET, designLetters, { connections: CONNECTIONS, seconds: Math.max(3, SECONDS / 2) });
    // The PostgreSQL server stops first: its mail process is still sending the phases' confirmations.
    await stopProcess(server);
    console.log('the embedded default (PGlite, one process): its letter page, signing at 300 req/s and at full speed...');
    const embedded = await embeddedLoad(smtpPort);

    const results = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
      seconds: SECONDS,
      connections: CONNECTIONS,
      signing: { ...sign, pgbenchTps: pgbench?.tps ?? null, sqlReplayTps: replay.tps, sqlReplayP99: replay.p99, ratio: sign.rps / (pgbench?.tps ?? replay.tps), nodePgRatio: sign.rps / replay.tps },
      reads: { json, html, htmlIdentity, helloWorld, jsonRatio: json.rps / helloWorld.rps, htmlRatio: html.rps / helloWorld.rps, htmlIdentityRatio: htmlIdentity.rps / helloWorld.rps },
      pdf,
      signingWhilePdfsRender: { ...underPdf, targetRps: 500, pdfRenders: renders },
      counters,
      confirmations,
      ledger,
      embedded,
      publishBatchSeconds: process.env.PUBLISH_BATCH_SECONDS ?? '0',
    };
    mkdirSync(join(projectRoot, 'bench', 'results'), { recursive: true });
    writeFileSync(join(projectRoot, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

    const f = (n: number, d = 0) => n.toFixed(d);
    const rows: Array<[string, string, string]> = [
      ['signing (POST /signatures, 202)', `${f(sign.rps)} req/s, p50 ${f(sign.p50)} ms, p99 ${f(sign.p99)} ms, non-2xx ${sign.non2xx}`, ''],
      ...(pgbench ? [["  same SQL, pgbench (the database's limit)", `${f(pgbench.tps)} tx/s`, `ratio ${f(sign.rps / pgbench.tps, 2)} (goal >= 0.6)`] as [string, string, string]] : []),
      ['  same SQL, node-pg replay', `${f(replay.tps)} tx/s, p99 ${f(replay.p99)} ms`, `ratio ${f(sign.rps / replay.tps, 2)}${pgbench ? '' : ' (goal >= 0.6)'}`],
      ['letter JSON, 10,000 signatories', `${f(json.rps)} req/s, p99 ${f(json.p99)} ms`, `ratio ${f(json.rps / helloWorld.rps, 2)} (goal >= 0.6)`],
      ['letter HTML, 10,000 signatories (br)', `${f(html.rps)} req/s, p99 ${f(html.p99)} ms`, `ratio ${f(html.rps / helloWorld.rps, 2)} (goal >= 0.5)`],
      ['  the same, uncompressed', `${f(htmlIdentity.rps)} req/s, p99 ${f(htmlIdentity.p99)} ms`, `ratio ${f(htmlIdentity.rps / helloWorld.rps, 2)}`],
      ['  bare Fastify hello-world', `${f(helloWorld.rps)} req/s, p99 ${f(helloWorld.p99)} ms`, `mean of ${f(helloWorld.before)} before and ${f(helloWorld.after)} after`],
      ...pdf.map((p): [string, string, string] => [
        `PDF, ${p.signatories} signatories`,
        `first ${f(p.firstMs)} ms, cached ${f(p.cachedMs, 1)} ms, ${p.kilobytes} KB`,
        p.signatories === 5000 ? 'goal: 20 ms cached' : '',
      ]),
      ['signing at 500 req/s during PDF renders', `${f(underPdf.rps)} req/s, p50 ${f(underPdf.p50)} ms, p99 ${f(underPdf.p99)} ms, ${renders} PDFs rendered again`, 'goal: 500 held, p99 <= 50 ms'],
      [
        'confirmations, counted at read time',
        `${f(counters.countedTps!)} tx/s, p99 ${f(counters.countedP99!, 1)} ms`,
        `grouped count ${f(counters.groupedCountMs!, 2)} ms over ${counters.rowsCounted} rows`,
      ],
      ['confirmations, one hot counter row', `${f(counters.hotRowTps!)} tx/s, p99 ${f(counters.hotRowP99!, 1)} ms`, `counter read ${f(counters.counterReadMs!, 2)} ms`],
      [
        'confirm API, one letter, with receipts',
        `${f(confirmations.rps)} req/s, p50 ${f(confirmations.p50)} ms, p99 ${f(confirmations.p99)} ms, non-2xx ${confirmations.non2xx}`,
        `${confirmations.ledgerEntries} entries, verified ${confirmations.ledgerVerified ? 'OK' : `NOT OK: ${confirmations.firstProblem}`}`,
      ],
      ['confirmation SQL, no ledger', `${f(ledger.noneTps!)} tx/s, p99 ${f(ledger.noneP99!, 1)} ms`, ''],
      [
        '  ledger in two steps (ours)',
        `${f(ledger['two-stepTps']!)} tx/s, p99 ${f(ledger['two-stepP99']!, 1)} ms`,
        `ratio ${f(ledger['two-stepTps']! / ledger.noneTps!, 2)} of no ledger (goal >= 0.8)`,
      ],
      [
        '  two steps, each request locking',
        `${f(ledger['two-step-queuedTps']!)} tx/s, p99 ${f(ledger['two-step-queuedP99']!, 1)} ms`,
        `ratio ${f(ledger['two-step-queuedTps']! / ledger.noneTps!, 2)} of no ledger`,
      ],
      ['  ledger in one step (lock in the tx)', `${f(ledger['one-stepTps']!)} tx/s, p99 ${f(ledger['one-stepP99']!, 1)} ms`, `ratio ${f(ledger['one-stepTps']! / ledger.noneTps!, 2)} of no ledger`],
      ['embedded (PGlite): signing', `${f(embedded.sign.rps)} req/s, p50 ${f(embedded.sign.p50)} ms, p99 ${f(embedded.sign.p99)} ms, RSS ${embedded.rssMb ?? '?'} MB`, ''],
      [
        '  signing at 300 req/s',
        `${f(embedded.at300.rps)} req/s, p50 ${f(embedded.at300.p50)} ms, p99 ${f(embedded.at300.p99)} ms, non-2xx ${embedded.at300.non2xx}`,
        'goal: p99 <= 100 ms at 300 req/s',
      ],
      ['  letter HTML, 10,000 signatories (br)', `${f(embedded.html.rps)} req/s, p99 ${f(embedded.html.p99)} ms`, `ratio ${f(embedded.html.rps / helloWorld.rps, 2)} to hello-world`],
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    console.log(`\nUndersigned benchmark: ${SECONDS} s per phase, ${CONNECTIONS} connections, ${results.machine.cpus} cores, ${process.version}\n`);
    for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
    console.log('\nwritten: bench/results/latest.json');
  } finally {
    await stopProcess(server);
    await stopProcess(hello);
    await new Promise<void>((resolve) => sink.close(() => resolve()));
    await database.close();
    await drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
