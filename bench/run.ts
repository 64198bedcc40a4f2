/**
 * npm run bench: measures the real server and database and prints figures.
 * BENCH_DATABASE_URL (default: the tests' PostgreSQL) gets a fresh database of its own.
 * Results: a table on stdout and bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { projectRoot } from '../server/paths.js';
import { benchPdf, warmPdf } from './pdf.js';
import { freshDatabase, seedLetter } from './support.js';

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

async function main() {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const { url, drop } = await freshDatabase(adminUrl);
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', DATABASE_URL: url, SECRET_KEY: 'bench-secret-key-0123456789-0123456789-abcdef', LOG_LEVEL: 'warn', DATA_DIR: join(projectRoot, 'data', 'bench') });
  const app = await buildApp(config, { outbox: { autostart: false } });
  await app.ready();
  try {
    const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, database: 'postgres' };

    const launchMs = await warmPdf(app);
    const pdf = [];
    for (const n of [50, 5000]) {
      const slug = await seedLetter(app, n);
      pdf.push(await benchPdf(app, slug, n));
    }
    results.pdf = { chromiumLaunchMs: launchMs, letters: pdf };

    console.log('\nPDF (A4, Handlebars -> headless Chromium)');
    console.log(`  Chromium launch (once per process): ${fmt(launchMs)}`);
    console.log('  signatories  pages     size   first render   cached   fresh browser');
    for (const r of pdf) {
      console.log(
        `  ${String(r.signatories).padStart(11)}  ${String(r.pages).padStart(5)}  ${String(r.kilobytes).padStart(5)} KB  ${fmt(r.firstMs).padStart(13)}  ${fmt(r.cachedMs).padStart(7)}  ${fmt(r.freshBrowserMs).padStart(14)}`,
      );
    }

    mkdirSync(join(projectRoot, 'bench', 'results'), { recursive: true });
    writeFileSync(join(projectRoot, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwritten: bench/results/latest.json');
  } finally {
    await app.close();
    await drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
