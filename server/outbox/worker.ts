import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client.js';
import { databaseUnavailable } from '../errors.js';
import { type Mailer, type OutgoingMail, refusalOf } from '../mail/mailer.js';
import type { Suppressions } from '../mail/suppressions.js';
import type { Composer, Composers, OutboxKind } from './messages.js';
import { CAPPED, type MailCap } from './quota.js';
import { claimDue, markDone, markFailed, type OutboxJob } from './service.js';

/** Why a message to a mailbox on the suppression list was not sent (kept in the outbox row). */
export const SUPPRESSED = 'suppressed: this mailbox refused mail for good, or complained';

// A composer as the worker calls it: with a stored row's payload, which its kind's writers typed.
type StoredComposer = (payload: OutboxJob['payload']) => Promise<OutgoingMail | null>;

export interface WorkerOptions {
  pollMs: number;
  batchSize: number;
  leaseMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
}

export const DEFAULT_WORKER_OPTIONS: WorkerOptions = {
  pollMs: 1_000,
  batchSize: 10,
  leaseMs: 120_000,
  retryBaseMs: 15_000,
  retryMaxMs: 60 * 60_000,
  // 15 s doubling to an hour a try: about a day and a half before a message is given up.
  maxAttempts: 40,
};

/**
 * Sends what the outbox holds: claims due rows, composes each message, sends it, records the
 * outcome, and retries failures with exponential backoff and jitter.
 */
export class OutboxWorker {
  readonly #composers = new Map<string, StoredComposer>();
  readonly #options: WorkerOptions;
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #timer: NodeJS.Timeout | undefined;
  #relay: (() => void) | undefined;

  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly log: FastifyBaseLogger,
    /** The app's clock: what is due, and when a claim or a retry falls due, is judged by it. */
    private readonly now: () => Date,
    options: Partial<WorkerOptions> = {},
    /** The per-address cap each message must pass before it is sent (none: every message goes). */
    private readonly cap: MailCap | null = null,
    /** Mailboxes that refused mail for good or complained: nothing more goes to them. */
    private readonly refusing: Suppressions | null = null,
  ) {
    this.#options = { ...DEFAULT_WORKER_OPTIONS, ...options };
  }

  register<K extends OutboxKind>(kind: K, composer: Composer<K>): void {
    // Every row of this kind was written from OutboxMessages[K] (enqueue, outboxRowSql).
    this.#composers.set(kind, composer as StoredComposer);
  }

  /** Registers one composer for each kind; a kind without one fails to compile. */
  registerAll(composers: Composers): void {
    const one = <K extends OutboxKind>(kind: K) => this.register(kind, composers[kind]);
    for (const kind of Object.keys(composers) as OutboxKind[]) one(kind);
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Finishes the batch in hand, then stops. */
  async stop(): Promise<void> {
    this.#running = false;
    this.wake();
    await this.#loop;
  }

  /** Called after a commit that queued mail, so it leaves now rather than at the next poll. */
  wake(): void {
    if (this.#relay) this.#relay();
    else this.#wake?.();
  }

  /** Another process sends this one's mail (server/outbox/process.ts): wake() tells it instead. */
  relayTo(wake: () => void): void {
    this.#relay = wake;
  }

  /** Processes due messages until none are left; returns how many were handled. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.tick();
      total += n;
      if (n === 0) return total;
    }
  }

  async tick(): Promise<number> {
    const jobs = await claimDue(this.db, this.#options.batchSize, this.#options.leaseMs, this.now());
    await Promise.all(jobs.map((job) => this.#process(job)));
    return jobs.length;
  }

  async #run() {
    while (this.#running) {
      let handled = 0;
      try {
        handled = await this.tick();
      } catch (err) {
        // A database that is down or restarting is expected: its words only, not the query's parameters.
        const unavailable = databaseUnavailable(err);
        if (unavailable) this.log.warn({ database: unavailable }, 'outbox: database unavailable; will retry');
        else this.log.error({ err }, 'outbox: could not claim messages');
      }
      if (handled === this.#options.batchSize || !this.#running) continue;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        this.#timer = setTimeout(resolve, this.#options.pollMs);
      });
      clearTimeout(this.#timer);
      this.#wake = undefined;
    }
  }

  async #process(job: OutboxJob) {
    const composer = this.#composers.get(job.kind);
    let mail: OutgoingMail | null = null;
    try {
      if (!composer) throw new Error(`no composer for outbox kind "${job.kind}"`);
      mail = await composer(job.payload);
      if (!mail) {
        await markDone(this.db, job.id, 'skipped', this.now());
        return;
      }
      // A mailbox that refused mail for good, or complained, gets nothing more of any kind.
      if (this.refusing && (await this.refusing.has(mail.to))) {
        await mail.onGaveUp?.(SUPPRESSED, true);
        await markDone(this.db, job.id, 'skipped', this.now(), SUPPRESSED);
        return;
      }
      // Checked at send time, where the address is known and every kind passes. A link minted
      // by the composer for a dropped message is never seen by anyone and simply expires.
      if (this.cap && !(await this.cap.take(job.kind, mail.to, this.now()))) {
        await markDone(this.db, job.id, 'skipped', this.now(), CAPPED);
        this.log.info({ outboxId: job.id, kind: job.kind }, 'outbox: dropped, over the mail cap for its address');
        return;
      }
      await this.mailer.send(mail);
      await mail.onSent?.();
      await markDone(this.db, job.id, 'sent', this.now());
    } catch (err) {
      // Stored and logged: for a database that went away, its words rather than the failed query's.
      const message = databaseUnavailable(err)?.message ?? (err as Error).message ?? String(err);
      // A permanent refusal (5xx) is not retried; one that refuses the mailbox itself also puts it on the suppression list.
      const refusal = mail ? refusalOf(err) : null;
      if (refusal?.mailboxRefused && mail) await this.refusing?.add(mail.to, 'bounced', refusal.status).catch(() => undefined);
      const giveUp = refusal !== null || job.attempts >= this.#options.maxAttempts;
      if (giveUp) await mail?.onGaveUp?.(message.slice(0, 500), refusal !== null).catch(() => undefined);
      const backoff = Math.min(this.#options.retryBaseMs * 2 ** (job.attempts - 1), this.#options.retryMaxMs);
      const retryIn = giveUp ? null : Math.round(backoff * (0.8 + Math.random() * 0.4));
      this.log.warn({ outboxId: job.id, kind: job.kind, attempt: job.attempts, retryIn, err }, 'outbox: sending failed');
      await markFailed(this.db, job, message.slice(0, 500), retryIn, this.now()).catch((e: unknown) => {
        const unavailable = databaseUnavailable(e);
        const what = unavailable ? { database: unavailable } : { err: e };
        this.log[unavailable ? 'warn' : 'error'](what, 'outbox: could not record a failure; the claim will expire and retry');
      });
    }
  }
}
