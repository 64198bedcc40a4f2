import { type Static, type TString, Type } from 'typebox';
import { Receipt } from '../ledger/schemas.js';
import { Publication } from '../signatures/schemas.js';
import { DISPLAY_CHOICES } from '../db/schema.js';
import { Choice, errors, OneLine } from '../http/schemas.js';
import { SignerKindSchema, SlugParams } from '../letters/schemas.js';
import { TokenBody } from '../signatures/schemas.js';

/**
 * What an invitation may fill in for the invitee, and what the invitee may correct: one line
 * each in the invitee's answer; loose in the organizers' rows, where the service refuses line
 * breaks and control characters row by row (cleanText), so that the good rows are still taken.
 */
const signerDetails = (field: () => TString) => ({
  title: Type.Optional(field()),
  parliament: Type.Optional(field()),
  party: Type.Optional(field()),
  organization: Type.Optional(field()),
  role: Type.Optional(field()),
  website: Type.Optional(field()),
  country: Type.Optional(field()),
});
const Loose = () => Type.String({ maxLength: 400 });
const Field = () => OneLine(400);

/** One invitee: loose here, checked row by row so that good rows are taken and bad ones reported. */
export const Invitee = Type.Object(
  {
    name: Loose(),
    email: Loose(),
    kind: Type.String({ maxLength: 40 }),
    ...signerDetails(Loose),
  },
  { additionalProperties: false },
);
export type InviteeInput = Static<typeof Invitee>;

/** Invitees in one request, as JSON or as CSV rows. */
export const MAX_INVITEES = 5000;
/** Bytes of an invitation request, JSON or CSV: room for MAX_INVITEES rows. */
export const INVITATIONS_BODY_LIMIT = 2 * 1024 * 1024;

export const InvitationsCsv = Type.String({
  maxLength: INVITATIONS_BODY_LIMIT,
  description: `text/csv with a header row: name,email,kind,title,parliament,party,organization,role,website,country; at most ${MAX_INVITEES} rows`,
});

export const InvitationsBody = Type.Union([Type.Object({ invitees: Type.Array(Invitee, { minItems: 1, maxItems: MAX_INVITEES }) }, { additionalProperties: false }), InvitationsCsv]);

export const RowError = Type.Object({
  line: Type.Integer({ description: 'CSV line number (the header is line 1), or position in the JSON list from 1' }),
  field: Type.Union([Type.String(), Type.Null()]),
  reason: Type.String(),
  code: Type.Optional(Type.String({ description: 'what is wrong, stable: VALIDATION_FAILED, KIND_NOT_ACCEPTED, DUPLICATE (the address appears earlier in the list)' })),
  why: Type.Optional(Type.String({ description: 'for VALIDATION_FAILED: required, tooLong, email, noLetter, noLink, website, choose' })),
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
    name: Type.Optional(Field()),
    ...signerDetails(Field),
    display: Type.Optional(Choice(DISPLAY_CHOICES)),
    news: Type.Optional(Type.Boolean({ description: "true: send the signer the organizers' news of this letter (as the sign body's news)" })),
  },
  { additionalProperties: false },
);
export type AcceptInput = Static<typeof AcceptBody>;

export const acceptSchema = {
  tags: ['invitations'],
  summary: 'Sign through an invitation: no email confirmation needed, counted as verified',
  body: AcceptBody,
  response: {
    200: Type.Object({ status: Type.Literal('confirmed'), letter: Type.String(), publication: Publication, receipt: Type.Union([Receipt, Type.Null()]) }),
    ...errors(400, 404, 409, 410),
  },
};

export { SignerKindSchema };
