import type { Clock } from '../../server/clock.js';

/**
 * The app's clock in tests: the machine's time plus an offset the test moves, so time still
 * flows (retries and claims fall due) while a test jumps past a closing time or an expiry.
 * It only moves forward of the machine's time: mail is queued at the database's time, which
 * a clock set behind it would never reach. useTestApp puts it back after each test.
 */
export class TestClock implements Clock {
  #offsetMs = 0;

  readonly now = (): Date => new Date(Date.now() + this.#offsetMs);

  /** Moves the clock on by `ms`. */
  advance(ms: number): void {
    if (ms < 0) throw new Error('TestClock.advance: the clock only moves forward');
    this.#offsetMs += ms;
  }

  /** Sets the clock to `at` (not earlier than the machine's time); it runs on from there. */
  set(at: Date | string): void {
    const offset = new Date(at).getTime() - Date.now();
    if (!(offset >= 0)) throw new Error(`TestClock.set: ${String(at)} is before the machine's time (or not a time)`);
    this.#offsetMs = offset;
  }

  /** Back to the machine's time. */
  reset(): void {
    this.#offsetMs = 0;
  }
}
