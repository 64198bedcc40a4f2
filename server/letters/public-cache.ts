import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** Computes a value to cache; `expiresAt` lets it lapse early (an open letter's closing time changes its status). */
type Compute<T> = () => Promise<{ value: T; expiresAt?: Date | null }>;

/** What a fetch of one entry needs: the computation, and which generation of which letter it is for. */
interface Fetch {
  compute: Compute<unknown>;
  slug: string;
  generation: number;
}

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
 * generation then, so every part of it moves on together.
 *
 * Generations are internal: what readers see as a version (ETags, the PDF cache's keys) is a hash
 * of the content (`contentTag`), so a change that the public cannot see (a confirmation waiting
 * for its batch) changes no tag, and no tag counts changes.
 */
export class PublicCache {
  readonly #generations = new Map<string, number>();
  readonly #entries: LRUCache<string, { value: unknown }, Fetch>;
  /** When, by the clock, a letter's current generation lapses (see `expiresAt` in `get`). */
  readonly #lapses = new Map<string, number>();
  readonly #now: () => Date;

  constructor(now: () => Date, ttlMs = 10_000, max = 5_000) {
    this.#now = now;
    this.#entries = new LRUCache({
      max,
      ttl: ttlMs,
      // A computation dropped by clear() while running still answers the readers waiting for it.
      ignoreFetchAbort: true,
      // Called once per key at a time: readers arriving meanwhile wait for the same promise, and
      // a failure is passed to them all and not kept.
      fetchMethod: async (_key, _stale, { context }) => {
        const { value, expiresAt } = await context.compute();
        // A value that lapsed while it was computed is still the answer to its readers; the
        // generation it is kept under has ended, so no later reader gets it.
        if (expiresAt) this.#lapseAt(context.slug, context.generation, expiresAt);
        return { value };
      },
    });
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

  /**
   * The cached value of `part` for the letter's current generation, computing it if needed.
   * `expiresAt` ends the letter's generation then (an open letter's closing time changes its status).
   */
  async get<T>(slug: string, part: string, compute: Compute<T>): Promise<T> {
    const generation = this.generation(slug);
    const entry = await this.#entries.forceFetch(`${slug}|${generation}|${part}`, { context: { compute, slug, generation } });
    return entry.value as T;
  }

  /** The letter's generation lapses at `at`: at once if that has passed, else when the clock reaches it. */
  #lapseAt(slug: string, generation: number, at: Date): void {
    if (this.generation(slug) !== generation) return;
    if (at.getTime() <= this.#now().getTime()) {
      this.bump(slug);
      return;
    }
    const earlier = this.#lapses.get(slug);
    if (earlier === undefined || at.getTime() < earlier) this.#lapses.set(slug, at.getTime());
  }
}

/** An opaque tag of what is served: equal content, equal tag, on every instance and after restarts. */
export const contentTag = (...parts: string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url').slice(0, 27);
};
