import { type Static, Type } from 'typebox';
import { LETTER_STATUSES, SIGNER_KINDS } from '../db/schema.js';
import { RISKY_ENTRY_PATTERN } from '../signatures/risky-mailboxes.js';
import { Choice, DateTime, MultiLineText, NullableDateTime, OneLine, OneLineText, errors, LANGUAGE_TAG } from '../http/schemas.js';
import type { LetterStats } from './stats.js';

export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const SLUG_MAX = 80;

export const Slug = Type.String({
  minLength: 1,
  maxLength: SLUG_MAX,
  pattern: SLUG_PATTERN,
  description: 'lower-case letters, digits and single hyphens',
});
export const SlugParams = Type.Object({ slug: Slug });

export const SignerKindSchema = Choice(SIGNER_KINDS);

const letterFields = {
  title: OneLineText(300, "the letter's title"),
  body: MultiLineText(100_000, 'the text, in Markdown'),
  addressee: OneLineText(500, 'whom the letter is addressed to'),
  language: Type.String({
    pattern: LANGUAGE_TAG,
    maxLength: 35,
    description: 'BCP 47 language tag of the text, e.g. en or fr-CA',
  }),
  slug: Slug,
  summary: OneLine(1000, { description: 'one or two sentences for previews' }),
  signerKinds: Type.Array(SignerKindSchema, { minItems: 1, uniqueItems: true }),
  closesAt: Type.Union([DateTime, Type.Null()], { description: 'when signing ends; must be in the future' }),
  moderatedKinds: Type.Array(SignerKindSchema, {
    uniqueItems: true,
    description: 'kinds whose signatures wait for approval before they are shown or counted (default: legislator, organization)',
  }),
  publishBatchSeconds: Type.Union([Type.Integer({ minimum: 0, maximum: 86_400 }), Type.Null()], {
    description: "seconds between the wall-clock boundaries at which new signatures are published (0: at once); null: the instance's PUBLISH_BATCH_SECONDS",
  }),
  goal: Type.Union(
    [
      Type.Object(
        {
          count: Type.Integer({ minimum: 1, maximum: 100_000_000, description: 'this many public signatures' }),
          kind: Type.Optional(Type.Union([SignerKindSchema, Type.Null()], { description: 'of this kind alone ("100 legislators"); absent or null: of any kind' })),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ],
    { description: "the organizers' goal, shown as a progress bar; reaching it is mailed to the letter's owners and editors, once; null: none" },
  ),
  nameThreshold: Type.Union([Type.Integer({ minimum: 2, maximum: 1000 }), Type.Null()], {
    description: 'names of signatories from a country are published only once this many from that country have signed (they are counted meanwhile); null: at once',
  }),
  namesReleaseAt: Type.Union([DateTime, Type.Null()], { description: 'no name is published before this time (a launch); signatures are counted meanwhile' }),
  replyWaitDays: Type.Integer({
    minimum: 1,
    maximum: 365,
    description: 'days after delivery before an addressee who has not answered counts as "no reply" on the public page (default 30)',
  }),
  riskyMailProviders: Type.Union(
    [
      Type.Array(Type.String({ maxLength: 256, pattern: RISKY_ENTRY_PATTERN }), {
        maxItems: 500,
        description: 'each a shipped jurisdiction (CN, RU: all its providers), a domain (qq.com; its subdomains too), or a domain and its state (chmail.ir:IR)',
      }),
      Type.Null(),
    ],
    { description: 'mail providers whose signers are warned, before any mail, that the state they answer to can read it: null (default) the shipped list, [] none' },
  ),
};

export const CreateLetterBody = Type.Object(
  {
    title: letterFields.title,
    body: letterFields.body,
    addressee: letterFields.addressee,
    language: Type.Optional(letterFields.language),
    slug: Type.Optional(letterFields.slug),
    summary: Type.Optional(letterFields.summary),
    signerKinds: Type.Optional(letterFields.signerKinds),
    closesAt: Type.Optional(letterFields.closesAt),
    moderatedKinds: Type.Optional(letterFields.moderatedKinds),
    publishBatchSeconds: Type.Optional(letterFields.publishBatchSeconds),
    nameThreshold: Type.Optional(letterFields.nameThreshold),
    namesReleaseAt: Type.Optional(letterFields.namesReleaseAt),
    riskyMailProviders: Type.Optional(letterFields.riskyMailProviders),
    goal: Type.Optional(letterFields.goal),
  },
  { additionalProperties: false },
);
export type CreateLetterInput = Static<typeof CreateLetterBody>;

export const UpdateLetterBody = Type.Object(
  {
    title: Type.Optional(letterFields.title),
    body: Type.Optional(letterFields.body),
    addressee: Type.Optional(letterFields.addressee),
    language: Type.Optional(letterFields.language),
    slug: Type.Optional(letterFields.slug),
    summary: Type.Optional(Type.Union([letterFields.summary, Type.Null()])),
    signerKinds: Type.Optional(letterFields.signerKinds),
    closesAt: Type.Optional(letterFields.closesAt),
    moderatedKinds: Type.Optional(letterFields.moderatedKinds),
    publishBatchSeconds: Type.Optional(letterFields.publishBatchSeconds),
    nameThreshold: Type.Optional(letterFields.nameThreshold),
    namesReleaseAt: Type.Optional(letterFields.namesReleaseAt),
    riskyMailProviders: Type.Optional(letterFields.riskyMailProviders),
    goal: Type.Optional(letterFields.goal),
    replyWaitDays: Type.Optional(letterFields.replyWaitDays),
    editorial: Type.Optional(Type.Boolean({ description: 'a correction (typos): signers are not asked to consent again; the change is public' })),
    coOrganizersSeeAddresses: Type.Optional(
      Type.Boolean({ description: "owners only: let editors, moderators and viewers see signers' addresses (default false: moderators see the domain, the others nothing)" }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateLetterInput = Static<typeof UpdateLetterBody>;

export const Stats = Type.Object({
  total: Type.Integer(),
  byKind: Type.Object({
    legislator: Type.Integer(),
    organization: Type.Integer(),
    individual: Type.Integer(),
  }),
  byCountry: Type.Record(Type.String(), Type.Integer()),
  countries: Type.Integer(),
  legislatorCountries: Type.Integer({ description: 'countries of the legislators alone' }),
  withheld: Type.Integer({ description: "counted, but names not yet published (the letter's nameThreshold or namesReleaseAt); anonymous signatories are not among them" }),
  summary: Type.String(),
});

export const LedgerHead = Type.Object(
  {
    length: Type.Integer({ description: 'entries in the chain, and leaves of the signed tree head' }),
    head: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'the hash of the last entry (64 zeros while empty)' }),
    root: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'the Merkle root of the signed tree head (GET …/ledger/checkpoint), hex' }),
    witnesses: Type.Union(
      [
        Type.Object({
          count: Type.Integer({ description: 'witnesses that cosigned it' }),
          treeSize: Type.Integer({ description: 'the size of the latest head witnesses cosigned' }),
          at: Type.String({ format: 'date-time', description: 'when the last of them cosigned' }),
        }),
        Type.Null(),
      ],
      { description: 'the latest head cosigned by witnesses; null while none has' },
    ),
  },
  { description: 'the head of the signatory ledger (GET …/ledger): quote it, and anyone can later check that the list changed only by recorded events' },
);

export const Letter = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  body: Type.String(),
  bodyHtml: Type.String({ description: 'body rendered from Markdown and sanitized' }),
  summary: Type.Union([Type.String(), Type.Null()]),
  addressee: Type.String(),
  language: Type.String(),
  signerKinds: Type.Array(SignerKindSchema),
  moderatedKinds: Type.Array(SignerKindSchema),
  riskyMailProviders: Type.Union([Type.Array(Type.String()), Type.Null()], { description: 'null: the shipped list (see docs/API.md)' }),
  status: Choice(LETTER_STATUSES, { description: 'founding: open to invited signers only' }),
  version: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
  publishedAt: NullableDateTime,
  closesAt: NullableDateTime,
  closedAt: NullableDateTime,
  publishBatchSeconds: Type.Union([Type.Integer(), Type.Null()], { description: "the letter's own batch length; null: the instance's" }),
  nameThreshold: Type.Union([Type.Integer(), Type.Null()]),
  namesReleaseAt: NullableDateTime,
  goal: Type.Union([Type.Object({ count: Type.Integer(), kind: Type.Union([SignerKindSchema, Type.Null()]), reachedAt: NullableDateTime }), Type.Null()], {
    description: "the organizers' goal and when the public count reached it; null: none",
  }),
  stats: Stats,
  ledger: LedgerHead,
  coOrganizersSeeAddresses: Type.Optional(
    Type.Boolean({ description: "shown only to the letter's organizers: whether editors, moderators and viewers see signers' addresses (owners always do); set by an owner" }),
  ),
  replyWaitDays: Type.Optional(
    Type.Integer({ description: 'shown only to the letter\'s organizers: days after delivery before an addressee who has not answered counts as "no reply" (GET …/addressees shows it to all)' }),
  ),
});
/** A letter as the services give it: its stats whole (the API's schema shows part of them). */
export type LetterView = Omit<Static<typeof Letter>, 'stats'> & { stats: LetterStats };

export const LetterList = Type.Object({ items: Type.Array(Letter) });

const tags = ['letters'];
const organizerOnly = { security: [{ bearer: [] }] };

export const createLetterSchema = {
  tags,
  ...organizerOnly,
  summary: 'Draft a letter',
  body: CreateLetterBody,
  response: { 201: Letter, ...errors(400, 401, 409, 413, 415) },
};
export const updateLetterSchema = {
  tags,
  ...organizerOnly,
  summary: 'Edit a letter',
  params: SlugParams,
  body: UpdateLetterBody,
  response: { 200: Letter, ...errors(400, 401, 403, 404, 409, 413, 415) },
};
export const transitionSchema = (summary: string) => ({
  tags,
  ...organizerOnly,
  summary,
  params: SlugParams,
  response: { 200: Letter, ...errors(400, 401, 403, 404, 409) },
});
export const listLettersSchema = {
  tags,
  ...organizerOnly,
  summary: 'The letters you organize, newest first',
  response: { 200: LetterList, ...errors(401) },
};
export const getLetterSchema = {
  tags,
  summary: 'Read a letter (drafts only for its organizers)',
  params: SlugParams,
  response: { 200: Letter, ...errors(400, 401, 404) },
};
export const getStatsSchema = {
  tags,
  summary: 'Signature counts and the summary line',
  params: SlugParams,
  response: { 200: Stats, ...errors(400, 404) },
};

/** A word diff, field by field (title, addressee, summary, body), of what changed. */
const VersionChanges = Type.Array(
  Type.Object({
    field: Type.String(),
    parts: Type.Array(Type.Object({ value: Type.String(), added: Type.Boolean(), removed: Type.Boolean() })),
  }),
);
export type Changes = Static<typeof VersionChanges>;

export const Version = Type.Object({
  version: Type.Integer(),
  editorial: Type.Boolean(),
  createdAt: DateTime,
  title: Type.String(),
  body: Type.String(),
  addressee: Type.String(),
  summary: Type.Union([Type.String(), Type.Null()]),
  changes: Type.Union([Type.Null(), VersionChanges], { description: 'word diff against the previous version (null for the first)' }),
});
export type VersionView = Static<typeof Version>;

export const TranslationBody = Type.Object(
  {
    language: letterFields.language,
    title: letterFields.title,
    body: letterFields.body,
    addressee: Type.Optional(Type.Union([OneLineText(500, 'whom the letter is addressed to, in this language'), Type.Null()], { description: "null or absent: the original's addressee" })),
    basedOnVersion: Type.Optional(Type.Integer({ minimum: 1, description: "the version of the original this translates (1 to the letter's version; default its current version)" })),
  },
  { additionalProperties: false },
);
export type TranslationInput = Static<typeof TranslationBody>;

export const Translation = Type.Object({
  language: Type.String(),
  title: Type.String(),
  body: Type.String(),
  bodyHtml: Type.String(),
  addressee: Type.Union([Type.String(), Type.Null()], { description: "whom the letter is addressed to in this language; null: the original's addressee" }),
  version: Type.Integer({ description: 'the version of the original text this translates (the same as basedOnVersion)' }),
  basedOnVersion: Type.Integer({ description: 'the version of the original text this translates' }),
  revision: Type.Integer({ description: 'how many times this translation has been saved: its newest revision (see GET …/versions)' }),
  outdated: Type.Boolean({ description: "basedOnVersion is below the letter's current version" }),
  updatedAt: DateTime,
});
export type TranslationView = Static<typeof Translation>;

/** One saved text of a translation, in the public history. */
export const TranslationRevision = Type.Object({
  language: Type.String(),
  revision: Type.Integer({ description: 'numbered from 1 per language' }),
  basedOnVersion: Type.Integer({ description: 'the version of the original this revision translates' }),
  createdAt: DateTime,
  title: Type.String(),
  addressee: Type.Union([Type.String(), Type.Null()], { description: "null: the original's addressee" }),
  body: Type.String(),
  changes: Type.Union([Type.Null(), VersionChanges], { description: "word diff against the same language's previous revision (null for the first)" }),
});
export type TranslationRevisionView = Static<typeof TranslationRevision>;

export const listVersionsSchema = {
  tags,
  summary: 'Every version of the text, with what changed and whether it was editorial',
  params: SlugParams,
  response: {
    200: Type.Object({
      items: Type.Array(Version),
      translations: Type.Array(TranslationRevision, { description: 'every revision of every translation, by language then revision, each with its diff against the one before' }),
    }),
    ...errors(400, 404),
  },
};

export const saveTranslationSchema = {
  tags,
  ...organizerOnly,
  summary: 'Add or replace the letter in another language',
  params: SlugParams,
  body: TranslationBody,
  response: { 200: Translation, ...errors(400, 401, 403, 404) },
};
export const listTranslationsSchema = {
  tags,
  summary: 'The letter in other languages',
  params: SlugParams,
  response: { 200: Type.Object({ items: Type.Array(Translation) }), ...errors(400, 404) },
};
