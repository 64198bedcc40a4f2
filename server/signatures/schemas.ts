import { type Static, Type } from 'typebox';
import { errors } from '../http/schemas.js';
import { SignerKindSchema, SlugParams } from '../letters/schemas.js';

const Field = (description: string) => Type.String({ maxLength: 400, description });

export const SignBody = Type.Object(
  {
    kind: SignerKindSchema,
    name: Type.String({ minLength: 1, maxLength: 400, description: 'the signer; for an organization, its representative' }),
    email: Type.String({ minLength: 3, maxLength: 254, description: 'never shown; confirmation goes here' }),
    country: Type.String({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' }),
    title: Type.Optional(Field('a legislator\'s title, e.g. Member of Parliament')),
    parliament: Type.Optional(Field('a legislator\'s parliament')),
    party: Type.Optional(Field('a legislator\'s party (optional)')),
    organization: Type.Optional(Field('the organization signing')),
    role: Type.Optional(Field('the representative\'s role in the organization')),
    display: Type.Optional(
      Type.Union([Type.Literal('full'), Type.Literal('initials'), Type.Literal('anonymous')], {
        description: 'full name, initials only, or counted but not listed',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SignInput = Static<typeof SignBody>;

export const TokenBody = Type.Object(
  { token: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);
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
  signedAt: Type.String({ format: 'date', description: 'the day (UTC) of confirmation; the hour is withheld to protect signers' }),
});
export type PublicSignatureView = Static<typeof PublicSignature>;

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
    200: Type.Object({ status: Type.Literal('confirmed'), letter: Type.String() }),
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
    200: Type.Object({ items: Type.Array(PublicSignature), nextCursor: Type.Union([Type.String(), Type.Null()]) }),
    ...errors(400, 404),
  },
};
