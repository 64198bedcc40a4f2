import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import {
  type DisplayChoice,
  invitations,
  letters,
  outbox,
  SIGNER_KINDS,
  type SignatureTokenPurpose,
  type SignerKind,
  signatures,
  signatureTokens,
} from '../db/schema.js';
import { AppError } from '../errors.js';
import { effectiveStatus, publicLetterRow } from '../letters/service.js';
import { endInvitations } from '../invitations/erasure.js';
import { enqueue } from '../outbox/service.js';
import { normalizeIP } from '@fastify/rate-limit';
import type { Sealer } from '../sealer.js';
import type { TokenHasher } from '../tokens.js';
import { type LegislatureRegistry, legislatorDomainVerified, organizationDomainVerified } from '../verification/registry.js';
import { MAIL_ALREADY_SIGNED, MAIL_CONFIRM } from './mail-kinds.js';
import { isPublic, publicColumns, toPublic } from './visibility.js';
import { receiptFor, recordEvents } from '../ledger/chain.js';
import type { ListQueryInput, PublicSignatureView, SignInput } from './schemas.js';
import {
  canonicalEmail,
  cleanCountry,
  cleanEmail,
  cleanOptionalText,
  cleanText,
  cleanWebsite,
  initials,
} from './validation.js';

/** What signing needs to know of a letter. */
export interface SigningTarget {
  id: string;
  /** As the public sees it (an open letter past its closing time is closed). */
  status: string;
  version: number;
  signerKinds: string[];
  moderatedKinds: string[];
}

export interface SignatureDeps {
  db: Db;
  sealer: Sealer;
  tokens: TokenHasher;
  legislatures: LegislatureRegistry;
  now?: () => Date;
  /** Where to look the letter up; the routes pass the public cache, which every write keeps current. */
  findLetter?: (slug: string) => Promise<SigningTarget>;
}

async function letterFromDatabase(db: Db, slug: string, now: Date): Promise<SigningTarget> {
  const row = await publicLetterRow(db, slug);
  return { ...row, status: effectiveStatus(row, now) };
}

/** Messages one signature may cause (first confirmation, re-sends, "already signed" notices). */
export const MAIL_BOUND = 3;
/**
 * New signatures from one network address on one letter in 24 hours beyond which more are kept
 * as fraudulent, silently: the sender sees the usual answer and learns nothing. Signatures that
 * verify by domain are exempt (fifty MPs behind one parliament's NAT are not a flood).
 */
export const IP_DAILY_THRESHOLD = 25;

export interface RequestContext {
  /** The client's address as Fastify resolved it (TRUST_PROXY); only its keyed hash is kept. */
  ip: string;
}

/** The IP's fingerprint; IPv6 addresses are taken by their /64, which one subscriber usually has. */
export function ipFingerprint(sealer: Sealer, ip: string): string {
  return sealer.fingerprint('ip', normalizeIP(ip, 64));
}

export const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();
export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;


type SignatureRow = typeof signatures.$inferSelect;

const missing = (field: string, kind: string) =>
  new AppError(400, 'VALIDATION_FAILED', `${field}: is required for a ${kind}`, field);

/** The fields a kind of signer gives, checked and cleaned; the rest are dropped. */
export function signerFields(input: SignInput) {
  if (!SIGNER_KINDS.includes(input.kind)) throw new AppError(400, 'VALIDATION_FAILED', 'kind: choose legislator, organization or individual', 'kind');
  const need = (field: 'title' | 'parliament' | 'organization' | 'role') => {
    const value = cleanOptionalText(input[field], field);
    if (!value) throw missing(field, input.kind);
    return value;
  };
  const base = {
    kind: input.kind as SignerKind,
    name: cleanText(input.name, 'name'),
    country: cleanCountry(input.country),
    display: (input.display ?? 'full') as DisplayChoice,
    title: null as string | null,
    parliament: null as string | null,
    party: null as string | null,
    organization: null as string | null,
    role: null as string | null,
    website: null as string | null,
  };
  if (input.kind === 'legislator') {
    return { ...base, title: need('title'), parliament: need('parliament'), party: cleanOptionalText(input.party, 'party') };
  }
  if (input.kind === 'organization') {
    return { ...base, organization: need('organization'), role: need('role'), website: cleanWebsite(input.website) };
  }
  return base;
}

/** Whether the address itself proves the affiliation claimed (see server/verification). */
export function domainVerified(
  legislatures: LegislatureRegistry,
  email: string,
  fields: { kind: SignerKind; country: string; parliament: string | null; website: string | null },
): boolean {
  if (fields.kind === 'legislator') return legislatorDomainVerified(legislatures, email, fields.country, fields.parliament);
  if (fields.kind === 'organization') return organizationDomainVerified(email, fields.website);
  return false;
}

/**
 * Records a signature and queues its confirmation in one transaction. The caller answers the same
 * way whatever happened here, so nobody learns whether an address had already signed.
 */
export async function sign(deps: SignatureDeps, slug: string, input: SignInput, context: RequestContext): Promise<void> {
  const { db, sealer } = deps;
  const fields = signerFields(input);
  const email = cleanEmail(input.email);
  const emailIndex = sealer.index(canonicalEmail(email));
  const ipHash = ipFingerprint(sealer, context.ip);
  const emailDomainHash = sealer.fingerprint('domain', domainOf(email));
  const now = deps.now?.() ?? new Date();

  const letter = await (deps.findLetter?.(slug) ?? letterFromDatabase(db, slug, now));
  if (letter.status !== 'open') {
    throw new AppError(409, 'LETTER_CLOSED', 'This letter is closed and takes no more signatures');
  }
  if (!letter.signerKinds.includes(fields.kind)) {
    throw new AppError(400, 'KIND_NOT_ACCEPTED', `kind: this letter is not signed by ${fields.kind}s`, 'kind');
  }
  const row = {
    ...fields,
    letterId: letter.id,
    letterVersion: letter.version,
    emailSealed: sealer.seal(email),
    emailIndex,
    emailDomainHash,
    ipHash,
    verification: domainVerified(deps.legislatures, email, fields) ? ('domain' as const) : null,
    moderation: letter.moderatedKinds.includes(fields.kind) ? ('pending' as const) : ('none' as const),
  };
  // A new signer, the common case: one statement, atomic on its own.
  if (await insertNew(db, row, now)) return;

  // The same person again: waits on a concurrent first insert, then sees it.
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(signatures)
      .where(and(eq(signatures.letterId, letter.id), eq(signatures.emailIndex, emailIndex)))
      .for('update');
    // Erased in between: treat as new.
    if (!existing) {
      await insertNew(tx, row, now);
      return;
    }
    const canMail = existing.mailCount < MAIL_BOUND;
    // Judged fraudulent: it stays so, whatever is sent again.
    if (existing.status === 'fraudulent') return;
    if (existing.status === 'confirmed') {
      if (canMail) {
        await tx.update(signatures).set({ mailCount: existing.mailCount + 1 }).where(eq(signatures.id, existing.id));
        await enqueue(tx, MAIL_ALREADY_SIGNED, { signatureId: existing.id });
      }
      return;
    }
    // Pending or withdrawn: the newest details wait for confirmation from the mailbox itself.
    await tx
      .update(signatures)
      .set({ ...row, status: 'pending', withdrawnAt: null, mailCount: canMail ? existing.mailCount + 1 : existing.mailCount })
      .where(eq(signatures.id, existing.id));
    if (canMail) await enqueue(tx, MAIL_CONFIRM, { signatureId: existing.id });
  });
}

type NewSignature = Omit<typeof signatures.$inferInsert, 'status' | 'mailCount'>;

/**
 * Inserts a new signature and queues its confirmation in a single statement (so no transaction
 * and one round trip): the flood check, the insert and the outbox row are CTEs of one query.
 * Past the daily threshold for its network address, an unverified signature is stored as
 * fraudulent and nothing is queued. Returns false when the person had already signed.
 */
async function insertNew(db: Db | Tx, s: NewSignature, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const honest = s.verification
    ? sql`true`
    : sql`(select count(*) from ${signatures} where ${signatures.letterId} = ${s.letterId} and ${signatures.ipHash} = ${s.ipHash} and ${signatures.createdAt} > ${since}) < ${IP_DAILY_THRESHOLD}`;
  const result = await db.execute(sql`
    with verdict as (select ${honest} as honest),
    inserted as (
      insert into signatures (letter_id, letter_version, kind, name, title, parliament, party, organization, role,
        website, country, display, email_sealed, email_index, email_domain_hash, ip_hash, verification, moderation,
        status, mail_count)
      select ${s.letterId}, ${s.letterVersion}, ${s.kind}, ${s.name}, ${s.title}, ${s.parliament}, ${s.party},
        ${s.organization}, ${s.role}, ${s.website}, ${s.country}, ${s.display}, ${s.emailSealed}, ${s.emailIndex},
        ${s.emailDomainHash}, ${s.ipHash}, ${s.verification}, ${s.moderation},
        case when verdict.honest then 'pending' else 'fraudulent' end,
        case when verdict.honest then 1 else 0 end
      from verdict
      on conflict (letter_id, email_index) do nothing
      returning id, status
    ),
    queued as (
      insert into outbox (kind, payload)
      select ${MAIL_CONFIRM}, jsonb_build_object('signatureId', id::text) from inserted where status = 'pending'
    )
    select id from inserted`);
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}


/** Mints the links a message carries; called when the message is composed, just before sending. */
export async function issueTokens(
  deps: Pick<SignatureDeps, 'db' | 'tokens'>,
  signatureId: string,
  purposes: SignatureTokenPurpose[],
  now = new Date(),
): Promise<Partial<Record<SignatureTokenPurpose, string>>> {
  const out: Partial<Record<SignatureTokenPurpose, string>> = {};
  const rows = purposes.map((purpose) => {
    const { token, hash } = deps.tokens.issue(purpose);
    out[purpose] = token;
    return {
      tokenHash: hash,
      purpose,
      signatureId,
      expiresAt: purpose === 'withdraw' ? null : new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS * (purpose === 'reconsent' ? 4 : 1)),
    };
  });
  await deps.db.insert(signatureTokens).values(rows);
  return out;
}

export interface TokenTarget {
  signature: SignatureRow;
  letter: typeof letters.$inferSelect;
}

/** The signature a token points to, or a 404 (unknown) / 410 (expired) error. */
async function resolveToken(
  deps: Pick<SignatureDeps, 'tokens' | 'now'>,
  tx: Db | Tx,
  purpose: SignatureTokenPurpose,
  token: string,
  lock = false,
): Promise<TokenTarget> {
  const query = tx
    .select({ signature: signatures, letter: letters, expiresAt: signatureTokens.expiresAt })
    .from(signatureTokens)
    .innerJoin(signatures, eq(signatures.id, signatureTokens.signatureId))
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .where(and(inArray(signatureTokens.tokenHash, deps.tokens.candidates(purpose, token)), eq(signatureTokens.purpose, purpose)));
  const [row] = lock ? await query.for('update', { of: signatures }) : await query;
  if (!row) {
    throw new AppError(404, 'TOKEN_UNKNOWN', 'This link is not valid. Check that it was copied whole from the email.');
  }
  if (row.expiresAt && row.expiresAt <= (deps.now?.() ?? new Date())) {
    throw new AppError(410, 'TOKEN_EXPIRED', 'This link has expired. Sign the letter again to get a new one.');
  }
  return { signature: row.signature, letter: row.letter };
}

/** For the page behind a mailed link: what would be confirmed or withdrawn. Changes nothing. */
export async function inspectToken(deps: SignatureDeps, purpose: SignatureTokenPurpose, token: string) {
  return resolveToken(deps, deps.db, purpose, token);
}

/** Which signature and letter a change was made to, for the ledger's receipt and the caches. */
export interface ChangeTarget {
  letter: string;
  letterId: string;
  signatureId: string;
}

export async function confirm(deps: SignatureDeps, token: string): Promise<{ status: 'confirmed' } & ChangeTarget> {
  const now = deps.now?.() ?? new Date();
  return deps.db.transaction(async (tx) => {
    const { signature, letter } = await resolveToken(deps, tx, 'confirm', token, true);
    if (signature.status === 'withdrawn') {
      throw new AppError(409, 'SIGNATURE_WITHDRAWN', 'This signature was withdrawn; sign the letter again to add it back');
    }
    if (signature.status === 'pending') {
      await tx.update(signatures).set({ status: 'confirmed', confirmedAt: now }).where(eq(signatures.id, signature.id));
      await recordEvents(tx, letter.id, [signature.id], 'confirmed', now);
    }
    return { status: 'confirmed' as const, letter: letter.slug, letterId: letter.id, signatureId: signature.id };
  });
}

export async function withdraw(deps: SignatureDeps, token: string): Promise<{ status: 'withdrawn' } & ChangeTarget> {
  const now = deps.now?.() ?? new Date();
  return deps.db.transaction(async (tx) => {
    const { signature, letter } = await resolveToken(deps, tx, 'withdraw', token, true);
    if (signature.status !== 'withdrawn') {
      await tx.update(signatures).set({ status: 'withdrawn', withdrawnAt: now }).where(eq(signatures.id, signature.id));
      await recordEvents(tx, letter.id, [signature.id], 'withdrawn', now);
    }
    // An invitation to this address would otherwise bring the signature back: it ends here.
    await endInvitations(tx, signature, { keepLink: true });
    return { status: 'withdrawn' as const, letter: letter.slug, letterId: letter.id, signatureId: signature.id };
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
    version: s.letterVersion,
    networkFingerprint: s.ipHash !== null,
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
export async function erase(deps: SignatureDeps, token: string): Promise<{ status: 'erased' } & ChangeTarget> {
  const now = deps.now?.() ?? new Date();
  return deps.db.transaction(async (tx) => {
    const { signature, letter } = await resolveToken(deps, tx, 'withdraw', token, true);
    await endInvitations(tx, signature, { keepLink: false });
    // Queued and sent mail about it names it, and a re-submission's mail carries its details.
    await tx.delete(outbox).where(sql`${outbox.payload}->>'signatureId' = ${signature.id}`);
    await tx.delete(signatures).where(eq(signatures.id, signature.id));
    // The ledger keeps that a signature left, and forgets what it said.
    await recordEvents(tx, letter.id, [signature.id], 'withdrawn', now);
    return { status: 'erased' as const, letter: letter.slug, letterId: letter.id, signatureId: signature.id };
  });
}

/** Re-consent to the letter's current text, after a change that was not editorial. */
export async function reconsent(deps: SignatureDeps, token: string) {
  const now = deps.now?.() ?? new Date();
  return deps.db.transaction(async (tx) => {
    const { signature, letter } = await resolveToken(deps, tx, 'reconsent', token, true);
    if (signature.status !== 'confirmed') {
      throw new AppError(409, 'SIGNATURE_NOT_ACTIVE', 'This signature is not active; sign the letter again instead');
    }
    await tx.update(signatures).set({ letterVersion: letter.version }).where(eq(signatures.id, signature.id));
    await recordEvents(tx, letter.id, [signature.id], 'reconsented', now);
    return { status: 'reconsented' as const, letter: letter.slug, version: letter.version, letterId: letter.id, signatureId: signature.id };
  });
}


const signedDay = sql<string>`to_char(${signatures.confirmedAt} at time zone 'UTC', 'YYYY-MM-DD')`;
// Founding signatories first (the first tier), then by day of confirmation, then by random id.
const tier = sql<number>`(case when ${signatures.founding} then 0 else 1 end)`;

interface Cursor {
  tier: number;
  day: string;
  id: string;
}
function encodeCursor(c: Cursor) {
  return Buffer.from(`${c.tier}|${c.day}|${c.id}`).toString('base64url');
}
function decodeCursor(cursor: string): Cursor {
  const [t, day, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!t || !/^[01]$/.test(t) || !day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !id || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new AppError(400, 'VALIDATION_FAILED', 'cursor: is not a cursor this list gave out', 'cursor');
  }
  return { tier: Number(t), day, id };
}

/**
 * The public list, in pages: founding signatories first, then by day of confirmation, then by
 * the random id, so the order within a day says nothing about who signed when.
 */
export async function listPublic(db: Db, slug: string, query: ListQueryInput) {
  const letter = await publicLetterRow(db, slug);
  const limit = query.limit ?? 100;
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db
    .select({ ...publicColumns, id: signatures.id, day: signedDay, tier })
    .from(signatures)
    .where(
      and(
        isPublic(letter.id),
        sql`${signatures.display} <> 'anonymous'`,
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
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}


