/**
 * What time it is, for every rule that depends on it: closing times, link and session expiry,
 * retention, when mail is due. The app reads one clock (app.clock), so tests can set it.
 * `now` is a plain function (no `this`): pass it on as it is, e.g. `{ db, now: app.clock.now }`.
 */
export interface Clock {
  readonly now: () => Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };
