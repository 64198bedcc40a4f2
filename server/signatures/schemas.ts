import { type Static, Type } from 'typebox';
import { DISPLAY_CHOICES, MODERATION_DECISIONS, MODERATION_STATES, SIGNATURE_STATUSES, VERIFICATIONS } from '../db/schema.js';
import { Choice, errors, OneLine } from '../http/schemas.js';
import { SignerKindSchema, SlugParams } from '../letters/schemas.js';
import { Receipt } from '../ledger/schemas.js';
import { PUBLICATION_STATES } from './publication.js';

/** Where a confirmed signature stands (see signatures/publication.ts). */
export const Publication = Type.Union([Choice(PUBLICATION_STATES), Type.Null()], {
  description:
    "held: waiting for the organizers (or not on the list); batched: confirmed, joins the list with the next batch; published: on the list; withheld: counted, the name published once the letter's threshold or launch allows; null: not confirmed",
});

const Field = (description: string) => OneLine(400, { description });
// How an affiliation was checked, or null: not checked.
const VerifiedBy = (options?: { description: string }) => Type.Union([...Choice(VERIFICATIONS).anyOf, Type.Null()], options);

export const SignBody = Type.Object(
  {
    kind: SignerKindSchema,
    name: OneLine(400, { minLength: 1, description: 'the signer; for an organization, its representative' }),
    email: OneLine(254, { minLength: 3, description: 'never shown; confirmation goes here' }),
    country: OneLine(2, { minLength: 2, description: 'ISO 3166-1 alpha-2' }),
    title: Type.Optional(Field("a legislator's title, e.g. Member of Parliament")),
    parliament: Type.Optional(Field("a legislator's parliament")),
    party: Type.Optional(Field("a legislator's party (optional)")),
    organization: Type.Optional(Field('the organization signing')),
    role: Type.Optional(Field("the representative's role in the organization")),
    website: Type.Optional(Field("the organization's website; an address at its domain verifies the signature")),
    display: Type.Optional(Choice(DISPLAY_CHOICES, { description: 'full name, initials only, or counted but not listed' })),
    language: Type.Optional(
      Type.String({ maxLength: 35, description: 'BCP 47 tag of the interface language the signer signed in, e.g. fr; stored canonical, and ignored when it is not a language tag' }),
    ),
    partner: Type.Optional(
      Type.String({ maxLength: 32, description: "the code of the partner whose sign widget this came through (?partner= in the widget's address); an unknown code counts for no partner" }),
    ),
    acknowledgeRiskyMailbox: Type.Optional(
      Type.Boolean({ description: "true: the signer was told that the state the letter concerns can read their mail provider's mail (409 RISKY_MAILBOX), and goes on" }),
    ),
    news: Type.Optional(
      Type.Boolean({
        default: false,
        description:
          "true: send the signer the organizers' news of this letter (a few a month at most, each with a one-click unsubscribe), from confirmation until they unsubscribe or withdraw; never shown",
      }),
    ),
  },
  { additionalProperties: false },
);
export type SignInput = Static<typeof SignBody>;

export const TokenBody = Type.Object({ token: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }) }, { additionalProperties: false });
export const TokenParams = TokenBody;

export const PublicSignature = Type.Object({
  name: Type.String(),
  kind: SignerKindSchema,
  title: Type.Union([Type.String(), Type.Null()]),
  parliament: Type.Union([Type.String(), Type.Null()]),
  party: Type.Union([Type.String(), Type.Null()]),
  organization: Type.Union([Type.String(), Type.Null()]),
  role: Type.Union([Type.String(), Type.Null()]),
  country: Type.String(),
  verified: Type.Boolean(),
  verifiedBy: VerifiedBy({ description: 'how the affiliation was checked' }),
  verifiedDomain: Type.Union([Type.String(), Type.Null()], { description: "with verifiedBy 'domain': the domain the signer writes from (hrw.org); otherwise null" }),
  version: Type.Integer({ description: 'the version of the text this signer consented to' }),
  founding: Type.Boolean({ description: 'signed in the founding round' }),
  signedAt: Type.String({ format: 'date', description: 'the day (UTC) of confirmation; the hour is withheld to protect signers' }),
});
export type PublicSignatureView = Static<typeof PublicSignature>;

/** An item of the public list: the public view and the signature's ref in the letter's ledger. */
export const ListedSignature = Type.Object({
  ref: Type.String({ format: 'uuid', description: "the signature's entries in the ledger (GET …/ledger) carry this ref" }),
  ...PublicSignature.properties,
});

export const ListQuery = Type.Object(
  {
    kind: Type.Optional(SignerKindSchema),
    country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    cursor: Type.Optional(Type.String({ maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })),
  },
  { additionalProperties: false },
);
export type ListQueryInput = Static<typeof ListQuery>;

const tags = ['signatures'];

export const signSchema = {
  tags,
  summary: 'Sign a letter; a confirmation email follows',
  params: SlugParams,
  body: SignBody,
  response: {
    202: Type.Object({ status: Type.Literal('pending_confirmation') }),
    ...errors(400, 404, 409, 413, 415, 429),
  },
};
export const confirmSchema = {
  tags,
  summary: 'Confirm a signature with the token from its email',
  body: TokenBody,
  response: {
    200: Type.Object({ status: Type.Literal('confirmed'), letter: Type.String(), publication: Publication, receipt: Type.Union([Receipt, Type.Null()]) }),
    ...errors(400, 404, 409, 410),
  },
};
export const withdrawSchema = {
  tags,
  summary: 'Withdraw a signature with the token from its email',
  body: TokenBody,
  response: {
    200: Type.Object({ status: Type.Literal('withdrawn'), letter: Type.String() }),
    ...errors(400, 404),
  },
};
export const listSchema = {
  tags,
  summary: 'The public signatories: confirmed, not withdrawn, as each signer chose to appear',
  params: SlugParams,
  querystring: ListQuery,
  response: {
    200: Type.Object({ items: Type.Array(ListedSignature), nextCursor: Type.Union([Type.String(), Type.Null()]) }),
    ...errors(400, 404),
  },
};

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const OrganizerSignature = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.Union([Type.String(), Type.Null()], { description: 'null once erased, or when hidden from this reader (emailHidden)' }),
  emailDomain: Type.Union([Type.String(), Type.Null()], {
    description: "the address's domain, in ASCII (a Unicode look-alike shows as xn--): shown to moderators even when the address is hidden from them; null once erased or when hidden",
  }),
  emailHidden: Type.Boolean({ description: "true when the letter's owners do not let this reader see the address (see coOrganizersSeeAddresses)" }),
  kind: SignerKindSchema,
  name: Type.String(),
  title: Nullable(Type.String()),
  parliament: Nullable(Type.String()),
  party: Nullable(Type.String()),
  organization: Nullable(Type.String()),
  role: Nullable(Type.String()),
  website: Nullable(Type.String()),
  websiteDomain: Nullable(Type.String({ description: 'the domain the website is registered under (evil.net for https://hrw.org.evil.net)' })),
  emailDomainShared: Type.Boolean({ description: 'the address is at a free, shared or forwarding mail provider, where anyone may have one' }),
  country: Type.String(),
  display: Choice(DISPLAY_CHOICES),
  status: Choice(SIGNATURE_STATUSES),
  moderation: Choice(MODERATION_STATES),
  moderationReason: Nullable(Type.String({ description: 'why it was held when its kind alone would not be: "looks like a listed name: ..." (null: no reason beyond its kind)' })),
  verifiedBy: VerifiedBy(),
  verifiedDomain: Nullable(Type.String({ description: "with verifiedBy 'domain': the domain it was made at, as the public sees it" })),
  version: Type.Integer(),
  founding: Type.Boolean(),
  ipHash: Nullable(Type.String({ description: "keyed hash of the signer's network address, keyed per letter: equal hashes on one letter, same address; unrelated across letters" })),
  createdAt: Type.String({ format: 'date-time' }),
  confirmedAt: Nullable(Type.String({ format: 'date-time' })),
  withdrawnAt: Nullable(Type.String({ format: 'date-time' })),
});
export type OrganizerSignatureView = Static<typeof OrganizerSignature>;

export const AllQuery = Type.Object(
  {
    status: Type.Optional(Choice(SIGNATURE_STATUSES)),
    ipHash: Type.Optional(Type.String({ maxLength: 32, pattern: '^[A-Za-z0-9_-]+$' })),
    moderation: Type.Optional(Choice(MODERATION_STATES, { description: 'moderation=pending&status=confirmed is the moderation queue' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
    cursor: Type.Optional(Type.String({ maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })),
  },
  { additionalProperties: false },
);
export type AllQueryInput = Static<typeof AllQuery>;

const organizerOnly = { security: [{ bearer: [] }] };

export const listAllSchema = {
  tags: ['moderation'],
  ...organizerOnly,
  summary: "Every signature with its email and state (the letter's organizers only)",
  params: SlugParams,
  querystring: AllQuery,
  response: {
    200: Type.Object({ items: Type.Array(OrganizerSignature), nextCursor: Type.Union([Type.String(), Type.Null()]) }),
    ...errors(400, 401, 403, 404),
  },
};

const DecisionParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const decisionSchema = (summary: string) => ({
  tags: ['moderation'],
  ...organizerOnly,
  summary,
  params: DecisionParams,
  response: { 200: OrganizerSignature, ...errors(400, 401, 403, 404, 409) },
});

/** A decision as the workspace's buttons post it: the API takes the decision in its path. */
export const DecisionBody = Type.Object({ id: DecisionParams.properties.id, decision: Choice(MODERATION_DECISIONS) }, { additionalProperties: false });

export const reconsentSchema = {
  tags,
  summary: "Consent to the letter's current text, with the token from the re-consent email",
  body: TokenBody,
  response: {
    200: Type.Object({ status: Type.Literal('reconsented'), letter: Type.String(), version: Type.Integer(), receipt: Type.Union([Receipt, Type.Null()]) }),
    ...errors(400, 404, 409, 410),
  },
};

export const InvalidateBody = Type.Object(
  {
    emailDomain: Type.Optional(Type.String({ minLength: 3, maxLength: 253, pattern: '^@?[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$' })),
    ipHash: Type.Optional(Type.String({ minLength: 8, maxLength: 32, pattern: '^[A-Za-z0-9_-]+$' })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    apply: Type.Optional(Type.Boolean({ description: 'false or absent: only count the matches (a preview)' })),
  },
  { additionalProperties: false },
);

export const invalidateSchema = {
  tags: ['moderation'],
  ...organizerOnly,
  summary: 'Mark a flood of signatures as fraudulent, by mail domain, address hash or time window (preview first)',
  params: SlugParams,
  body: InvalidateBody,
  response: { 200: Type.Object({ matched: Type.Integer(), invalidated: Type.Integer() }), ...errors(400, 401, 403, 404) },
};

const NullableString = Type.Union([Type.String(), Type.Null()]);
// What a signer gave beyond name and kind, as stored (null where their kind has no such field).
const SignerDetails = {
  title: NullableString,
  parliament: NullableString,
  party: NullableString,
  organization: NullableString,
  role: NullableString,
  website: NullableString,
};

export const StoredData = Type.Object({
  letter: Type.String(),
  letterTitle: Type.String(),
  kind: SignerKindSchema,
  name: Type.String(),
  ...SignerDetails,
  country: Type.String(),
  display: Type.String(),
  email: Type.Union([Type.String(), Type.Null()], { description: 'stored sealed (encrypted); null once erased' }),
  status: Type.String(),
  version: Type.Integer(),
  networkFingerprint: Type.Boolean({ description: 'whether a keyed hash of your network address is kept (for abuse checks; never the address)' }),
  news: Type.Boolean({ description: "whether the organizers' news of the letter is mailed to your address (the sign form's box; ended by its mails' unsubscribe link or a withdrawal)" }),
  createdAt: Type.String({ format: 'date-time' }),
  confirmedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  withdrawnAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  publication: Publication,
  receipt: Type.Union([Receipt, Type.Null()]),
  invitation: Type.Union(
    [
      Type.Object({
        kind: Type.String(),
        name: Type.String(),
        ...SignerDetails,
        country: NullableString,
        email: Type.String({ description: 'stored sealed (encrypted)' }),
        invitedAt: Type.String({ format: 'date-time' }),
        accepted: Type.Boolean(),
      }),
      Type.Null(),
    ],
    { description: 'what an organizer entered when inviting this address, if anything is left of it' },
  ),
});

export const storedDataSchema = {
  tags,
  summary: 'What is stored about you, with the token from your withdrawal link',
  body: TokenBody,
  response: { 200: StoredData, ...errors(400, 404) },
};

export const eraseSchema = {
  tags,
  summary: 'Erase your signature and everything stored with it, with the token from your withdrawal link',
  body: TokenBody,
  response: { 200: Type.Object({ status: Type.Literal('erased'), letter: Type.String() }), ...errors(400, 404) },
};
