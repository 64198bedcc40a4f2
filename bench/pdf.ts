/**
 * PDF render times through the real app and database: the first request for a letter's PDF
 * (rendered in the process's warm Chromium), the same request again (served from the cache), and
 * the same document in a freshly launched Chromium (what a browser per request would cost).
 */
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { letterDocument } from '../server/letters/document.js';
import { dossierModel } from '../server/letters/dossier.js';
import { PdfRenderer } from '../server/pdf/renderer.js';

export interface PdfBenchResult {
  signatories: number;
  firstMs: number;
  cachedMs: number;
  freshBrowserMs: number;
  pages: number;
  kilobytes: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

/** Launches the app's Chromium once, so that the first measured request is a render, not a launch. */
export async function warmPdf(app: FastifyInstance): Promise<number> {
  const [, ms] = await timed(() => app.pdf.render('<!doctype html><p>warm-up</p>'));
  return ms;
}

export async function benchPdf(app: FastifyInstance, slug: string, signatories: number): Promise<PdfBenchResult> {
  const get = () => app.inject({ method: 'GET', url: `/letters/${slug}.pdf` });
  const [first, firstMs] = await timed(get);
  if (first.statusCode !== 200) throw new Error(`PDF answered ${first.statusCode}: ${first.body.slice(0, 200)}`);
  const [, cachedMs] = await timed(get);

  const doc = await letterDocument(app.db, slug, { negotiate: () => false });
  const html = await app.document('pdf/letter', dossierModel(doc, app.config.publicUrl));
  const fresh = new PdfRenderer({ executablePath: app.config.chromiumPath, log: app.log });
  const [, freshBrowserMs] = await timed(() => fresh.render(html));
  await fresh.close();

  const pdf = first.rawPayload;
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  return { signatories, firstMs, cachedMs, freshBrowserMs, pages, kilobytes: Math.round(pdf.length / 1024) };
}
