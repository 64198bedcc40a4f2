import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { invitations, isSignerKind, letters, outbox, type SignatureTokenPurpose, type SignerKind, signatures, signatureTokens } from '../db/schema.js';
import { decodeCursor, encodeCursor, UUID_KEY } from '../db/cursor.js';
import { AppError, because, Problems } from '../errors.js';
import { partnerIdOf } from '../widget/service.js';
import { reachLetter } from '../letters/access.js';
import { effectiveStatus } from '../letters/service.js';
import { endInvitations } from '../invitations/erasure.js';
import { normalizeIP } from '@fastify/rate-limit';
import type { Sealer } from '../sealer.js';
import type { TokenHasher } from '../tokens.js';
import { type LegislatureRegistry, legislatorVerifiedDomain, organizationVerifiedDomain } from '../verification/registry.js';
import { type FormSubmission, submitAll } from './submissions.js';
import { riskyMailbox, riskyMailboxError } from './risky-mailboxes.js';
import { isListed, publicColumns, publicDay, toPublic } from './visibility.js';
import { receiptFor, recordEvents } from '../ledger/chain.js';
import { type PublicationState, publicationOf, publishIfImmediate } from './publication.js';
import { listChanged, type Outcome, outcome, type SignedOutcome, signedInto } from '../effects.js';
import type { ListQueryInput, SignInput } from './schemas.js';
import { canonicalEmail, cleanCountry, cleanEmail, cleanOptionalText, cleanText, cleanWebsite, nameSkeleton } from './validation.js';
import { lookalikeModeration } from './lookalikes.js';
import { canonicalLanguage } from '../languages.js';

/** What signing needs to know of a letter. */
export interface SigningTarget {
  id: string;
  /** As the public sees it (an open letter past its closing time is closed). */
  status: string;
  version: number;
  signerKinds: string[];
  moderatedKinds: string[];
  /** The mail providers its signers are warned about (null: the shipped list). */
  riskyMailProviders: string[] | null;
}

export interface SignatureDeps {
  db: Db;
  sealer: Sealer;
  tokens: TokenHasher;
  legislatures: LegislatureRegistry;
  /** The app's clock (app.clock.now): closing times and link expiry are judged by it. */
  now: () => Date;
  /** PUBLISH_BATCH_SECONDS: how long confirmations of letters without their own setting wait to be published. */
  publishBatchSeconds: number;
  /** Where to look the letter up; the routes pass the public cache, which every write keeps current. */
  findLetter?: (slug: string) => Promise<SigningTarget>;
  /** Records a submission (answering whether it found its signature); the routes pass the app's batcher. Default: a statement of its own. */
  submit?: (submission: FormSubmission) => Promise<boolean>;
}

async function letterFromDatabase(db: Db, slug: string, now: Date): Promise<SigningTarget> {
  const { row } = await reachLetter(db, slug, { as: 'public' });
  return { ...row, status: effectiveStatus(row, now) };
}

export { IP_DAILY_THRESHOLD, MAIL_BOUND } from './submissions.js';

export interface RequestContext {
  /** The client's address as Fastify resolved it (TRUST_PROXY); only its keyed hash is kept. */
  ip: string;
}

/**
 * The IP's fingerprint on one letter (keyed with the letter's id, so it links no signers across
 * letters); IPv6 addresses are taken by their /64, which one subscriber usually has.
 */
export function ipFingerprint(sealer: Sealer, letterId: string, ip: string): string {
  return sealer.networkFingerprint(letterId, normalizeIP(ip, 64));
}

/**
 * Marks a sealed submission whose ipHash is keyed per letter. Submissions sealed before (in
 * confirm links and queued mail) carry a hash under the old, global key: it is dropped on opening.
 */
const IP_HASH_SCOPE = 'letter';

export const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();
export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type SignatureRow = typeof signatures.$inferSelect;

const KIND_WITH_ARTICLE: Record<SignerKind, string> = { legislator: 'a legislator', organization: 'an organization', individual: 'an individual' };
const missing = (field: string, kind: SignerKind) => because('requiredForKind', new AppError(400, 'VALIDATION_FAILED', `${field}: is required for ${KIND_WITH_ARTICLE[kind]}`, field));

/**
 * The fields a kind of signer gives, checked and cleaned; the rest are dropped. Every field is
 * checked, and all the mistakes are thrown together (Problems), the address's too when asked.
 */
export function signerFields(input: SignInput): ReturnType<typeof checkedSigner>['fields'];
export function signerFields(input: SignInput, options: { email: true }): ReturnType<typeof checkedSigner>;
export function signerFields(input: SignInput, options: { email?: boolean } = {}) {
  const checked = checkedSigner(input, options.email ?? false);
  return options.email ? checked : checked.fields;
}

function checkedSigner(input: SignInput, withEmail: boolean) {
  const problems = new Problems();
  const kind = problems.check(() => {
    if (!isSignerKind(input.kind)) throw new AppError(400, 'VALIDATION_FAILED', 'kind: choose legislator, organization or individual', 'kind');
    return input.kind;
  });
  const name = problems.check(() => cleanText(input.name, 'name'));
  const email = withEmail ? problems.check(() => cleanEmail(input.email)) : undefined;
  const country = problems.check(() => cleanCountry(input.country));
  const need = (field: 'title' | 'parliament' | 'organization' | 'role') =>
    problems.check(() => {
      const value = cleanOptionalText(input[field], field);
      if (!value) throw missing(field, kind!);
      return value;
    }) ?? null;
  const optional = <T>(run: () => T) => problems.check(run) ?? null;
  const own =
    kind === 'legislator'
      ? { title: need('title'), parliament: need('parliament'), party: optional(() => cleanOptionalText(input.party, 'party')) }
      : kind === 'organization'
        ? { organization: need('organization'), role: need('role'), website: optional(() => cleanWebsite(input.website)) }
        : {};
  problems.throwAny();
  const fields = {
    kind: kind!,
    name: name!,
    country: country!,
    display: input.display ?? 'full',
    title: null as string | null,
    parliament: null as string | null,
    party: null as string | null,
    organization: null as string | null,
    role: null as string | null,
    website: null as string | null,
    ...own,
  };
  return { fields, email: email ?? '' };
}

/** The domain at which the address itself proves the affiliation claimed, or null (see server/verification). */
export function verifiedDomainOf(legislatures: LegislatureRegistry, email: string, fields: { kind: SignerKind; country: string; parliament: string | null; website: string | null }): string | null {
  if (fields.kind === 'legislator') return legislatorVerifiedDomain(legislatures, email, fields.country, fields.parliament);
  if (fields.kind === 'organization') return organizationVerifiedDomain(email, fields.website);
  return null;
}

/**
 * What one submission of the form would publish, and how it was checked: the details a confirm
 * link is minted for, and the only ones that link can confirm.
 */
export type Submission = Pick<
  SignatureRow,
  'kind' | 'name' | 'title' | 'parliament' | 'party' | 'organization' | 'role' | 'website' | 'country' | 'display' | 'letterVersion' | 'ipHash' | 'verification' | 'moderation'
> & {
  /** Where a `domain` verification was made; absent from submissions sealed before it was kept. */
  verifiedDomain?: string | null;
  /** The address as given that time (the same mailbox as the signature's, maybe spelled otherwise). */
  email: string;
  ipHashScope?: typeof IP_HASH_SCOPE;
  /** Whether the signer ticked the box for news of the letter; consent starts at confirmation. Absent in submissions sealed before it existed. */
  news?: boolean;
};

const PUBLISHED_FIELDS = ['kind', 'name', 'title', 'parliament', 'party', 'organization', 'role', 'website', 'country', 'display'] as const;
type PublishedFields = Pick<SignatureRow, (typeof PUBLISHED_FIELDS)[number]>;

/** Whether two sets of details would appear the same on the public list. */
export const samePublicDetails = (a: PublishedFields, b: PublishedFields) => PUBLISHED_FIELDS.every((f) => (a[f] ?? null) === (b[f] ?? null));

/** A signature's own details, as a submission (for links minted for what the row already holds). */
export function submissionOf(sealer: Sealer, row: SignatureRow): Submission {
  const { kind, name, title, parliament, party, organization, role, website, country, display, letterVersion, ipHash, verification, verifiedDomain, moderation } = row;
  const email = row.emailSealed ? sealer.open(row.emailSealed) : '';
  return {
    kind,
    name,
    title,
    parliament,
    party,
    organization,
    role,
    website,
    country,
    display,
    letterVersion,
    ipHash,
    verification,
    verifiedDomain,
    moderation,
    email,
    ipHashScope: IP_HASH_SCOPE,
    news: row.newsConsentAt !== null,
  };
}

// Sealed, because a submission holds the address and travels through the outbox and token rows.
export const sealSubmission = (sealer: Sealer, submission: Submission) => sealer.seal(JSON.stringify(submission));
export function openSubmission(sealer: Sealer, sealed: string): Submission {
  const submission = JSON.parse(sealer.open(sealed)) as Submission;
  return submission.ipHashScope === IP_HASH_SCOPE ? submission : { ...submission, ipHash: null, ipHashScope: IP_HASH_SCOPE };
}

/**
 * Records a signature and queues its confirmation, in one statement (`submit`). The caller
 * answers the same way whatever happened here, so nobody learns whether an address had already
 * signed.
 */
export async function sign(deps: SignatureDeps, slug: string, input: SignInput, context: RequestContext): Promise<Outcome<void>> {
  const { db, sealer } = deps;
  const { fields, email } = signerFields(input, { email: true });
  const emailIndex = sealer.index(canonicalEmail(email));
  const emailDomainHash = sealer.fingerprint('domain', domainOf(email));
  const now = deps.now();

  const letter = await (deps.findLetter?.(slug) ?? letterFromDatabase(db, slug, now));
  if (letter.status !== 'open') {
    throw new AppError(409, 'LETTER_CLOSED', 'This letter is closed and takes no more signatures');
  }
  if (!letter.signerKinds.includes(fields.kind)) {
    throw because('kindNotAccepted', new AppError(400, 'KIND_NOT_ACCEPTED', `kind: this letter is not signed by ${fields.kind}s`, 'kind'));
  }
  // Decided now, from the address as typed: the sealed address is never read again to re-derive it.
  const verifiedDomain = verifiedDomainOf(deps.legislatures, email, fields);
  // The confirmation would tell a state that can read the mailbox who signed: nothing is stored
  // or sent until the signer has been told so and chosen.
  const risk = riskyMailbox(letter.riskyMailProviders, email);
  if (risk && !input.acknowledgeRiskyMailbox) throw riskyMailboxError(risk);
  const checked = {
    ...fields,
    letterVersion: letter.version,
    ipHash: ipFingerprint(sealer, letter.id, context.ip),
    verification: verifiedDomain ? ('domain' as const) : null,
    verifiedDomain,
    moderation: letter.moderatedKinds.includes(fields.kind) ? ('pending' as const) : ('none' as const),
  };
  const partnerId = await partnerIdOf(db, letter.id, input.partner);
  const row = {
    ...checked,
    nameSkeleton: nameSkeleton(fields.name),
    letterId: letter.id,
    emailIndex,
    emailSealed: sealer.seal(email),
    emailDomainHash,
    language: signerLanguage(input.language),
    partnerId,
  };
  // The box for news travels with the details: it is consent once the confirm link is used, as they are.
  const details = sealSubmission(sealer, { ...checked, email, ipHashScope: IP_HASH_SCOPE, news: input.news === true });
  // One statement whether the address is new or has signed before (see submitAll), shared with
  // concurrent signers when deps.submit batches; only a race with a first submission of the
  // same address, or with its erasure, runs it again.
  const submit = deps.submit ?? (async (s: FormSubmission) => (await submitAll(db, [s]))[0]!);
  for (let attempt = 0; attempt < 3 && !(await submit({ row, details, now })); attempt++);
  // The outbox is woken whatever happened, as the answer is the same whatever happened.
  return outcome(undefined, { mail: true });
}

/** The interface language a signer signed in, canonical; null when not given or not a language tag (never an error). */
export function signerLanguage(tag: string | undefined): string | null {
  if (!tag?.trim()) return null;
  try {
    return canonicalLanguage(tag.trim());
  } catch {
    return null;
  }
}

/**
 * Mints the links a message carries; called when the message is composed, just before sending.
 * A confirm link is bound to the sealed details (`details`) the message shows.
 */
export async function issueTokens(
  deps: Pick<SignatureDeps, 'db' | 'tokens' | 'now'>,
  signatureId: string,
  purposes: SignatureTokenPurpose[],
  details: string | null = null,
): Promise<Partial<Record<SignatureTokenPurpose, string>>> {
  const now = deps.now();
  const out: Partial<Record<SignatureTokenPurpose, string>> = {};
  const rows = purposes.map((purpose) => {
    const { token, hash } = deps.tokens.issue(purpose);
    out[purpose] = token;
    return {
      tokenHash: hash,
      purpose,
      signatureId,
      details: purpose === 'confirm' ? details : null,
      // A withdrawal or unsubscribe link works as long as the signature is there (old mail included).
      expiresAt: purpose === 'withdraw' || purpose === 'unsubscribe' ? null : new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS * (purpose === 'reconsent' ? 4 : 1)),
    };
  });
  await deps.db.insert(signatureTokens).values(rows);
  return out;
}

export interface TokenTarget {
  signature: SignatureRow;
  letter: typeof letters.$inferSelect;
  /** A confirm link's sealed submission (null for other links, and for links older than that). */
  details: string | null;
}

/** The signature a token points to, or a 404 (unknown) / 410 (expired) error. */
async function resolveToken(deps: Pick<SignatureDeps, 'tokens' | 'now'>, tx: Db | Tx, purpose: SignatureTokenPurpose, token: string, lock = false): Promise<TokenTarget> {
  const query = tx
    .select({ signature: signatures, letter: letters, expiresAt: signatureTokens.expiresAt, details: signatureTokens.details })
    .from(signatureTokens)
    .innerJoin(signatures, eq(signatures.id, signatureTokens.signatureId))
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .where(and(inArray(signatureTokens.tokenHash, deps.tokens.candidates(purpose, token)), eq(signatureTokens.purpose, purpose)));
  const [row] = lock ? await query.for('update', { of: signatures }) : await query;
  if (!row) {
    throw new AppError(404, 'TOKEN_UNKNOWN', 'This link is not valid. Check that it was copied whole from the email.');
  }
  if (row.expiresAt && row.expiresAt <= deps.now()) {
    throw new AppError(410, 'TOKEN_EXPIRED', 'This link has expired. Sign the letter again to get a new one.');
  }
  return { signature: row.signature, letter: row.letter, details: row.details };
}

/** For the page behind a mailed link: what would be confirmed or withdrawn. Changes nothing. */
export async function inspectToken(deps: SignatureDeps, purpose: SignatureTokenPurpose, token: string) {
  return resolveToken(deps, deps.db, purpose, token);
}

/** The day a letter stopped taking signatures (closed by its organizers, or its closing time). */
export function closedOn(letter: Pick<typeof letters.$inferSelect, 'closedAt' | 'closesAt'>): Date | null {
  return letter.closedAt ?? letter.closesAt;
}

const closedError = (letter: typeof letters.$inferSelect) =>
  new AppError(409, 'LETTER_CLOSED', `This letter closed on ${closedOn(letter)?.toISOString().slice(0, 10) ?? 'an earlier day'}, before your confirmation, so your signature was not added.`);

/**
 * What a confirm link would do now: `confirm`; nothing, for `confirmed` (confirming twice is
 * harmless); or nothing, for a reason the signer is told: the signature was `withdrawn`, the
 * address `already-signed` with other details, or the letter `closed` first.
 */
export type ConfirmationOutcome = 'confirm' | 'confirmed' | 'withdrawn' | 'already-signed' | 'closed';

function confirmationOutcome(signature: SignatureRow, letter: typeof letters.$inferSelect, submission: Submission, now: Date): ConfirmationOutcome {
  if (signature.status === 'withdrawn') return 'withdrawn';
  // The first confirmed stands; a link for other details cannot change it.
  if (signature.status === 'confirmed') return samePublicDetails(signature, submission) ? 'confirmed' : 'already-signed';
  // Closing is final: nothing joins a closed letter's list, however it was started.
  if (effectiveStatus(letter, now) === 'closed') return 'closed';
  // Pending, or judged fraudulent (whose signer is answered as any signer is).
  return 'confirm';
}

/** What a confirm link would confirm, for the page behind it: the details and the outcome. Changes nothing. */
export async function inspectConfirmation(deps: SignatureDeps, token: string) {
  const target = await resolveToken(deps, deps.db, 'confirm', token);
  const submission = target.details ? openSubmission(deps.sealer, target.details) : submissionOf(deps.sealer, target.signature);
  const outcome = confirmationOutcome(target.signature, target.letter, submission, deps.now());
  return { ...target, submission, outcome, closedOn: closedOn(target.letter) };
}

export async function confirm(deps: SignatureDeps, token: string): Promise<SignedOutcome<{ status: 'confirmed'; letter: string; publication: PublicationState | null }>> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const { signature, letter, details } = await resolveToken(deps, tx, 'confirm', token, true);
    const submission = details ? openSubmission(deps.sealer, details) : submissionOf(deps.sealer, signature);
    const outcome = confirmationOutcome(signature, letter, submission, now);
    if (outcome === 'withdrawn') {
      throw new AppError(409, 'SIGNATURE_WITHDRAWN', 'This signature was withdrawn; sign the letter again to add it back');
    }
    if (outcome === 'already-signed') {
      throw new AppError(409, 'ALREADY_SIGNED', 'This address has already signed this letter, with other details, which stand. To change them, withdraw that signature and sign again.');
    }
    if (outcome === 'closed') throw closedError(letter);
    if (outcome === 'confirm' && signature.status === 'pending') {
      const details = confirmedDetails(deps.sealer, signature, submission);
      // A look-alike of a listed name may have been listed since the signer signed: judged now.
      const moderation = await lookalikeModeration(tx, letter.id, signature.id, details, signature.moderationReason);
      await tx
        .update(signatures)
        .set({ ...details, ...moderation, newsConsentAt: submission.news ? now : null, status: 'confirmed', confirmedAt: now, publishedAt: null, namedAt: null })
        .where(eq(signatures.id, signature.id));
      const publication = await publishIfImmediate(tx, letter, signature.id, moderation.moderation, now, deps.publishBatchSeconds);
      return signedInto({ status: 'confirmed' as const, letter: letter.slug, publication }, letter, signature.id);
    }
    // Confirmed before (confirming twice is harmless), or judged fraudulent.
    return signedInto({ status: 'confirmed' as const, letter: letter.slug, publication: publicationOf(signature) }, letter, signature.id);
  });
}

/**
 * The columns a confirmation writes: the submission's details, checks and text version. A
 * moderator's approval was of the details they saw, so other details wait for a decision again;
 * a rejection or shadow was of the signer, and stands.
 */
function confirmedDetails(sealer: Sealer, signature: SignatureRow, submission: Submission) {
  const same = samePublicDetails(signature, submission);
  const standing = signature.moderation === 'rejected' || signature.moderation === 'shadow' || same;
  const { email, ipHashScope: _scope, news: _news, ...details } = submission;
  const verification = same && signature.verification === 'approved' ? ('approved' as const) : submission.verification;
  return {
    ...details,
    nameSkeleton: nameSkeleton(details.name),
    // Sealed and hashed now, under the current key (the submission may predate a key rotation).
    emailSealed: sealer.seal(email),
    emailDomainHash: sealer.fingerprint('domain', domainOf(email)),
    verification,
    verifiedDomain: verification === 'domain' ? (submission.verifiedDomain ?? null) : null,
    moderation: standing ? signature.moderation : submission.moderation,
  };
}

export async function withdraw(deps: SignatureDeps, token: string): Promise<Outcome<{ status: 'withdrawn'; letter: string }>> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const { signature, letter } = await resolveToken(deps, tx, 'withdraw', token, true);
    if (signature.status !== 'withdrawn') {
      // News of the letter ends with the signature.
      await tx.update(signatures).set({ status: 'withdrawn', withdrawnAt: now, newsConsentAt: null }).where(eq(signatures.id, signature.id));
      // Through the signer's own link: the entry carries proof of it (see ledger/chain.ts).
      await recordEvents(tx, letter.id, [signature.id], 'withdrawn', now, { withdrawalToken: token });
    }
    // The confirm links mailed so far can only say it was withdrawn now: the details they carried go.
    await tx
      .update(signatureTokens)
      .set({ details: null })
      .where(and(eq(signatureTokens.signatureId, signature.id), eq(signatureTokens.purpose, 'confirm')));
    await tx
      .update(outbox)
      .set({ payload: sql`${outbox.payload} - 'details'` })
      .where(and(sql`${outbox.payload}->>'signatureId' = ${signature.id}`, sql`${outbox.payload}->>'details' is not null`));
    // An invitation to this address would otherwise bring the signature back: it ends here.
    await endInvitations(tx, signature, { keepLink: true });
    return listChanged({ status: 'withdrawn' as const, letter: letter.slug }, letter);
  });
}

/**
 * What is stored about a signer, for the signer (through their withdrawal link, their key to
 * their own signature). Moderation and fraud judgements are not shown: a shadowed signer sees
 * what any signer sees.
 */
export async function storedData(deps: SignatureDeps, token: string) {
  const { signature: s, letter } = await resolveToken(deps, deps.db, 'withdraw', token);
  const status = s.status === 'fraudulent' ? (s.confirmedAt ? 'confirmed' : 'pending') : s.status;
  return {
    letter: letter.slug,
    letterTitle: letter.title,
    kind: s.kind,
    name: s.name,
    title: s.title,
    parliament: s.parliament,
    party: s.party,
    organization: s.organization,
    role: s.role,
    website: s.website,
    country: s.country,
    display: s.display,
    email: s.emailErasedAt ? null : deps.sealer.open(s.emailSealed),
    status,
    publication: status === 'confirmed' ? publicationOf(s) : null,
    version: s.letterVersion,
    networkFingerprint: s.ipHash !== null,
    // Whether the organizers' news comes to the address (never shown to anyone else).
    news: s.newsConsentAt !== null,
    createdAt: s.createdAt.toISOString(),
    confirmedAt: s.confirmedAt?.toISOString() ?? null,
    withdrawnAt: s.withdrawnAt?.toISOString() ?? null,
    receipt: await receiptFor(deps.db, letter.id, s.id),
    invitation: await invitationData(deps, s),
  };
}

/** What an organizer's invitation to this address holds about the signer, if any is left. */
async function invitationData(deps: SignatureDeps, s: SignatureRow) {
  const [i] = await deps.db
    .select()
    .from(invitations)
    .where(and(eq(invitations.letterId, s.letterId), or(eq(invitations.signatureId, s.id), eq(invitations.emailIndex, s.emailIndex)), ne(invitations.emailSealed, '')))
    .limit(1);
  if (!i) return null;
  return {
    kind: i.kind,
    name: i.name,
    title: i.title,
    parliament: i.parliament,
    party: i.party,
    organization: i.organization,
    role: i.role,
    website: i.website,
    country: i.country,
    email: deps.sealer.open(i.emailSealed),
    invitedAt: i.createdAt.toISOString(),
    accepted: i.acceptedAt !== null,
  };
}

/** Erases the signature and everything stored with it, at the signer's request. */
export async function erase(deps: SignatureDeps, token: string): Promise<Outcome<{ status: 'erased'; letter: string }>> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const { signature, letter } = await resolveToken(deps, tx, 'withdraw', token, true);
    await endInvitations(tx, signature, { keepLink: false });
    // Queued and sent mail about it names it, and a re-submission's mail carries its details.
    await tx.delete(outbox).where(sql`${outbox.payload}->>'signatureId' = ${signature.id}`);
    await tx.delete(signatures).where(eq(signatures.id, signature.id));
    // The ledger keeps that a signature left, and forgets what it said.
    await recordEvents(tx, letter.id, [signature.id], 'withdrawn', now, { withdrawalToken: token });
    return listChanged({ status: 'erased' as const, letter: letter.slug }, letter);
  });
}

/** Re-consent to the letter's current text, after a change that was not editorial. */
export async function reconsent(deps: SignatureDeps, token: string): Promise<SignedOutcome<{ status: 'reconsented'; letter: string; version: number }>> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const { signature, letter } = await resolveToken(deps, tx, 'reconsent', token, true);
    if (signature.status !== 'confirmed') {
      throw new AppError(409, 'SIGNATURE_NOT_ACTIVE', 'This signature is not active; sign the letter again instead');
    }
    await tx.update(signatures).set({ letterVersion: letter.version }).where(eq(signatures.id, signature.id));
    await recordEvents(tx, letter.id, [signature.id], 'reconsented', now);
    return signedInto({ status: 'reconsented' as const, letter: letter.slug, version: letter.version }, letter, signature.id);
  });
}

const signedDay = publicDay;
// Founding signatories first (the first tier), then by day of publication, then by random id.
const tier = sql<number>`(case when ${signatures.founding} then 0 else 1 end)`;

// The public list's sort keys: tier, day of confirmation, id.
const PUBLIC_CURSOR = [/^[01]$/, /^\d{4}-\d{2}-\d{2}$/, UUID_KEY];

/**
 * The public list, in pages: founding signatories first, then by day of confirmation, then by
 * the random id, so the order within a day says nothing about who signed when.
 */
export async function listPublic(db: Db, slug: string, query: ListQueryInput) {
  const { row: letter } = await reachLetter(db, slug, { as: 'public' });
  const limit = query.limit ?? 100;
  const [afterTier, afterDay, afterId] = query.cursor ? decodeCursor(query.cursor, PUBLIC_CURSOR) : [];
  const after = afterTier && afterDay && afterId ? { tier: Number(afterTier), day: afterDay, id: afterId } : null;
  const rows = await db
    .select({ ...publicColumns, id: signatures.id, day: signedDay, tier })
    .from(signatures)
    .where(
      and(
        isListed(letter.id),
        query.kind ? eq(signatures.kind, query.kind) : undefined,
        query.country ? eq(signatures.country, query.country.toUpperCase()) : undefined,
        after ? sql`(${tier}, ${signedDay}, ${signatures.id}) > (${after.tier}, ${after.day}, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(tier), asc(signedDay), asc(signatures.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({ ref: r.id, ...toPublic(r, r.day) })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.tier, last.day, last.id]) : null,
  };
}
