/**
 * npx tsx bench/pdf.ts: how long a PDF of 5,000 signatories in six scripts takes to render, first
 * and again after the list changed (the cache dropped), on PGlite in memory. Reads the same
 * environment as the app (PDF_BROWSER, CHROMIUM_PATH); BENCH_PDF_RUNS (default 3) renders,
 * BENCH_PDF_SIGNATORIES (default 5000) names; BENCH_PDF_OUT: a file to write the last PDF to; BENCH_PDF_TITLE: the letter's title.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { createDatabase } from '../server/db/client.js';
import { seedLetter } from './support.js';

const RUNS = Number(process.env.BENCH_PDF_RUNS ?? 3);
const COUNT = Number(process.env.BENCH_PDF_SIGNATORIES ?? 5000);

const config = loadConfig({
  ...process.env,
  NODE_ENV: 'test',
  DATABASE_URL: undefined,
  DATA_DIR: mkdtempSync(join(tmpdir(), 'undersigned-bench-pdf-')),
  SECRET_KEY: 'bench-secret-key-0123456789-0123456789-abcdef',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
});
const database = await createDatabase({ databaseUrl: undefined, dataDir: config.dataDir, pgliteDir: 'memory://', poolSize: 5 });
await database.migrate();
const app = await buildApp(config, { database, logger: true, maintenance: { intervalMs: 0 } });
await app.ready();
try {
  const letter = await seedLetter({ db: app.db, sealer: app.sealer, tokens: app.tokens }, COUNT, process.env.BENCH_PDF_TITLE);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await app.letterChanged(letter.slug);
    const start = performance.now();
    const res = await app.inject({ method: 'GET', url: `/letters/${letter.slug}.pdf` });
    const ms = performance.now() - start;
    if (res.statusCode !== 200) throw new Error(`PDF answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
    times.push(ms);
    if (process.env.BENCH_PDF_OUT) writeFileSync(process.env.BENCH_PDF_OUT, res.rawPayload);
    console.log(`render ${i + 1}: ${Math.round(ms)} ms, ${Math.round(res.rawPayload.length / 1024)} KB`);
  }
  console.log(`${COUNT} signatories: first ${Math.round(times[0]!)} ms, then median ${Math.round(times.slice(1).sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)] ?? NaN)} ms`);
} finally {
  await app.close();
  await database.close();
}
