import { describe, expect, it } from 'vitest';
import { PdfCache } from '../../server/letters/dossier.js';
import { PublicCache } from '../../server/letters/public-cache.js';

// The two in-memory caches in front of the database and the PDF renderer: a burst of readers
// costs one computation, a failure reaches every waiting reader and is not remembered, and a
// value lapses when its letter changes or its expiry passes.

/** A computation the test finishes by hand, counting how often it was started. */
function gate<T>() {
  let finish!: (value: T) => void;
  let fail!: (err: Error) => void;
  const calls = { count: 0 };
  const compute = () => {
    calls.count++;
    return new Promise<T>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return { compute, calls, finish: (value: T) => finish(value), fail: (err: Error) => fail(err) };
}

describe('PublicCache', () => {
  it('computes once for readers arriving together, and serves the value until the letter changes', async () => {
    const cache = new PublicCache(() => new Date());
    const g = gate<{ value: string }>();
    const readers = Array.from({ length: 5 }, () => cache.get('a-letter', 'json', g.compute));
    g.finish({ value: 'first' });
    expect(await Promise.all(readers)).toEqual(['first', 'first', 'first', 'first', 'first']);
    expect(await cache.get('a-letter', 'json', g.compute)).toBe('first');
    expect(g.calls.count).toBe(1);

    cache.bump('a-letter');
    const again = cache.get('a-letter', 'json', g.compute);
    g.finish({ value: 'second' });
    expect(await again).toBe('second');
    expect(g.calls.count).toBe(2);
  });

  it('passes a failure to every waiting reader and computes afresh for the next', async () => {
    const cache = new PublicCache(() => new Date());
    const g = gate<{ value: string }>();
    const readers = Array.from({ length: 3 }, () => cache.get('a-letter', 'json', g.compute));
    g.fail(new Error('database gone'));
    for (const r of await Promise.allSettled(readers)) expect(r).toMatchObject({ status: 'rejected', reason: { message: 'database gone' } });
    const next = cache.get('a-letter', 'json', g.compute);
    g.finish({ value: 'back' });
    expect(await next).toBe('back');
    expect(g.calls.count).toBe(2);
  });

  it('answers the readers of a computation that clear() dropped, and computes afresh after it', async () => {
    const cache = new PublicCache(() => new Date());
    const g = gate<{ value: string }>();
    const reader = cache.get('a-letter', 'json', g.compute);
    cache.clear();
    g.finish({ value: 'computed before the clear' });
    expect(await reader).toBe('computed before the clear');
    const next = cache.get('a-letter', 'json', g.compute);
    g.finish({ value: 'after' });
    expect(await next).toBe('after');
    expect(g.calls.count).toBe(2);
  });

  // By a clock the test moves: the cache-wide time to live (ten seconds of real time) never passes here.
  it('lets a letter lapse at its expiry by the clock, every part together', async () => {
    let now = new Date('2026-12-01T12:00:00Z');
    const cache = new PublicCache(() => now, 10_000);
    let n = 0;
    const compute = async () => ({ value: ++n, expiresAt: new Date('2026-12-01T12:00:00.100Z') });
    expect(await cache.get('a-letter', 'snapshot', compute)).toBe(1);
    expect(await cache.get('a-letter', 'snapshot', compute)).toBe(1);
    now = new Date('2026-12-01T12:00:00.100Z');
    expect(await cache.get('a-letter', 'snapshot', compute)).toBe(2);
  });

  it('does not keep a value that lapsed while it was computed', async () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const cache = new PublicCache(() => now, 10_000);
    let n = 0;
    const compute = async () => ({ value: ++n, expiresAt: new Date(now.getTime() - 1) });
    expect(await cache.get('a-letter', 'snapshot', compute)).toBe(1);
    expect(await cache.get('a-letter', 'snapshot', compute)).toBe(2);
  });
});

describe('PdfCache', () => {
  it('renders once for requests arriving together and does not keep a failed render', async () => {
    const cache = new PdfCache();
    const g = gate<Buffer>();
    const failed = Array.from({ length: 3 }, () => cache.get('rev-1', g.compute));
    g.fail(new Error('renderer crashed'));
    for (const r of await Promise.allSettled(failed)) expect(r).toMatchObject({ status: 'rejected', reason: { message: 'renderer crashed' } });
    expect(cache.renders).toBe(1);

    const requests = Array.from({ length: 3 }, () => cache.get('rev-1', g.compute));
    g.finish(Buffer.from('%PDF-'));
    for (const pdf of await Promise.all(requests)) expect(pdf.toString()).toBe('%PDF-');
    expect((await cache.get('rev-1', g.compute)).toString()).toBe('%PDF-');
    expect(cache.renders).toBe(2);
    expect(g.calls.count).toBe(2);
  });
});
