import { type Static, Type } from 'typebox';
import { Receipt } from '../ledger/schemas.js';
import { errors } from '../http/schemas.js';
import { SignerKindSchema, SlugParams } from '../letters/schemas.js';
import { TokenBody } from '../signatures/schemas.js';

const Field = Type.Optional(Type.String({ maxLength: 400 }));
/** What an invitation may fill in for the invitee, and what the invitee may correct. */
const signerDetails = {
  title: Field,
  parliament: Field,
  party: Field,
  organization: Field,
  role: Field,
  website: Field,
  country: Field,
};

/** One invitee: loose here, checked row by row so that good rows are taken and bad ones reported. */
export const Invitee = Type.Object(
  {
    name: Type.String({ maxLength: 400 }),
    email: Type.String({ maxLength: 400 }),
    kind: Type.String({ maxLength: 40 }),
    ...signerDetails,
  },
  { additionalProperties: false },
);
export type InviteeInput = Static<typeof Invitee>;

export const InvitationsBody = Type.Union([
  Type.Object({ invitees: Type.Array(Invitee, { minItems: 1, maxItems: 5000 }) }, { additionalProperties: false }),
  Type.String({ description: 'text/csv with a header row: name,email,kind,title,parliament,party,organization,role,website,country' }),
]);

export const RowError = Type.Object({
  line: Type.Integer({ description: 'CSV line number (the header is line 1), or position in the JSON list from 1' }),
  field: Type.Union([Type.String(), Type.Null()]),
  reason: Type.String(),
});

export const InvitationsResult = Type.Object({
  invited: Type.Integer(),
  alreadyInvited: Type.Integer(),
  errors: Type.Array(RowError),
});
export type InvitationsResultView = Static<typeof InvitationsResult>;

export const inviteSchema = {
  tags: ['invitations'],
  security: [{ bearer: [] }],
  summary: 'Invite signers (JSON or CSV); each gets a personal signing link by email',
  params: SlugParams,
  body: InvitationsBody,
  response: { 200: InvitationsResult, 201: InvitationsResult, ...errors(400, 401, 403, 404, 409, 413, 415) },
};

export const AcceptBody = Type.Object(
  {
    token: TokenBody.properties.token,
    name: Field,
    ...signerDetails,
    display: Type.Optional(Type.Union([Type.Literal('full'), Type.Literal('initials'), Type.Literal('anonymous')])),
  },
  { additionalProperties: false },
);
export type AcceptInput = Static<typeof AcceptBody>;

export const acceptSchema = {
  tags: ['invitations'],
  summary: 'Sign through an invitation: no email confirmation needed, counted as verified',
  body: AcceptBody,
  response: {
    200: Type.Object({ status: Type.Literal('confirmed'), letter: Type.String(), receipt: Type.Union([Receipt, Type.Null()]) }),
    ...errors(400, 404, 409, 410),
  },
};

export { SignerKindSchema };
