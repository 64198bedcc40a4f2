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
 *
 * A letter can also change with no write at all: an open letter closes at its closing time. A
 * computation that says when its value lapses (`expiresAt`, by the app's clock) ends the letter's
 * generation then, so every part of it (and its tag) moves on together.
 */
export class PublicCache {
  /** Part of every ETag: a restarted process never reuses an earlier process's tags. */
  readonly epoch = randomBytes(6).toString('base64url');
  readonly #generations = new Map<string, number>();
  readonly #entries: LRUCache<string, { value: unknown }>;
  readonly #computing = new Map<string, Promise<unknown>>();
  /** When, by the clock, a letter's current generation lapses (see `expiresAt` in `get`). */
  readonly #lapses = new Map<string, number>();
  readonly #now: () => Date;
  computations = 0;

  constructor(now: () => Date, ttlMs = 10_000, max = 5_000) {
    this.#now = now;
    this.#entries = new LRUCache({ max, ttl: ttlMs });
  }

  generation(slug: string): number {
    const lapse = this.#lapses.get(slug);
    if (lapse !== undefined && lapse <= this.#now().getTime()) this.bump(slug);
    return this.#generations.get(slug) ?? 0;
  }

  /** Everything cached for this letter is stale from now on (on this instance). */
  bump(slug: string): void {
    this.#lapses.delete(slug);
    this.#generations.set(slug, (this.#generations.get(slug) ?? 0) + 1);
  }

  /** After a gap in the change announcements: forget everything. */
  clear(): void {
    this.#entries.clear();
    for (const slug of [...this.#generations.keys(), ...this.#lapses.keys()]) this.bump(slug);
  }

  /** A tag for the letter's current state, for ETags and for keys of other caches. */
  tag(slug: string, variant = ''): string {
    return `${this.epoch}.${slug}.${this.generation(slug)}${variant ? `.${variant}` : ''}`;
  }

  /**
   * The cached value of `part` for the letter's current generation, computing it if needed.
   * `expiresAt` ends the letter's generation then (an open letter's closing time changes its status).
   */
  async get<T>(slug: string, part: string, compute: () => Promise<{ value: T; expiresAt?: Date | null }>): Promise<T> {
    const generation = this.generation(slug);
    const key = `${slug}|${generation}|${part}`;
    const hit = this.#entries.get(key);
    if (hit) return hit.value as T;
    let pending = this.#computing.get(key) as Promise<T> | undefined;
    if (!pending) {
      this.computations++;
      pending = compute()
        .then(({ value, expiresAt }) => {
          if (expiresAt && !this.#lapseAt(slug, generation, expiresAt)) return value;
          this.#entries.set(key, { value });
          return value;
        })
        .finally(() => this.#computing.delete(key));
      this.#computing.set(key, pending);
    }
    return pending;
  }

  /** Records that the generation lapses at `at`; false when it has already (nothing to keep). */
  #lapseAt(slug: string, generation: number, at: Date): boolean {
    if (at.getTime() <= this.#now().getTime() || this.generation(slug) !== generation) return false;
    const earlier = this.#lapses.get(slug);
    if (earlier === undefined || at.getTime() < earlier) this.#lapses.set(slug, at.getTime());
    return true;
  }
}
