import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';
import { insertSignatories, organizerWithLetter } from './helpers/flows.js';
import { getPdf, readPdf } from './helpers/pdf.js';
import { waitFor } from './helpers/process.js';

// As in production: a letter's PDF lags it by at most a minute while a newer edition renders.
const ctx = useTestApp({ env: { PDF_STALE_SECONDS: '60' } });

const pdfOf = async (slug: string, etag?: string) => {
  const request = getPdf(ctx.http, `/letters/${slug}.pdf`);
  const res = await (etag ? request.set('If-None-Match', etag) : request);
  return { status: res.status, etag: res.headers.etag as string, text: res.status === 200 ? readPdf(res.body as Buffer).text : '' };
};

describe('the PDF of a letter that changes fast', () => {
  it('is the edition before, named by its ETag, until the interval since its last render has passed and the new one is made', async () => {
    const { slug } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    await insertSignatories(ctx, slug, [{ kind: 'individual', name: 'Anna First', country: 'GB' }]);
    // Nothing finished yet: the first reader waits for it.
    const first = await pdfOf(slug);
    expect(first.status).toBe(200);
    expect(first.text).toContain('Anna First');
    const renders = ctx.app.pdfCache.renders;

    // A new signatory within the interval of that render: the reader gets the edition before, and no render starts.
    await insertSignatories(ctx, slug, [{ kind: 'individual', name: 'Bruno Second', country: 'GB' }]);
    const stale = await pdfOf(slug);
    expect(stale.etag).toBe(first.etag);
    expect(stale.text).not.toContain('Bruno Second');
    expect(await pdfOf(slug, first.etag)).toMatchObject({ status: 304, etag: first.etag });
    await new Promise((r) => setTimeout(r, 300));
    expect(ctx.app.pdfCache.renders).toBe(renders);

    // Past the interval, the next reader still gets it at once and starts one render; a reader after that gets the new edition.
    ctx.clock.advance(61_000);
    expect((await pdfOf(slug)).etag).toBe(first.etag);
    const second = await waitFor(async () => {
      const now = await pdfOf(slug);
      return now.etag !== first.etag ? now : undefined;
    });
    expect(second.text).toContain('Bruno Second');
    expect(ctx.app.pdfCache.renders - renders).toBe(1);

    // Changes within the interval of that start start none, however many readers come.
    await insertSignatories(ctx, slug, [{ kind: 'individual', name: 'Chen Third', country: 'TW' }]);
    for (let i = 0; i < 5; i++) expect((await pdfOf(slug)).etag).toBe(second.etag);
    await new Promise((r) => setTimeout(r, 300));
    expect(ctx.app.pdfCache.renders - renders).toBe(1);
  });
});
