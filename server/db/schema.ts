import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Every table of the application, in one place: drizzle-kit generates migrations/ from this file. */

/** Binary content (attachments); both drivers hand it over as a Buffer or Uint8Array. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organizers = pgTable('organizers', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Lower-cased; organizers act in public, unlike signers. */
  email: text('email').notNull().unique(),
  name: text('name'),
  /** Whether they get a daily digest of what happened on their letters (new replies, goal reached, floods marked). */
  digest: boolean('digest').notNull().default(false),
  /** When the last digest went out: the next one covers what happened since. */
  digestSentAt: timestamp('digest_sent_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizerId: uuid('organizer_id')
      .notNull()
      .references(() => organizers.id, { onDelete: 'cascade' }),
    /** HMAC of the token (see server/tokens.ts); the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    /** What the organizer calls it ("laptop", "import script"). */
    label: text('label'),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_organizer_idx').on(t.organizerId)],
);

/** founding: open to invited signers only, before it opens to all. */
export const LETTER_STATUSES = ['draft', 'founding', 'open', 'closed'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];
export const SIGNER_KINDS = ['legislator', 'organization', 'individual'] as const;
export type SignerKind = (typeof SIGNER_KINDS)[number];

/** Whether a string read from a form or a CSV is one of an enumeration's values. */
export const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => values.some((v) => v === value);
export const isSignerKind = (value: string): value is SignerKind => isOneOf(SIGNER_KINDS, value);

export const letters = pgTable(
  'letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    // The current text; its history is in letter_versions.
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** body rendered from Markdown and sanitized once, on write. */
    bodyHtml: text('body_html').notNull(),
    summary: text('summary'),
    addressee: text('addressee').notNull(),
    language: text('language').notNull().default('en'),
    signerKinds: text('signer_kinds').array().notNull().$type<SignerKind[]>(),
    status: text('status', { enum: LETTER_STATUSES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    /** Kinds whose signatures wait for a moderator before anyone sees or counts them. */
    moderatedKinds: text('moderated_kinds').array().notNull().default(sql`'{legislator,organization}'::text[]`).$type<SignerKind[]>(),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    /** Seconds between publication batches for this letter; null: the instance's PUBLISH_BATCH_SECONDS. */
    publishBatchSeconds: integer('publish_batch_seconds'),
    /** Names of a country's signers are published once this many from that country are public; null: at once. */
    nameThreshold: integer('name_threshold'),
    /** No name is published before this time (a launch); they are counted meanwhile. */
    namesReleaseAt: timestamp('names_release_at', { withTimezone: true }),
    /** Mail providers signers are warned about (signatures/risky-mailboxes.ts): null = the shipped list, [] = none. */
    riskyMailProviders: text('risky_mail_providers').array(),
    /** Whether co-organizers (editors, moderators, viewers) see signers' addresses; owners always do. */
    coOrganizersSeeAddresses: boolean('co_organizers_see_addresses').notNull().default(false),
    /** The organizers' goal: this many public signatures (of goal_kind alone, when set); null: none. */
    goal: integer('goal'),
    goalKind: text('goal_kind', { enum: SIGNER_KINDS }),
    /** When the public count first reached the goal: its organizers were told, once. */
    goalReachedAt: timestamp('goal_reached_at', { withTimezone: true }),
    /** The sites (origins) whose pages may frame the letter's sign widget (frame-ancestors). */
    widgetOrigins: text('widget_origins').array().notNull().default(sql`'{}'::text[]`),
    /** Days after delivery before an addressee who has not answered counts as "no reply" in public. */
    replyWaitDays: integer('reply_wait_days').notNull().default(30),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    check('letters_status_check', sql`${t.status} in ('draft', 'founding', 'open', 'closed')`),
    check('letters_slug_check', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('letters_publish_batch_check', sql`${t.publishBatchSeconds} between 0 and 86400`),
    check('letters_name_threshold_check', sql`${t.nameThreshold} between 2 and 1000`),
    check('letters_goal_check', sql`${t.goal} between 1 and 100000000`),
    check('letters_reply_wait_check', sql`${t.replyWaitDays} between 1 and 365`),
  ],
);

/**
 * What an organizer may do on a letter: owner (everything, including who organizes), editor (the
 * text, publishing, invitations, translations), moderator (moderation and flood invalidation),
 * viewer (read the signatures). Everyone may read.
 */
export const ORGANIZER_ROLES = ['owner', 'editor', 'moderator', 'viewer'] as const;
export type OrganizerRole = (typeof ORGANIZER_ROLES)[number];

export const letterOrganizers = pgTable(
  'letter_organizers',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    organizerId: uuid('organizer_id')
      .notNull()
      .references(() => organizers.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ORGANIZER_ROLES }).notNull().default('owner'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.letterId, t.organizerId] }),
    index('letter_organizers_organizer_idx').on(t.organizerId),
    check('letter_organizers_role_check', sql`${t.role} in ('owner', 'editor', 'moderator', 'viewer')`),
  ],
);

/** Every text a letter has had; a signature points at the version its signer was shown. */
export const letterVersions = pgTable(
  'letter_versions',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    summary: text('summary'),
    addressee: text('addressee').notNull(),
    /** A typo fix: earlier signers need not consent again. */
    editorial: boolean('editorial').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.version] })],
);

/** fraudulent: judged a fake (by the flood checks or an organizer); kept for forensics, never counted. */
export const SIGNATURE_STATUSES = ['pending', 'confirmed', 'withdrawn', 'fraudulent'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];
export const DISPLAY_CHOICES = ['full', 'initials', 'anonymous'] as const;
export type DisplayChoice = (typeof DISPLAY_CHOICES)[number];
/** How an affiliation was checked: the mail domain is the institution's, an organizer invited the address, or a moderator approved it. */
export const VERIFICATIONS = ['domain', 'invited', 'approved'] as const;
export type Verification = (typeof VERIFICATIONS)[number];
/** none: not moderated; shadow: the signer saw success, but it is never shown or counted. */
export const MODERATION_STATES = ['none', 'pending', 'approved', 'rejected', 'shadow'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];
/** What a moderator may decide about a held signature (each leads to one moderation state). */
export const MODERATION_DECISIONS = ['approve', 'reject', 'shadow'] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

export const signatures = pgTable(
  'signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    /** The version of the text the signer was shown. */
    letterVersion: integer('letter_version').notNull(),
    kind: text('kind', { enum: SIGNER_KINDS }).notNull(),
    name: text('name').notNull(),
    /**
     * The name's confusable skeleton (nameSkeleton, signatures/validation.ts), written with the
     * name: a name that reads as one already listed on the letter is held. Null for rows written
     * before it existed; the look-alike check fills a letter's when it first meets them.
     */
    nameSkeleton: text('name_skeleton'),
    title: text('title'),
    parliament: text('parliament'),
    party: text('party'),
    organization: text('organization'),
    role: text('role'),
    /** An organization's website, against which its email domain is checked. */
    website: text('website'),
    country: text('country').notNull(),
    display: text('display', { enum: DISPLAY_CHOICES }).notNull().default('full'),
    /** The address, sealed (server/sealer.ts); never stored or logged in clear. */
    emailSealed: text('email_sealed').notNull(),
    /** Keyed hash of the canonical address: one signature per person per letter. */
    emailIndex: text('email_index').notNull(),
    /** Keyed hash of the address's domain: lets organizers invalidate a flood from one domain. */
    emailDomainHash: text('email_domain_hash'),
    /** Keyed, truncated hash of the client's IP address, for abuse forensics only; never the address. */
    ipHash: text('ip_hash'),
    /** When the address was erased (after the letter closed, or at the signer's request). */
    emailErasedAt: timestamp('email_erased_at', { withTimezone: true }),
    status: text('status', { enum: SIGNATURE_STATUSES }).notNull().default('pending'),
    /** Messages queued for this signature, bounded so the form cannot be used to flood a mailbox. */
    mailCount: integer('mail_count').notNull().default(0),
    verification: text('verification', { enum: VERIFICATIONS }),
    /** The domain a `domain` verification was made at (hrw.org), kept from signing time and published beside it. */
    verifiedDomain: text('verified_domain'),
    moderation: text('moderation', { enum: MODERATION_STATES }).notNull().default('none'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    moderatedBy: uuid('moderated_by').references(() => organizers.id, { onDelete: 'set null' }),
    /** Why a signature was held when its kind alone would not be, for the moderators ("looks like a listed name: …"). */
    moderationReason: text('moderation_reason'),
    /** The interface language (BCP 47, canonical) the signer signed in, if the form told; null otherwise. */
    language: text('language'),
    /** Signed through a partner's widget (letter_partners): counted per partner, never shown per signer. */
    partnerId: uuid('partner_id').references(() => letterPartners.id, { onDelete: 'set null' }),
    /** Signed during the founding round: shown as the first tier. */
    founding: boolean('founding').notNull().default(false),
    createdAt: createdAt(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /**
     * When the signature entered the public list and counts: the boundary of the batch that
     * published it (signatures/publication.ts), never the moment of confirmation. Null until then.
     */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** When its name was first listed; null while withheld (a country below the letter's threshold, before its launch) or anonymous. */
    namedAt: timestamp('named_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /**
     * When the signer asked for news of the letter (the sign form's unticked box, taken at
     * confirmation); null: no news. Never public. Withdrawal, erasure, the retention purge and
     * the mailed unsubscribe link clear it.
     */
    newsConsentAt: timestamp('news_consent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('signatures_letter_email_idx').on(t.letterId, t.emailIndex),
    index('signatures_public_idx').on(t.letterId, t.status, t.kind, t.country),
    index('signatures_ip_idx').on(t.letterId, t.ipHash),
    index('signatures_awaiting_idx').on(t.letterId).where(sql`${t.status} = 'confirmed' and ${t.publishedAt} is null`),
    index('signatures_withheld_idx').on(t.letterId, t.country).where(sql`${t.publishedAt} is not null and ${t.namedAt} is null and ${t.display} <> 'anonymous'`),
    index('signatures_name_skeleton_idx').on(t.letterId, t.nameSkeleton),
    // Listed rows from before skeletons existed, which the look-alike check reads and fills (lookalikes.ts).
    index('signatures_unskeletoned_idx').on(t.letterId).where(sql`${t.nameSkeleton} is null and ${t.publishedAt} is not null and ${t.namedAt} is not null`),
    check('signatures_kind_check', sql`${t.kind} in ('legislator', 'organization', 'individual')`),
    check('signatures_status_check', sql`${t.status} in ('pending', 'confirmed', 'withdrawn', 'fraudulent')`),
    check('signatures_display_check', sql`${t.display} in ('full', 'initials', 'anonymous')`),
    check('signatures_country_check', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('signatures_verification_check', sql`${t.verification} in ('domain', 'invited', 'approved')`),
    check('signatures_verified_domain_check', sql`${t.verifiedDomain} is null or ${t.verification} = 'domain'`),
    check('signatures_moderation_check', sql`${t.moderation} in ('none', 'pending', 'approved', 'rejected', 'shadow')`),
  ],
);

/** The links whose pages the signature pages serve (signatures/pages.ts). */
export const TOKEN_PURPOSES = ['confirm', 'withdraw', 'reconsent'] as const;
/** Every purpose of a signer's link: those, and the unsubscribe link of news mail (updates/). */
export const SIGNATURE_TOKEN_PURPOSES = [...TOKEN_PURPOSES, 'unsubscribe'] as const;
export type SignatureTokenPurpose = (typeof SIGNATURE_TOKEN_PURPOSES)[number];

/** Links mailed to signers. Only keyed hashes are stored; each token serves one purpose. */
export const signatureTokens = pgTable(
  'signature_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    purpose: text('purpose', { enum: SIGNATURE_TOKEN_PURPOSES }).notNull(),
    signatureId: uuid('signature_id')
      .notNull()
      .references(() => signatures.id, { onDelete: 'cascade' }),
    /**
     * A confirm link's submission, sealed (server/sealer.ts): the details it was mailed for are
     * the only ones it can confirm. Null for links minted before links carried their details.
     */
    details: text('details'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('signature_tokens_signature_idx').on(t.signatureId)],
);

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;

/**
 * Mail to be sent, written in the same transaction as the change that causes it. A row names
 * what to send (kind + references), not the message: addresses and links are put together only
 * at send time, so no address or live token sits here in clear.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, string>>().notNull(),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** A worker's claim; another worker may take the row once it has passed. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`), check('outbox_status_check', sql`${t.status} in ('pending', 'sent', 'failed', 'skipped')`)],
);

/**
 * How much mail one address has been sent lately, for the per-address cap (outbox/quota.ts):
 * keyed by a keyed hash of the address's canonical form, never the address. A row is only of
 * use for its hour; maintenance deletes older ones.
 */
export const mailQuotas = pgTable('mail_quotas', {
  recipientHash: text('recipient_hash').primaryKey(),
  /** The start of the current hour-long window, and how many messages went out in it. */
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  sent: integer('sent').notNull(),
  /** The last sign-in link sent: past the cap, one still goes out every 10 minutes. */
  lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
});

/**
 * An organizer's invitation to one address: mailed a personal link, through which signing needs
 * no further confirmation (the link reached that mailbox) and counts as verified.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SIGNER_KINDS }).notNull(),
    name: text('name').notNull(),
    title: text('title'),
    parliament: text('parliament'),
    party: text('party'),
    organization: text('organization'),
    role: text('role'),
    website: text('website'),
    country: text('country'),
    emailSealed: text('email_sealed').notNull(),
    emailIndex: text('email_index').notNull(),
    /** The newest link's HMAC; minted when the invitation is mailed. */
    tokenHash: text('token_hash').unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    invitedBy: uuid('invited_by').references(() => organizers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    signatureId: uuid('signature_id').references(() => signatures.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('invitations_letter_email_idx').on(t.letterId, t.emailIndex), check('invitations_kind_check', sql`${t.kind} in ('legislator', 'organization', 'individual')`)],
);

/** The letter in other languages, for readers and for addressees; the original stays authoritative. */
export const letterTranslations = pgTable(
  'letter_translations',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    bodyHtml: text('body_html').notNull(),
    /** Whom the letter is addressed to, in this language; null: the original's addressee. */
    addressee: text('addressee'),
    /** The version of the original this translates (its basedOnVersion). */
    version: integer('version').notNull(),
    /** The newest revision of this translation (letter_translation_revisions). */
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.language] })],
);

/**
 * Every text a translation has had, public like letter_versions: one row per save, numbered per
 * (letter, language) from 1, naming the version of the original it renders. Append-only: a
 * trigger in the migrations refuses changes, and deletions but the letter's own.
 */
export const letterTranslationRevisions = pgTable(
  'letter_translation_revisions',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    revision: integer('revision').notNull(),
    basedOnVersion: integer('based_on_version').notNull(),
    title: text('title').notNull(),
    addressee: text('addressee'),
    body: text('body').notNull(),
    bodyHtml: text('body_html').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.language, t.revision] }), check('letter_translation_revisions_revision_check', sql`${t.revision} >= 1 and ${t.basedOnVersion} >= 1`)],
);

/** Every organizer action, for the letter's owners: who, what, when, on what. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizerId: uuid('organizer_id').references(() => organizers.id, { onDelete: 'set null' }),
    letterId: uuid('letter_id').references(() => letters.id, { onDelete: 'cascade' }),
    /** The route, e.g. "POST /api/v1/signatures/:id/approve". */
    action: text('action').notNull(),
    /** What it acted on beyond the letter (a signature's id), if anything. */
    target: text('target'),
    /** For a read of addresses: how many, which, by what query (never the addresses). */
    detail: text('detail'),
    /** What kind of action it was (audit/actions.ts: approve, publish, addOrganizer, …), for sentences and filters. */
    kind: text('kind'),
    /** The action's identifiers and choices (a decision, a co-organizer's address, a role, a language, a count): never free text, never a signer's address. */
    facts: jsonb('facts').$type<Record<string, string | number | boolean | null>>(),
    status: integer('status').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_letter_idx').on(t.letterId, t.createdAt)],
);

/** Single-use sign-in links mailed to organizers: valid for 15 minutes, once. */
export const loginTokens = pgTable('login_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  organizerId: uuid('organizer_id')
    .notNull()
    .references(() => organizers.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/** Browser sessions of organizers (an HttpOnly cookie holding a token whose HMAC is here). */
export const organizerSessions = pgTable(
  'organizer_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizerId: uuid('organizer_id')
      .notNull()
      .references(() => organizers.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    /** The browser, as it named itself, cut short: for the organizer to recognize a session. */
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('organizer_sessions_organizer_idx').on(t.organizerId)],
);

/** The letter's addressees (e.g. member states' missions): official addresses, not signers' data. */
export const recipients = pgTable(
  'recipients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    /** The language they receive the letter in (its translation, or the original). */
    language: text('language').notNull(),
    /** An optional grouping, such as a region. */
    group: text('group'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('recipients_letter_email_idx').on(t.letterId, t.email)],
);

/** failed: given up after retries; bounced: refused for good (an SMTP refusal or a delivery status notification). */
export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'bounced'] as const;

/** One sending of the letter (with its PDF) to one recipient. */
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => recipients.id, { onDelete: 'cascade' }),
    letterVersion: integer('letter_version').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('queued'),
    error: text('error'),
    /** HMAC of the token in this delivery's reply address (reply+TOKEN@INBOUND_MAIL_DOMAIN); null without one. */
    replyTokenHash: text('reply_token_hash').unique(),
    queuedAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('deliveries_letter_idx').on(t.letterId, t.queuedAt), check('deliveries_status_check', sql`${t.status} in ('queued', 'sent', 'failed', 'bounced')`)],
);

/** What may happen to a signature in public; each is one ledger entry (see server/ledger). */
export const LEDGER_EVENTS = ['confirmed', 'approved', 'reconsented', 'withdrawn', 'rejected', 'replied'] as const;
export type LedgerEvent = (typeof LEDGER_EVENTS)[number];

/**
 * Each letter's tamper-evident record of its public list: an append-only hash chain. An event is
 * written (unchained: position and hashes null) in the transaction that changes the signature,
 * then chained by one writer per letter at a time (server/ledger/service.ts). A trigger in the
 * migrations refuses any other change: chaining fills the hashes once, and redaction clears the
 * content of a signature that is no longer public.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order, which the chain keeps (one signature's events are serialized by its row lock). */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    /** The signature's id; no foreign key, since the entry outlives an erased signature. */
    ref: uuid('ref').notNull(),
    event: text('event', { enum: LEDGER_EVENTS }).notNull(),
    /** The UTC day of the event: the hour is withheld, as on the public list. */
    day: text('day').notNull(),
    /** The public view with a random salt, as hashed; null for departures, and once redacted. */
    content: text('content'),
    contentHash: text('content_hash'),
    position: integer('position'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('ledger_entries_position_idx').on(t.letterId, t.position),
    index('ledger_entries_ref_idx').on(t.letterId, t.ref, t.seq),
    index('ledger_entries_unchained_idx').on(t.letterId, t.seq).where(sql`${t.position} is null`),
    check('ledger_entries_event_check', sql`${t.event} in ('confirmed', 'approved', 'reconsented', 'withdrawn', 'rejected', 'replied')`),
  ],
);

/**
 * The instance's Ed25519 keys (docs/LEDGER.md): `log` signs every letter's tree heads, `witness`
 * cosigns other instances' heads. The private half is sealed under SECRET_KEY; a retired key
 * stays listed, so heads signed before a rotation still verify.
 */
export const ledgerKeys = pgTable(
  'ledger_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose', { enum: ['log', 'witness'] }).notNull(),
    /** The key name of C2SP signed-note: the instance's host and path. */
    name: text('name').notNull(),
    /** The signed-note verifier key, NAME+KEYID+KEY. */
    vkey: text('vkey').notNull(),
    sealedSeed: text('sealed_seed').notNull(),
    createdAt: createdAt(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('ledger_keys_active_idx').on(t.purpose).where(sql`${t.retiredAt} is null`), check('ledger_keys_purpose_check', sql`${t.purpose} in ('log', 'witness')`)],
);

/**
 * Every signed tree head of a letter's ledger, one per chaining transaction, committed with the
 * entries it covers. `frontier` is the compact range (docs/LEDGER.md) that the next head appends to.
 */
export const ledgerHeads = pgTable(
  'ledger_heads',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    treeSize: integer('tree_size').notNull(),
    /** The Merkle root, hex. */
    rootHash: text('root_hash').notNull(),
    /** The hash of entry `treeSize` (the chain's head, as before signed heads). */
    chainHead: text('chain_head').notNull(),
    /** The compact range's node hashes, hex, comma-separated. */
    frontier: text('frontier').notNull(),
    /** The signed checkpoint (C2SP tlog-checkpoint), as served. */
    checkpoint: text('checkpoint').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.treeSize] })],
);

/** Witnesses' cosignatures of this instance's heads, as received from peers. */
export const ledgerCosignatures = pgTable(
  'ledger_cosignatures',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    treeSize: integer('tree_size').notNull(),
    /** The witness's verifier key. */
    witness: text('witness').notNull(),
    /** When the witness signed (the cosignature's own timestamp). */
    cosignedAt: timestamp('cosigned_at', { withTimezone: true }).notNull(),
    /** The signature line, appended to the checkpoint when served. */
    line: text('line').notNull(),
    receivedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.treeSize, t.witness] })],
);

/**
 * What this instance, as a witness, last saw of each peer's letter logs: the largest head it
 * checked as consistent, and evidence of a fork or a rollback when it saw one.
 */
export const witnessedLogs = pgTable('witnessed_logs', {
  origin: text('origin').primaryKey(),
  /** The letter's public address at the peer. */
  url: text('url').notNull(),
  peer: text('peer').notNull(),
  treeSize: integer('tree_size').notNull(),
  rootHash: text('root_hash').notNull(),
  checkpoint: text('checkpoint').notNull(),
  checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
  /** Two signed heads that cannot both be true, and why: kept once seen. */
  evidence: jsonb('evidence').$type<{ seen: string; previous: string; problem: string; at: string }>(),
});

/** Peers' published keys, pinned when first fetched (a peer's later keys are added, never replace). */
export const witnessPeers = pgTable('witness_peers', {
  url: text('url').primaryKey(),
  logKeys: jsonb('log_keys').$type<string[]>().notNull(),
  witnessKeys: jsonb('witness_keys').$type<string[]>().notNull(),
  fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
});

/**
 * A partner site that embeds a letter's sign widget, known by the code in the widget's address
 * (?partner=): organizers see how many signed through each, and nothing per signer.
 */
export const letterPartners = pgTable(
  'letter_partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    label: text('label').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('letter_partners_code').on(t.letterId, t.code)],
);

/** An update's text in one more language (its title and Markdown body, and the body rendered once, on write). */
export interface UpdateText {
  title: string;
  body: string;
  bodyHtml: string;
}

/**
 * News of a letter from its organizers: written in the letter's language, with translations,
 * mailed once to the signers who asked for it (signatures.news_consent_at) and shown on the
 * letter's page from then on (`sent_at`). A draft until sent.
 */
export const letterUpdates = pgTable(
  'letter_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    /** Who wrote it. */
    organizerId: uuid('organizer_id').references(() => organizers.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    bodyHtml: text('body_html').notNull(),
    /** By language tag (canonical): the update in other languages than the letter's. */
    translations: jsonb('translations').$type<Record<string, UpdateText>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('letter_updates_letter_idx').on(t.letterId, t.createdAt)],
);

/**
 * Which signer each update was queued for, and when: the pacing (at most a few a month per
 * signer) counts these. Gone with the signature.
 */
export const updateMails = pgTable(
  'update_mails',
  {
    updateId: uuid('update_id')
      .notNull()
      .references(() => letterUpdates.id, { onDelete: 'cascade' }),
    signatureId: uuid('signature_id')
      .notNull()
      .references(() => signatures.id, { onDelete: 'cascade' }),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.signatureId] }), index('update_mails_signature_idx').on(t.signatureId, t.queuedAt)],
);

/**
 * Mailboxes that refused mail for good (a permanent SMTP refusal, a delivery status notification)
 * or complained of it (a feedback report): nothing more is sent to them. Keyed by a keyed hash of
 * the address (Sealer.mailboxKey), never the address.
 */
export const mailSuppressions = pgTable(
  'mail_suppressions',
  {
    mailboxKey: text('mailbox_key').primaryKey(),
    reason: text('reason', { enum: ['bounced', 'complained'] }).notNull(),
    /** The refusal's status, such as "550 5.1.1"; never an address. */
    detail: text('detail'),
    createdAt: createdAt(),
  },
  (t) => [check('mail_suppressions_reason_check', sql`${t.reason} in ('bounced', 'complained')`)],
);

export const REPLY_STATUSES = ['queued', 'published', 'dismissed'] as const;

/**
 * An addressee's answer to the letter: recorded by an organizer (published at once), or received
 * by mail at a delivery's reply address (queued until an organizer publishes or dismisses it).
 * Published, it is public, on the letter's ledger, and in the PDF's next edition.
 */
export const replies = pgTable(
  'replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    recipientId: uuid('recipient_id').references(() => recipients.id, { onDelete: 'set null' }),
    /** The addressee's name as it was when the reply came: it stays if the addressee is removed. */
    addressee: text('addressee').notNull(),
    deliveryId: uuid('delivery_id').references(() => deliveries.id, { onDelete: 'set null' }),
    status: text('status', { enum: REPLY_STATUSES }).notNull(),
    source: text('source', { enum: ['organizer', 'email'] }).notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    /** The day the reply is dated (YYYY-MM-DD, UTC). */
    receivedOn: text('received_on').notNull(),
    /** The domain whose valid DKIM signature aligned with the addressee's address; null: not verified. */
    dkimDomain: text('dkim_domain'),
    /** The domain of the message's From, for the organizer deciding what to publish. */
    senderDomain: text('sender_domain'),
    recordedBy: uuid('recorded_by').references(() => organizers.id, { onDelete: 'set null' }),
    publishedBy: uuid('published_by').references(() => organizers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    index('replies_letter_idx').on(t.letterId, t.status, t.receivedOn),
    check('replies_status_check', sql`${t.status} in ('queued', 'published', 'dismissed')`),
    check('replies_source_check', sql`${t.source} in ('organizer', 'email')`),
  ],
);

/** A document attached to a reply: a PDF or an image, at most 10 MB, served only as a download. */
export const replyAttachments = pgTable(
  'reply_attachments',
  {
    replyId: uuid('reply_id')
      .notNull()
      .references(() => replies.id, { onDelete: 'cascade' }),
    /** 1, 2, …: its place among the reply's attachments, and its address. */
    position: integer('position').notNull(),
    /** Detected from the bytes, never taken from the sender. */
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [primaryKey({ columns: [t.replyId, t.position] })],
);
