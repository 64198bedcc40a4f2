import type { ReceiptView } from './ledger/schemas.js';

/** A letter named by both its keys: the ledger is keyed by id, the public cache by slug. */
export interface LetterRef {
  id: string;
  slug: string;
}

/**
 * What a committed write changed. A command returns it beside its value, and one function
 * (`applyEffects`, plugins/effects.ts) acts on it, so that no caller can forget an effect.
 */
export interface Effects {
  /** Letters whose public view changed: their cached pages are renewed on every instance. */
  readonly refresh?: readonly string[];
  /** Letters that recorded ledger events: chained (so receipts and heads include them), then renewed. */
  readonly chain?: readonly LetterRef[];
  /** Mail was queued in the outbox: the worker is woken to send it now rather than at its next poll. */
  readonly mail?: boolean;
}

/** A command's result: its value, and what the write changed. */
export interface Outcome<T> {
  readonly value: T;
  readonly effects: Effects;
}

/** A command that put a signature on a letter's ledger: its caller gets the signer's receipt. */
export interface SignedOutcome<T> extends Outcome<T> {
  readonly receiptOf: { letterId: string; signatureId: string };
}

export const outcome = <T>(value: T, effects: Effects = {}): Outcome<T> => ({ value, effects });

/** A change to signatures' places on a letter's list: its ledger events are chained and the letter renewed. */
export const listChanged = <T>(value: T, letter: LetterRef): Outcome<T> => outcome(value, { chain: [{ id: letter.id, slug: letter.slug }] });

/** The same, where the signer is answered with their receipt once the events are chained. */
export const signedInto = <T>(value: T, letter: LetterRef, signatureId: string): SignedOutcome<T> => ({
  ...listChanged(value, letter),
  receiptOf: { letterId: letter.id, signatureId },
});

/** What applying effects needs: the parts that act on them, passed in by the app. */
export interface EffectParts {
  chain(letterId: string): Promise<void>;
  refresh(slug: string): Promise<void>;
  wakeOutbox(): void;
  receipt(letterId: string, signatureId: string): Promise<ReceiptView | null>;
}

const isSigned = <T>(done: Outcome<T>): done is SignedOutcome<T> => 'receiptOf' in done;

type Receipted<T> = T & { receipt: ReceiptView | null };

export interface ApplyEffects {
  <T extends object>(pending: SignedOutcome<T> | Promise<SignedOutcome<T>>): Promise<Receipted<T>>;
  <T>(pending: Outcome<T> | Promise<Outcome<T>>): Promise<T>;
}

/**
 * The one function every command's outcome passes through: ledger events are chained before
 * the letter is renewed (a reader who sees the new count can verify it), mail is sent now, and
 * a signer's receipt is read once their events are chained.
 */
export function effectsApplier(parts: EffectParts): ApplyEffects {
  function apply<T extends object>(pending: SignedOutcome<T> | Promise<SignedOutcome<T>>): Promise<Receipted<T>>;
  function apply<T>(pending: Outcome<T> | Promise<Outcome<T>>): Promise<T>;
  async function apply<T>(pending: Outcome<T> | Promise<Outcome<T>>): Promise<T | Receipted<T>> {
    const done = await pending;
    const { chain = [], refresh = [], mail = false } = done.effects;
    if (mail) parts.wakeOutbox();
    for (const letter of chain) await parts.chain(letter.id);
    for (const slug of new Set([...chain.map((l) => l.slug), ...refresh])) await parts.refresh(slug);
    if (!isSigned(done)) return done.value;
    const receipt = await parts.receipt(done.receiptOf.letterId, done.receiptOf.signatureId);
    return { ...done.value, receipt };
  }
  return apply;
}
