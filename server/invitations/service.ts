import { type PublicationState, publishIfImmediate } from '../signatures/publication.js';
import { type Outcome, outcome, type SignedOutcome, signedInto } from '../effects.js';
import { readCsv } from '../csv.js';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { invitationEnded } from './erasure.js';
import type { Db } from '../db/client.js';
import { invitations, isSignerKind, letters, signatures } from '../db/schema.js';
import { AppError, because } from '../errors.js';
import { reachLetter } from '../letters/access.js';
import { effectiveStatus } from '../letters/service.js';
import { enqueue } from '../outbox/service.js';
import { MAIL_INVITATION } from './mail-kinds.js';
import type { Sealer } from '../sealer.js';
import { signerFields } from '../signatures/service.js';
import { recordEvents } from '../ledger/chain.js';
import { canonicalEmail, cleanCountry, cleanEmail, cleanOptionalText, cleanText, cleanWebsite, nameSkeleton } from '../signatures/validation.js';
import type { TokenHasher } from '../tokens.js';
import type { AcceptInput, InvitationsResultView, InviteeInput } from './schemas.js';

export const INVITATION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const CSV_COLUMNS = ['name', 'email', 'kind', 'title', 'parliament', 'party', 'organization', 'role', 'website', 'country'];

export interface InvitationDeps {
  db: Db;
  sealer: Sealer;
  tokens: TokenHasher;
  /** The app's clock (app.clock.now): closing times and link expiry are judged by it. */
  now: () => Date;
}

export interface AcceptDeps extends InvitationDeps {
  /** PUBLISH_BATCH_SECONDS: an accepted invitation is published at once only on letters without batches. */
  publishBatchSeconds: number;
}

type Row = { line: number; invitee: InviteeInput };

/**
 * CSV rows with their line numbers (the header is line 1); a malformed file is one 400. A request
 * takes at most maxRows (the JSON list's cap); the CLI, which invites in batches, takes any number.
 */
export function parseCsv(text: string, maxRows = Number.POSITIVE_INFINITY): Row[] {
  const records = readCsv(text, CSV_COLUMNS);
  if (records.length > maxRows) {
    throw because('tooMany', new AppError(400, 'INVALID_CSV', `The CSV has ${records.length} rows; at most ${maxRows} invitees at once`, undefined, { max: String(maxRows) }));
  }
  return records.map(({ record, line }) => ({
    line,
    invitee: { name: record.name ?? '', email: record.email ?? '', kind: record.kind ?? '', ...record },
  }));
}

/** The invitee's fields, cleaned; kind-specific fields may be left for the invitee to fill in. */
function cleanInvitee(invitee: InviteeInput) {
  const kind = invitee.kind.trim().toLowerCase();
  if (!isSignerKind(kind)) throw new AppError(400, 'VALIDATION_FAILED', 'kind: must be legislator, organization or individual', 'kind');
  return {
    kind,
    name: cleanText(invitee.name, 'name'),
    email: cleanEmail(invitee.email),
    title: cleanOptionalText(invitee.title, 'title'),
    parliament: cleanOptionalText(invitee.parliament, 'parliament'),
    party: cleanOptionalText(invitee.party, 'party'),
    organization: cleanOptionalText(invitee.organization, 'organization'),
    role: cleanOptionalText(invitee.role, 'role'),
    website: cleanWebsite(invitee.website),
    country: invitee.country?.trim() ? cleanCountry(invitee.country) : null,
  };
}

/**
 * Records invitations and queues their mail in one transaction. Good rows are taken; each bad
 * row is reported with its line and reason; an address already invited is counted, not re-sent.
 */
export async function invite({ db, sealer, now }: InvitationDeps, organizerId: string, slug: string, rows: Row[]): Promise<Outcome<InvitationsResultView>> {
  return db.transaction(async (tx) => {
    const { row: letter } = await reachLetter(tx, slug, { as: 'organizer', organizerId, can: 'edit' });
    const status = effectiveStatus(letter, now());
    if (status !== 'founding' && status !== 'open') {
      throw new AppError(409, 'NOT_TAKING_SIGNATURES', 'Invitations go out for a letter in its founding round or open');
    }
    const result: InvitationsResultView = { invited: 0, alreadyInvited: 0, errors: [] };
    const seen = new Set<string>();
    for (const { line, invitee } of rows) {
      let clean: ReturnType<typeof cleanInvitee>;
      try {
        clean = cleanInvitee(invitee);
        if (!letter.signerKinds.includes(clean.kind)) {
          throw new AppError(400, 'KIND_NOT_ACCEPTED', `kind: this letter is not signed by ${clean.kind}s`, 'kind');
        }
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        result.errors.push({ line, field: err.field ?? null, reason: err.message, code: err.code, ...(err.reason ? { why: err.reason } : {}) });
        continue;
      }
      const emailIndex = sealer.index(canonicalEmail(clean.email));
      if (seen.has(emailIndex)) {
        result.errors.push({ line, field: 'email', reason: 'email: the same address appears earlier in this list', code: 'DUPLICATE' });
        continue;
      }
      seen.add(emailIndex);
      const { email, ...fields } = clean;
      const [created] = await tx
        .insert(invitations)
        .values({ ...fields, letterId: letter.id, emailSealed: sealer.seal(email), emailIndex, invitedBy: organizerId })
        .onConflictDoNothing({ target: [invitations.letterId, invitations.emailIndex] })
        .returning({ id: invitations.id });
      if (!created) {
        result.alreadyInvited++;
        continue;
      }
      await enqueue(tx, MAIL_INVITATION, { invitationId: created.id }, now());
      result.invited++;
    }
    return outcome(result, { mail: result.invited > 0 });
  });
}

/**
 * The invitation behind a link (and its letter), or a 404/410. An invitation that has ended (its
 * signature withdrawn or erased, or its letter's data erased) is 410, whatever its age; one
 * already accepted is returned, for its page to say so.
 */
export async function resolveInvitation({ db, tokens, now }: InvitationDeps, token: string) {
  const [row] = await db
    .select({ invitation: invitations, letter: letters })
    .from(invitations)
    .innerJoin(letters, eq(letters.id, invitations.letterId))
    .where(inArray(invitations.tokenHash, tokens.candidates('invite', token)));
  if (!row) throw new AppError(404, 'TOKEN_UNKNOWN', 'This invitation link is not valid. Check that it was copied whole from the email.');
  if (invitationEnded(row.invitation)) {
    throw new AppError(410, 'INVITATION_ENDED', 'This invitation has ended: the signature made through it was withdrawn or erased, and it cannot sign again.');
  }
  if (!row.invitation.acceptedAt && row.invitation.expiresAt && row.invitation.expiresAt <= now()) {
    throw new AppError(410, 'TOKEN_EXPIRED', 'This invitation has expired. Ask the organizers for a new one.');
  }
  return row;
}

export const invitationUsed = () =>
  new AppError(409, 'INVITATION_USED', 'This invitation has already been used to sign the letter. An invitation signs once; the signature made with it stands as it was given.');

/**
 * Signs through an invitation, once: the link reached the invited mailbox, so the signature is
 * confirmed at once and verified as invited, and it skips moderation and the look-alike check
 * (an organizer chose the invitee, and the name comes from their list or the invitee's correction).
 */
export async function acceptInvitation(deps: AcceptDeps, input: AcceptInput): Promise<SignedOutcome<{ status: 'confirmed'; letter: string; publication: PublicationState | null }>> {
  const { invitation, letter } = await resolveInvitation(deps, input.token);
  if (invitation.acceptedAt) throw invitationUsed();
  const now = deps.now();
  const status = effectiveStatus(letter, now);
  if (status !== 'founding' && status !== 'open') {
    const closedOn = letter.closedAt ?? letter.closesAt;
    throw new AppError(409, 'LETTER_CLOSED', closedOn ? `This letter closed on ${closedOn.toISOString().slice(0, 10)}, so your signature was not added.` : 'This letter is not taking signatures');
  }
  const pick = (field: 'name' | 'title' | 'parliament' | 'party' | 'organization' | 'role' | 'website' | 'country') => (input[field]?.trim() ? input[field] : (invitation[field] ?? undefined));
  const email = deps.sealer.open(invitation.emailSealed);
  const fields = signerFields({
    kind: invitation.kind,
    email,
    name: pick('name') ?? '',
    country: pick('country') ?? '',
    title: pick('title'),
    parliament: pick('parliament'),
    party: pick('party'),
    organization: pick('organization'),
    role: pick('role'),
    website: pick('website'),
    display: input.display,
  });
  const state = {
    ...fields,
    nameSkeleton: nameSkeleton(fields.name),
    letterVersion: letter.version,
    status: 'confirmed' as const,
    confirmedAt: now,
    withdrawnAt: null,
    verification: 'invited' as const,
    verifiedDomain: null,
    // Not held even when it looks like a listed name: an organizer chose this invitee and their name.
    moderation: 'none' as const,
    moderationReason: null,
    founding: letter.status === 'founding',
  };
  const { signatureId, publication } = await deps.db.transaction(async (tx) => {
    // Claimed first, so that of two acceptances at once only one signs.
    const [claimed] = await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), ne(invitations.emailSealed, '')))
      .returning({ id: invitations.id });
    if (!claimed) throw invitationUsed();
    const [signature] = await tx
      .insert(signatures)
      // The box for news: ticked, consent from now; left unticked, whatever the signature had stays.
      .values({ ...state, newsConsentAt: input.news ? now : null, letterId: letter.id, emailSealed: invitation.emailSealed, emailIndex: invitation.emailIndex })
      .onConflictDoUpdate({
        target: [signatures.letterId, signatures.emailIndex],
        // Already signed publicly: the invitation confirms and verifies that signature. One that
        // was not on the list (withdrawn, held) joins it with a batch, as any new signature does.
        set: {
          ...state,
          newsConsentAt: input.news ? now : sql`${signatures.newsConsentAt}`,
          founding: sql`${signatures.founding} or ${state.founding}`,
          publishedAt: sql`case when ${signatures.status} = 'confirmed' and ${signatures.moderation} in ('none', 'approved') then ${signatures.publishedAt} end`,
          namedAt: sql`case when ${signatures.status} = 'confirmed' and ${signatures.moderation} in ('none', 'approved') then ${signatures.namedAt} end`,
        },
      })
      .returning({ id: signatures.id });
    await tx.update(invitations).set({ signatureId: signature!.id }).where(eq(invitations.id, invitation.id));
    // A signature already on the list whose details changed is recorded now; a new one, with its batch.
    await recordEvents(tx, letter.id, [signature!.id], 'confirmed', now);
    return { signatureId: signature!.id, publication: await publishIfImmediate(tx, letter, signature!.id, 'none', now, deps.publishBatchSeconds) };
  });
  return signedInto({ status: 'confirmed' as const, letter: letter.slug, publication }, letter, signatureId);
}

/** Mints the invitation's link when its mail is composed; earlier links stop working. */
export async function issueInvitationToken(deps: InvitationDeps, invitationId: string) {
  const { token, hash } = deps.tokens.issue('invite');
  const now = deps.now();
  await deps.db
    .update(invitations)
    .set({ tokenHash: hash, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) })
    .where(eq(invitations.id, invitationId));
  return token;
}
