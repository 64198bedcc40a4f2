import { type Outcome, outcome } from '../effects.js';
import { and, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { apiTokens, letters, loginTokens, organizers, organizerSessions, outbox } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { OutgoingMail } from '../mail/mailer.js';
import { text } from '../i18n/messages.js';
import { localeOf } from '../i18n/locales.js';
import type { MailRenderer } from '../mail/templates.js';
import { type Composer, type Composers, outboxRowSql } from '../outbox/messages.js';
import type { TokenHasher } from '../tokens.js';
import { MAIL_ADDED, MAIL_GOAL, MAIL_LOGIN } from './mail-kinds.js';
import type { Organizer } from './service.js';

export const LOGIN_TTL_MS = 15 * 60 * 1000;
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface SessionDeps {
  db: Db;
  tokens: TokenHasher;
  /** The app's clock (app.clock.now): links and sessions expire by it. */
  now: () => Date;
}

/** Last-seen and last-used times are coarse: at most one write per session or token in this time. */
export const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

/**
 * Mails a sign-in link if the address belongs to an organizer; says nothing either way, so the
 * form cannot be used to learn who organizes. Nor can its timing: known address or not, it is
 * the same one statement, the look-up and the insert of one outbox row, which for an unknown
 * address names no organizer and is written already skipped.
 */
export async function requestLogin({ db, now }: SessionDeps, email: string, ui = 'en'): Promise<Outcome<void>> {
  const found = sql`(select ${organizers.id}::text from ${organizers} where ${organizers.email} = ${email.trim().toLowerCase()})`;
  await db.execute(sql`
    insert into ${outbox} (kind, payload, next_attempt_at, status, last_error)
    select ${outboxRowSql(MAIL_LOGIN, { organizerId: sql`coalesce(organizer.id, '')`, ui: sql`${ui}::text` })}, ${now()}::timestamptz,
      case when organizer.id is null then 'skipped' else 'pending' end,
      case when organizer.id is null then ${NO_ORGANIZER} end
    from (select ${found} as id) as organizer`);
  return outcome(undefined, { mail: true });
}

const NO_ORGANIZER = 'not sent: no organizer has this address';

/**
 * What an organizer's mail is written in: the interface language of the request that asked for
 * it (English when none, or one the interface does not have), its direction, and its footer,
 * which says why the reader got it, for the mail's kind.
 */
function mailLanguage(asked: string | undefined, footer: 'ws.mail.footer.login' | 'ws.mail.footer.added' | 'ws.mail.footer.goal') {
  const locale = localeOf(asked ?? 'en');
  return { ui: locale.code, lang: locale.code, dir: locale.dir, footer };
}

/** The sign-in mail: its link is minted when the mail is composed, valid once for 15 minutes. */
export function loginComposer(deps: SessionDeps & { render: MailRenderer; publicUrl: string }): Pick<Composers, typeof MAIL_LOGIN | typeof MAIL_ADDED | typeof MAIL_GOAL> {
  const link = async (organizerId: string) => {
    const { token, hash } = deps.tokens.issue('login');
    const now = deps.now();
    await deps.db.insert(loginTokens).values({ tokenHash: hash, organizerId, expiresAt: new Date(now.getTime() + LOGIN_TTL_MS) });
    return `${deps.publicUrl}/login/${token}`;
  };
  const compose: Composer<typeof MAIL_LOGIN> = async ({ organizerId = '', ui: asked }): Promise<OutgoingMail | null> => {
    const [organizer] = await deps.db.select().from(organizers).where(eq(organizers.id, organizerId));
    if (!organizer) return null;
    const loginUrl = await link(organizerId);
    const ui = mailLanguage(asked, 'ws.mail.footer.login');
    return {
      to: organizer.email,
      subject: text(ui.ui, 'ws.mail.login.subject'),
      ...deps.render('login', { ...ui, organizer, loginUrl, minutes: LOGIN_TTL_MS / 60_000, letter: { language: ui.ui, title: text(ui.ui, 'ws.mail.login.title') } }),
      links: { login: loginUrl },
    };
  };
  // A co-organizer added by an owner: told which letter and role, with a way in.
  const added: Composer<typeof MAIL_ADDED> = async ({ organizerId = '', letterId = '', role, ui: asked, byId }): Promise<OutgoingMail | null> => {
    const [organizer] = await deps.db.select().from(organizers).where(eq(organizers.id, organizerId));
    // Who added them, as co-organizers see each other on the team page: by name, or else by address.
    const [by] = byId ? await deps.db.select({ name: organizers.name, email: organizers.email }).from(organizers).where(eq(organizers.id, byId)) : [];
    const [letter] = await deps.db.select({ title: letters.title, slug: letters.slug, language: letters.language }).from(letters).where(eq(letters.id, letterId));
    if (!organizer || !letter) return null;
    const loginUrl = await link(organizerId);
    const ui = mailLanguage(asked, 'ws.mail.footer.added');
    return {
      to: organizer.email,
      subject: text(ui.ui, 'ws.mail.added.subject', { role, title: letter.title.replace(/\s+/g, ' ').slice(0, 120) }),
      ...deps.render('co-organizer', {
        ...ui,
        organizer,
        letter,
        role,
        loginUrl,
        addedBy: by ? by.name?.trim() || by.email : '',
        minutes: LOGIN_TTL_MS / 60_000,
        workspaceUrl: `${deps.publicUrl}/organize/letters/${letter.slug}`,
      }),
      links: { login: loginUrl },
    };
  };
  // The letter's public count reached the goal its organizers set: each owner and editor is told.
  const goal: Composer<typeof MAIL_GOAL> = async ({ organizerId = '', letterId = '' }): Promise<OutgoingMail | null> => {
    const [organizer] = await deps.db.select().from(organizers).where(eq(organizers.id, organizerId));
    const [letter] = await deps.db
      .select({ title: letters.title, slug: letters.slug, language: letters.language, goal: letters.goal, goalKind: letters.goalKind })
      .from(letters)
      .where(eq(letters.id, letterId));
    if (!organizer || !letter || letter.goal === null) return null;
    const ui = mailLanguage(undefined, 'ws.mail.footer.goal');
    const reached = { goal: letter.goal, kind: letter.goalKind ?? 'any' };
    return {
      to: organizer.email,
      subject: text(ui.ui, 'ws.mail.goal.subject', { title: letter.title.replace(/\s+/g, ' ').slice(0, 120) }),
      ...deps.render('goal', { ...ui, organizer, letter, reached, letterUrl: `${deps.publicUrl}/letters/${letter.slug}`, workspaceUrl: `${deps.publicUrl}/organize/letters/${letter.slug}` }),
    };
  };
  return { [MAIL_LOGIN]: compose, [MAIL_ADDED]: added, [MAIL_GOAL]: goal };
}

/**
 * Spends a sign-in link (once: a second use, or one after 15 minutes, is refused) and opens a
 * session; returns the session's token for the cookie.
 */
export async function consumeLogin(deps: SessionDeps, token: string, userAgent: string | undefined) {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const hashes = deps.tokens.candidates('login', token);
    const [spent] = await tx
      .update(loginTokens)
      .set({ usedAt: now })
      .where(and(inArray(loginTokens.tokenHash, hashes), isNull(loginTokens.usedAt), gt(loginTokens.expiresAt, now)))
      .returning({ organizerId: loginTokens.organizerId });
    if (!spent) {
      const [known] = await tx.select().from(loginTokens).where(inArray(loginTokens.tokenHash, hashes));
      if (!known) throw new AppError(404, 'TOKEN_UNKNOWN', 'This sign-in link is not valid. Ask for a new one.');
      throw new AppError(
        410,
        known.usedAt ? 'LINK_USED' : 'TOKEN_EXPIRED',
        known.usedAt ? 'This sign-in link has been used already. Ask for a new one.' : 'This sign-in link has expired (they last 15 minutes). Ask for a new one.',
      );
    }
    const session = deps.tokens.issue('session');
    await tx.insert(organizerSessions).values({
      organizerId: spent.organizerId,
      tokenHash: session.hash,
      userAgent: userAgent?.slice(0, 200) ?? null,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    });
    return { token: session.token };
  });
}

/** The organizer and session a session cookie stands for, or null. */
export async function organizerForSession(deps: SessionDeps, token: string): Promise<(Organizer & { sessionId: string }) | null> {
  const now = deps.now();
  const [row] = await deps.db
    .select({ id: organizers.id, email: organizers.email, name: organizers.name, sessionId: organizerSessions.id })
    .from(organizerSessions)
    .innerJoin(organizers, eq(organizers.id, organizerSessions.organizerId))
    .where(and(inArray(organizerSessions.tokenHash, deps.tokens.candidates('session', token)), isNull(organizerSessions.revokedAt), gt(organizerSessions.expiresAt, now)));
  if (!row) return null;
  await deps.db
    .update(organizerSessions)
    .set({ lastSeenAt: now })
    .where(and(eq(organizerSessions.id, row.sessionId), lt(organizerSessions.lastSeenAt, new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS))));
  return row;
}

export async function listSessions(db: Db, organizerId: string, currentId: string | null, now: Date) {
  const rows = await db
    .select()
    .from(organizerSessions)
    .where(and(eq(organizerSessions.organizerId, organizerId), isNull(organizerSessions.revokedAt), gt(organizerSessions.expiresAt, now)))
    .orderBy(desc(organizerSessions.lastSeenAt));
  return rows.map((s) => ({
    id: s.id,
    userAgent: s.userAgent,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    current: s.id === currentId,
  }));
}

export async function revokeSession(db: Db, organizerId: string, sessionId: string): Promise<void> {
  const done = await db
    .update(organizerSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(organizerSessions.id, sessionId), eq(organizerSessions.organizerId, organizerId), isNull(organizerSessions.revokedAt)))
    .returning({ id: organizerSessions.id });
  if (done.length === 0) throw new AppError(404, 'SESSION_NOT_FOUND', 'No such session');
}

export async function listTokens(db: Db, organizerId: string) {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.organizerId, organizerId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((t) => ({ id: t.id, label: t.label, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null }));
}

/** A new API token, shown once. */
export async function createToken({ db, tokens }: Pick<SessionDeps, 'db' | 'tokens'>, organizerId: string, label: string | undefined) {
  const { token, hash } = tokens.issue('api');
  const [row] = await db
    .insert(apiTokens)
    .values({ organizerId, tokenHash: hash, label: label?.trim() || null })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token };
}

export async function revokeToken(db: Db, organizerId: string, id: string): Promise<void> {
  const done = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.organizerId, organizerId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (done.length === 0) throw new AppError(404, 'TOKEN_NOT_FOUND', 'No such token');
}
