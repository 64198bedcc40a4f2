import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** Every table of the application, in one place: drizzle-kit generates migrations/ from this file. */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organizers = pgTable('organizers', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Lower-cased; organizers act in public, unlike signers. */
  email: text('email').notNull().unique(),
  name: text('name'),
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
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_organizer_idx').on(t.organizerId)],
);

export const LETTER_STATUSES = ['draft', 'open', 'closed'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];
export const SIGNER_KINDS = ['legislator', 'organization', 'individual'] as const;
export type SignerKind = (typeof SIGNER_KINDS)[number];

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
    signerKinds: text('signer_kinds').array().notNull(),
    status: text('status', { enum: LETTER_STATUSES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    check('letters_status_check', sql`${t.status} in ('draft', 'open', 'closed')`),
    check('letters_slug_check', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const letterOrganizers = pgTable(
  'letter_organizers',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    organizerId: uuid('organizer_id')
      .notNull()
      .references(() => organizers.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.letterId, t.organizerId] }),
    index('letter_organizers_organizer_idx').on(t.organizerId),
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
