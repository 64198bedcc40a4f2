import { type Static, Type } from 'typebox';
import { LEDGER_EVENTS } from '../db/schema.js';
import { Choice, errors } from '../http/schemas.js';
import { SlugParams } from '../letters/schemas.js';

const Hash = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256, hex' });

export const Receipt = Type.Object({ position: Type.Integer(), hash: Hash }, { description: 'the ledger entry that put this signature on the public list' });
export type ReceiptView = Static<typeof Receipt>;

export const LedgerEntry = Type.Object({
  position: Type.Integer({ minimum: 1 }),
  event: Choice(LEDGER_EVENTS, {
    description: 'confirmed, approved, reconsented: the signature is on the list with this content; withdrawn, rejected: it is not',
  }),
  ref: Type.String({ format: 'uuid', description: 'the signature, as `ref` on the public list' }),
  day: Type.String({ format: 'date', description: 'UTC day of the event; the hour is withheld' }),
  contentHash: Type.Union([Hash, Type.Null()]),
  content: Type.Union([Type.String(), Type.Null()], {
    description: 'the exact text hashed: the public list item (RFC 8785 JSON) with a random salt; null for departures, and cleared once the signatory is no longer public',
  }),
  prev: Hash,
  hash: Hash,
});
export type LedgerEntryView = Static<typeof LedgerEntry>;

export const LedgerQuery = Type.Object(
  {
    // Positions are a PostgreSQL integer column: anything past its range is the caller's mistake.
    after: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647, default: 0, description: 'entries after this position' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1000 })),
  },
  { additionalProperties: false },
);
export type LedgerQueryInput = Static<typeof LedgerQuery>;

export const Ledger = Type.Object({
  letter: Type.String(),
  format: Type.Literal('undersigned-ledger-v1', { description: 'see docs/LEDGER.md' }),
  genesis: Hash,
  length: Type.Integer(),
  head: Hash,
  entries: Type.Array(LedgerEntry),
  next: Type.Union([Type.Integer(), Type.Null()], { description: 'the `after` of the next page; null on the last' }),
});

export const ledgerSchema = {
  tags: ['ledger'],
  summary: "The letter's signatory ledger: a hash chain of every public signature event",
  params: SlugParams,
  querystring: LedgerQuery,
  response: { 200: Ledger, ...errors(400, 404) },
};
