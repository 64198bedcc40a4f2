import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** Computes a value to cache; `expiresAt` lets it lapse early (an open letter's closing time changes its status). */
type Compute<T> = () => Promise<{ value: T; expiresAt?: Date | null }>;

/**
 * What the public reads of a letter (its JSON, counts, list and page), computed once per change
 * of the letter and served from memory until the next one.
 *
 * Every write that changes what the public sees calls `changed(slug)` after its transaction
 * commits: the letter's generation moves on, so the next read computes afresh. Reads of the same
 * generation share one computation, so a burst of readers after a change costs one query, not
 * one each. Other instances hear of the change through PostgreSQL NOTIFY (plugins/public-cache.ts).
 * Entries also expire after `ttlMs`, a safety net should a notification ever be lost.
 */
export class PublicCache {
  /** Part of every ETag: a restarted process never reuses an earlier process's tags. */
  readonly epoch = randomBytes(6).toString('base64url');
  readonly #generations = new Map<string, number>();
  readonly #entries: LRUCache<string, { value: unknown }, Compute<unknown>>;

  constructor(ttlMs = 10_000, max = 5_000) {
    this.#entries = new LRUCache({
      max,
      ttl: ttlMs,
      // A computation dropped by clear() while running still answers the readers waiting for it.
      ignoreFetchAbort: true,
      // Called once per key at a time: readers arriving meanwhile wait for the same promise, and
      // a failure is passed to them all and not kept.
      fetchMethod: async (_key, _stale, { context: compute, options }) => {
        const { value, expiresAt } = await compute();
        // A value that lapsed while it was computed is still the answer to its readers, but is
        // kept for no more than a millisecond (a ttl of 0 would mean "for ever").
        if (expiresAt) options.ttl = Math.max(1, Math.min(ttlMs, expiresAt.getTime() - Date.now()));
        return { value };
      },
    });
  }

  generation(slug: string): number {
    return this.#generations.get(slug) ?? 0;
  }

  /** Everything cached for this letter is stale from now on (on this instance). */
  bump(slug: string): void {
    this.#generations.set(slug, this.generation(slug) + 1);
  }

  /** After a gap in the change announcements: forget everything. */
  clear(): void {
    this.#entries.clear();
    for (const slug of this.#generations.keys()) this.bump(slug);
  }

  /** A tag for the letter's current state, for ETags and for keys of other caches. */
  tag(slug: string, variant = ''): string {
    return `${this.epoch}.${slug}.${this.generation(slug)}${variant ? `.${variant}` : ''}`;
  }

  /** The cached value of `part` for the letter's current generation, computing it if needed. */
  async get<T>(slug: string, part: string, compute: Compute<T>): Promise<T> {
    const entry = await this.#entries.forceFetch(`${slug}|${this.generation(slug)}|${part}`, { context: compute });
    return entry.value as T;
  }
}
