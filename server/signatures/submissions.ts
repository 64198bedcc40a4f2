import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import type { signatures } from '../db/schema.js';
import { outboxRowSql } from '../outbox/messages.js';
import { MAIL_ALREADY_SIGNED, MAIL_CONFIRM } from './mail-kinds.js';

/** Messages one signature may cause (first confirmation, re-sends, "already signed" notices). */
export const MAIL_BOUND = 3;
/**
 * New signatures from one network address on one letter in 24 hours beyond which more are kept
 * as fraudulent, silently: the sender sees the usual answer and learns nothing. Signatures that
 * verify by domain are exempt (fifty MPs behind one parliament's NAT are not a flood).
 */
export const IP_DAILY_THRESHOLD = 25;

export type NewSignature = Omit<typeof signatures.$inferInsert, 'status' | 'mailCount'>;

/** One submission of the form: the row it would insert, the sealed details its mail carries, and the time it was made. */
export interface FormSubmission {
  row: NewSignature;
  details: string;
  now: Date;
}

// The columns of a submission as the statement reads them (json_to_recordset), in insert order.
const COLUMNS = [
  ['letter_id', 'uuid', 'letterId'],
  ['letter_version', 'int', 'letterVersion'],
  ['kind', 'text', 'kind'],
  ['name', 'text', 'name'],
  ['name_skeleton', 'text', 'nameSkeleton'],
  ['title', 'text', 'title'],
  ['parliament', 'text', 'parliament'],
  ['party', 'text', 'party'],
  ['organization', 'text', 'organization'],
  ['role', 'text', 'role'],
  ['website', 'text', 'website'],
  ['country', 'text', 'country'],
  ['display', 'text', 'display'],
  ['email_sealed', 'text', 'emailSealed'],
  ['email_index', 'text', 'emailIndex'],
  ['email_domain_hash', 'text', 'emailDomainHash'],
  ['ip_hash', 'text', 'ipHash'],
  ['verification', 'text', 'verification'],
  ['verified_domain', 'text', 'verifiedDomain'],
  ['moderation', 'text', 'moderation'],
  ['language', 'text', 'language'],
  ['partner_id', 'uuid', 'partnerId'],
] as const satisfies ReadonlyArray<readonly [string, string, keyof NewSignature]>;

const recordType = sql.raw([...COLUMNS.map(([c, t]) => `${c} ${t}`), 'n int', 'details text', 'since timestamptz', 'now timestamptz'].join(', '));
const insertColumns = sql.raw(COLUMNS.map(([c]) => c).join(', '));

/**
 * Records submissions of the form in a single statement, each the same for a new address and
 * for one that has signed before, so that neither the answer nor its timing tells them apart.
 *
 * A new address: the flood check, the insert (stored as fraudulent, and nothing queued, past
 * the daily threshold for its network address) and its confirmation mail. An address seen
 * before (locked): one more message, up to MAIL_BOUND and never for a fraudulent signature; a
 * confirmed signer is told they already signed, anyone else gets a confirm link for these
 * details; signing again after a withdrawal makes it pending and spends the earlier links.
 * The stored signature itself never changes: anyone may type anyone's address, so the details
 * travel (sealed) with their own mail, and only that mail's link confirms them.
 *
 * The flood check counts, beside the rows already stored, the new rows from the same network
 * earlier in the same statement. No two submissions may be for the same address on the same
 * letter (the batcher keeps them apart).
 *
 * Answers, for each submission, false when it found no signature it could see: one inserted by
 * a concurrent first submission after this statement's snapshot was taken, or erased in between.
 */
export async function submitAll(db: Db | Tx, submissions: readonly FormSubmission[]): Promise<boolean[]> {
  const result = await db.execute<{ n: number; found: boolean }>(submissionStatement(submissions));
  const found = submissions.map(() => false);
  for (const r of result.rows) found[Number(r.n)] = r.found === true || (r.found as unknown) === 't';
  return found;
}

/** The statement of submitAll (bench/ explains it). */
export function submissionStatement(submissions: readonly FormSubmission[]): SQL {
  const records = submissions.map(({ row, details, now }, n) => {
    const record: Record<string, unknown> = { n, details, since: new Date(now.getTime() - 24 * 60 * 60 * 1000), now };
    for (const [column, , field] of COLUMNS) record[column] = row[field] ?? null;
    return record;
  });
  const confirmRow = (id: SQL) => outboxRowSql(MAIL_CONFIRM, { signatureId: id, details: sql`input.details` });
  return sql`
    with input as (select * from json_to_recordset(${JSON.stringify(records)}::json) as i(${recordType})),
    -- The rows as they were before this statement, locked: none for a new address (the insert below is not visible here).
    -- Looked up row by row (lateral): a hash join would read the letter's whole list.
    prior as (
      select input.n, s.id, s.status, (s.status <> 'fraudulent' and s.mail_count < ${MAIL_BOUND}) as mailed
      from input cross join lateral (
        select id, status, mail_count from signatures where letter_id = input.letter_id and email_index = input.email_index for update
      ) s
    ),
    fresh as (
      select input.*, not exists (select 1 from prior where prior.n = input.n) as new from input
    ),
    verdict as (
      select fresh.*, (fresh.verification is not null or
        (select count(*) from signatures s where s.letter_id = fresh.letter_id and s.ip_hash = fresh.ip_hash and s.created_at > fresh.since)
          + count(*) filter (where fresh.new and fresh.verification is null) over (partition by fresh.letter_id, fresh.ip_hash order by fresh.n) - 1
          < ${IP_DAILY_THRESHOLD}) as honest
      from fresh
    ),
    inserted as (
      insert into signatures (${insertColumns}, status, mail_count)
      select ${insertColumns}, case when honest then 'pending' else 'fraudulent' end, case when honest then 1 else 0 end
      from verdict order by n
      on conflict (letter_id, email_index) do nothing
      returning id, status, letter_id, email_index
    ),
    -- Written whether or not a message goes, as a new address's insert is.
    again as (
      update signatures set
        mail_count = signatures.mail_count + (case when prior.mailed then 1 else 0 end),
        status = case when prior.mailed and prior.status = 'withdrawn' then 'pending' else signatures.status end,
        withdrawn_at = case when prior.mailed and prior.status = 'withdrawn' then null else signatures.withdrawn_at end
      from prior where signatures.id = prior.id
      returning signatures.id, prior.n, prior.status as was, prior.mailed
    ),
    spent as (
      delete from signature_tokens
      where signature_id in (select id from again where mailed and was = 'withdrawn') and purpose = 'confirm'
    ),
    queued as (
      insert into outbox (kind, payload, next_attempt_at)
      select ${confirmRow(sql`inserted.id::text`)}, input.now from inserted join input using (letter_id, email_index) where inserted.status = 'pending'
      union all
      select ${outboxRowSql(MAIL_ALREADY_SIGNED, { signatureId: sql`again.id::text` })}, input.now from again join input using (n) where again.mailed and again.was = 'confirmed'
      union all
      select ${confirmRow(sql`again.id::text`)}, input.now from again join input using (n) where again.mailed and again.was <> 'confirmed'
    )
    select input.n,
      exists (select 1 from inserted where inserted.letter_id = input.letter_id and inserted.email_index = input.email_index)
        or exists (select 1 from again where again.n = input.n) as found
    from input`;
}

export interface BatchOptions {
  /** Submissions in one statement at most. */
  maxBatch: number;
  /** Statements in flight at once; the rest wait and join the next. */
  maxInFlight: number;
}

export const DEFAULT_BATCH_OPTIONS: BatchOptions = { maxBatch: 64, maxInFlight: 2 };

interface Waiting {
  submission: FormSubmission;
  key: string;
  resolve: (found: boolean) => void;
  reject: (err: unknown) => void;
}

/**
 * Groups concurrent submissions into one statement: a submission goes at once when fewer than
 * `maxInFlight` statements are running, and otherwise joins the next, so a quiet letter waits for
 * nothing and a busy one pays one statement (and one commit) for many signers. Each submission is
 * answered only once its statement has committed, with its own outcome: when a statement fails,
 * its submissions run again one by one, and only the one at fault gets the error.
 */
export class SigningBatcher {
  readonly #queue: Waiting[] = [];
  // Addresses in a running statement: a second submission of one waits, so one statement never holds both.
  readonly #inFlight = new Set<string>();
  #running = 0;
  #scheduled = false;
  readonly #options: BatchOptions;

  constructor(
    private readonly db: Db,
    options: Partial<BatchOptions> = {},
  ) {
    this.#options = { ...DEFAULT_BATCH_OPTIONS, ...options };
  }

  submit(submission: FormSubmission): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ submission, key: `${submission.row.letterId} ${submission.row.emailIndex}`, resolve, reject });
      // After this turn of the event loop, so that requests read in the same turn share a statement.
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => {
          this.#scheduled = false;
          this.#flush();
        });
      }
    });
  }

  #flush() {
    while (this.#running < this.#options.maxInFlight && this.#queue.length > 0) {
      const batch = this.#take();
      if (batch.length === 0) return;
      this.#running++;
      void this.#run(batch).finally(() => {
        this.#running--;
        for (const w of batch) this.#inFlight.delete(w.key);
        this.#flush();
      });
    }
  }

  #take(): Waiting[] {
    const batch: Waiting[] = [];
    const keys = new Set<string>();
    for (let i = 0; i < this.#queue.length && batch.length < this.#options.maxBatch; ) {
      const w = this.#queue[i]!;
      if (this.#inFlight.has(w.key) || keys.has(w.key)) {
        i++;
        continue;
      }
      keys.add(w.key);
      batch.push(w);
      this.#queue.splice(i, 1);
    }
    for (const key of keys) this.#inFlight.add(key);
    return batch;
  }

  async #run(batch: Waiting[]) {
    try {
      const found = await submitAll(
        this.db,
        batch.map((w) => w.submission),
      );
      for (const [i, w] of batch.entries()) w.resolve(found[i]!);
    } catch (err) {
      if (batch.length === 1) {
        batch[0]!.reject(err);
        return;
      }
      // One bad row never fails another: each runs alone, and answers for itself.
      await Promise.all(
        batch.map((w) =>
          submitAll(this.db, [w.submission]).then(
            ([found]) => w.resolve(found!),
            (e: unknown) => w.reject(e),
          ),
        ),
      );
    }
  }
}
