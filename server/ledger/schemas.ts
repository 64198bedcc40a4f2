import { type Static, Type } from 'typebox';
import { LEDGER_EVENTS } from '../db/schema.js';
import { Choice, errors } from '../http/schemas.js';
import { SlugParams } from '../letters/schemas.js';

const Hash = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256, hex' });

const Checkpoint = Type.String({ description: 'a signed tree head: a C2SP tlog-checkpoint signed note, with any witness cosignatures (see docs/LEDGER.md)' });

export const Receipt = Type.Object(
  {
    position: Type.Integer(),
    hash: Hash,
    treeSize: Type.Optional(Type.Integer({ description: 'the size of the first signed head that covers the entry' })),
    checkpoint: Type.Optional(Checkpoint),
    inclusion: Type.Optional(Type.Array(Hash, { description: "the entry's inclusion proof (RFC 9162) against that head: leaf = SHA-256(0x00 || entry hash)" })),
  },
  { description: 'the ledger entry that put this signature on the public list, and its proof against a signed head' },
);
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
  root: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'the Merkle root over the entries (RFC 6962), hex' }),
  checkpoint: Checkpoint,
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

const Proof = Type.Array(Hash, { description: 'node hashes, hex, in the order of RFC 9162' });

export const InclusionQuery = Type.Object(
  {
    position: Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'the entry (its position; its leaf index is position - 1)' }),
    size: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'the tree size; the latest signed head by default' })),
  },
  { additionalProperties: false },
);
export type InclusionQueryInput = Static<typeof InclusionQuery>;

export const inclusionSchema = {
  tags: ['ledger'],
  summary: "An entry's inclusion proof in the ledger's Merkle tree",
  params: SlugParams,
  querystring: InclusionQuery,
  response: {
    200: Type.Object({ position: Type.Integer(), treeSize: Type.Integer(), root: Hash, leaf: Hash, hash: Hash, inclusion: Proof }),
    ...errors(400, 404),
  },
};

export const ConsistencyQuery = Type.Object(
  {
    from: Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'the earlier tree size' }),
    to: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'the later tree size; the latest signed head by default' })),
  },
  { additionalProperties: false },
);
export type ConsistencyQueryInput = Static<typeof ConsistencyQuery>;

export const consistencySchema = {
  tags: ['ledger'],
  summary: 'A consistency proof between two sizes of the ledger: the earlier tree is a prefix of the later',
  params: SlugParams,
  querystring: ConsistencyQuery,
  response: {
    200: Type.Object({ from: Type.Integer(), to: Type.Integer(), fromRoot: Hash, toRoot: Hash, consistency: Proof }),
    ...errors(400, 404),
  },
};

export const checkpointSchema = {
  tags: ['ledger'],
  summary: "The letter's latest signed tree head, as a C2SP tlog-checkpoint (text/plain), with witnesses' cosignatures",
  params: SlugParams,
  response: { 200: Type.String(), ...errors(404) },
};

export const CosignatureBody = Type.Object(
  { checkpoint: Type.String({ maxLength: 20_000, description: 'a checkpoint this instance signed, with the cosignature lines of witnesses' }) },
  { additionalProperties: false },
);

export const cosignatureSchema = {
  tags: ['ledger'],
  summary: "A peer witness hands in its cosignature of one of the letter's heads",
  params: SlugParams,
  body: CosignatureBody,
  response: { 200: Type.Object({ accepted: Type.Integer({ description: 'cosignatures by known witnesses, verified and kept' }) }), ...errors(400, 403, 404, 409) },
};

const PublishedKey = Type.Object({
  vkey: Type.String({ description: 'C2SP signed-note verifier key' }),
  purpose: Choice(['log', 'witness'] as const, { description: "log: signs this instance's heads; witness: cosigns other instances' heads" }),
  createdAt: Type.String({ format: 'date-time' }),
  retiredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const keysSchema = {
  tags: ['ledger'],
  summary: "The instance's ledger keys, its letters' logs and the peers it witnesses",
  response: {
    200: Type.Object({
      format: Type.Literal('undersigned-ledger-keys-v1'),
      name: Type.String({ description: 'the instance: the key name of its log key' }),
      keys: Type.Array(PublishedKey),
      logs: Type.Array(Type.Object({ origin: Type.String(), url: Type.String(), checkpoint: Type.String() })),
      witnesses: Type.Array(Type.String({ description: 'the peers this instance witnesses (WITNESS_PEERS)' })),
    }),
  },
};
