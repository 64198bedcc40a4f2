import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';

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
  readonly #entries: LRUCache<string, { value: unknown }>;
  readonly #computing = new Map<string, Promise<unknown>>();
  computations = 0;

  constructor(ttlMs = 10_000, max = 5_000) {
    this.#entries = new LRUCache({ max, ttl: ttlMs });
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

  /**
   * The cached value of `part` for the letter's current generation, computing it if needed.
   * `expiresAt` lets a value lapse early (an open letter's closing time changes its status).
   */
  async get<T>(slug: string, part: string, compute: () => Promise<{ value: T; expiresAt?: Date | null }>): Promise<T> {
    const key = `${slug}|${this.generation(slug)}|${part}`;
    const hit = this.#entries.get(key);
    if (hit) return hit.value as T;
    let pending = this.#computing.get(key) as Promise<T> | undefined;
    if (!pending) {
      this.computations++;
      pending = compute()
        .then(({ value, expiresAt }) => {
          const ttl = expiresAt ? expiresAt.getTime() - Date.now() : undefined;
          if (ttl === undefined || ttl > 0) this.#entries.set(key, { value }, ttl ? { ttl: Math.min(ttl, 10_000) } : undefined);
          return value;
        })
        .finally(() => this.#computing.delete(key));
      this.#computing.set(key, pending);
    }
    return pending;
  }
}
