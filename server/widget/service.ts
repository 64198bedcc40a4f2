import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { letterPartners, letters, signatures } from '../db/schema.js';
import { AppError, because } from '../errors.js';
import { reachLetter } from '../letters/access.js';
import { publicCondition } from '../signatures/visibility.js';

/**
 * The sign widget's rules: which sites may frame it (the letter's widget origins), and the
 * partners whose widgets a signature came through, each counted and never shown per signer.
 */

export interface PartnerView {
  code: string;
  label: string;
  /** Public signatures made through this partner's widget. */
  signatures: number;
}

export interface WidgetSettings {
  origins: string[];
  partners: PartnerView[];
}

export const PARTNER_CODE = '^[a-z0-9]{8,32}$';

/** An origin as a browser names it (https://partner.example, http://localhost:8080), or a 400. */
export function cleanOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw because('origin', new AppError(400, 'VALIDATION_FAILED', `origins: "${value}" is not a site's address, such as https://partner.example`, 'origins'));
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  // The origin goes into a header (frame-ancestors): a host of letters, digits, dots and hyphens
  // only (a Unicode one as punycode), never a comma, quote or space that would end the directive.
  const plainHost = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(url.hostname);
  if (!plainHost || (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) || url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
    throw because('origin', new AppError(400, 'VALIDATION_FAILED', `origins: "${value}" must be an https:// site (http:// only for localhost)`, 'origins'));
  }
  return url.origin;
}

/** The widget's settings as an organizer of the letter sees them. */
export async function widgetSettings(db: Db, organizerId: string, slug: string): Promise<WidgetSettings> {
  const { row } = await reachLetter(db, slug, { as: 'organizer', organizerId, can: 'read' });
  return { origins: row.widgetOrigins, partners: await partnersOf(db, row.id) };
}

/** Which sites may frame the widget: replaced whole. */
export async function setWidgetOrigins(db: Db, organizerId: string, slug: string, origins: string[]): Promise<WidgetSettings> {
  const clean = [...new Set(origins.map(cleanOrigin))];
  return db.transaction(async (tx) => {
    const { row } = await reachLetter(tx, slug, { as: 'organizer', organizerId, can: 'edit' });
    await tx.update(letters).set({ widgetOrigins: clean }).where(eq(letters.id, row.id));
    return { origins: clean, partners: await partnersOf(tx, row.id) };
  });
}

/** A new partner and its code (random, for the widget's address): what a partner site embeds. */
export async function createPartner(db: Db, organizerId: string, slug: string, label: string): Promise<PartnerView> {
  const { row } = await reachLetter(db, slug, { as: 'organizer', organizerId, can: 'edit' });
  const code = randomBytes(8).toString('hex');
  await db.insert(letterPartners).values({ letterId: row.id, code, label });
  return { code, label, signatures: 0 };
}

/** The partner a code names on this letter, or null: an unknown code signs as no partner. */
export async function partnerIdOf(db: Db | Tx, letterId: string, code: string | undefined): Promise<string | null> {
  if (!code || !new RegExp(PARTNER_CODE).test(code)) return null;
  const [partner] = await db
    .select({ id: letterPartners.id })
    .from(letterPartners)
    .where(and(eq(letterPartners.letterId, letterId), eq(letterPartners.code, code)));
  return partner?.id ?? null;
}

/** The letter's widget origins, for its frame-ancestors, by slug (the widget's pages). */
export async function widgetOriginsOf(db: Db, slug: string): Promise<string[]> {
  const [row] = await db.select({ origins: letters.widgetOrigins }).from(letters).where(eq(letters.slug, slug));
  return row?.origins ?? [];
}

async function partnersOf(db: Db | Tx, letterId: string): Promise<PartnerView[]> {
  return db
    .select({
      code: letterPartners.code,
      label: letterPartners.label,
      signatures: sql<number>`(${db
        .select({ n: count() })
        .from(signatures)
        .where(and(eq(signatures.partnerId, letterPartners.id), publicCondition()))})::int`,
    })
    .from(letterPartners)
    .where(eq(letterPartners.letterId, letterId))
    .orderBy(asc(letterPartners.createdAt), asc(letterPartners.code));
}
