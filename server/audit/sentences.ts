import Handlebars from 'handlebars';
import { localeOf } from '../i18n/locales.js';
import { Html, html, text } from '../i18n/messages.js';
import type { AuditRecord } from './service.js';

/**
 * An entry of the audit log said as a sentence in the reader's language: "Ada Lovelace published
 * the signature of Jane Doe, 1 Dec, 14:02 UTC", with the names as they are now (the organizer's
 * public name, else their address; the signer's name, or "an erased signer" once they erased
 * their data), and "tried to …(refused)" for a refused attempt.
 */
export interface AuditSentence {
  /** The sentence, time included, as plain text (the CSV, the API). */
  text: string;
  /** The same as HTML: each name isolated in <bdi>, the time in <time datetime>. */
  html: Handlebars.SafeString;
  /** Who acted, as the sentence names them. */
  who: string;
  /** Whom or what it acted on, as the sentence names them (a signer, a co-organizer, a language), if anyone. */
  target: string;
  /** The kind's short name (the filter's choice). */
  kindLabel: string;
  /** "done", or "refused (403)". */
  result: string;
  /** The time, short and in the reader's language. */
  when: string;
}

const escapeHtml = (s: string) => Handlebars.escapeExpression(s);
const bdi = (s: string) => new Html(`<bdi>${escapeHtml(s)}</bdi>`);

/** A time as the reader's language writes it, short: day, month, hour and minute (the year when not this one), in UTC. */
export function shortDateTime(code: string, value: Date | string, now: Date = new Date()): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(localeOf(code).code, {
    ...(date.getUTCFullYear() === now.getUTCFullYear() ? {} : { year: 'numeric' }),
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);
}

/** A language's name in the reader's language ("French"), or its tag when unknown. */
function languageName(code: string, tag: string): string {
  try {
    return new Intl.DisplayNames([localeOf(code).code], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Who acted: the organizer's public name, else their address; the operator at the command line; an account since deleted. */
export function actorName(code: string, entry: Pick<AuditRecord, 'organizerId' | 'organizer' | 'organizerName' | 'action'>): string {
  if (entry.organizerId) return entry.organizerName || entry.organizer || '';
  return entry.action.startsWith('operator: ') ? text(code, 'ws.audit.operatorWho') : text(code, 'ws.audit.formerOrganizer');
}

/** Kinds whose target is not a signature but a reply (its id, which names no signer). */
const REPLY_KINDS: ReadonlySet<AuditRecord['kind']> = new Set(['recordReply', 'publishReply', 'dismissReply']);

/** The entry as a sentence, in the reader's language (`code`), with its time. */
export function auditSentence(code: string, entry: AuditRecord, now: Date = new Date()): AuditSentence {
  const { facts } = entry;
  const who = actorName(code, entry);
  const signerEntry = REPLY_KINDS.has(entry.kind) ? null : entry.signer;
  const signer = signerEntry ? ('name' in signerEntry ? signerEntry.name : null) : undefined;
  const signerText = signer ?? text(code, signer === null ? 'ws.audit.erasedSigner' : 'ws.audit.someSigner');
  const member = entry.member ? entry.member.name || entry.member.email : null;
  const language = facts.language ? languageName(code, facts.language) : null;
  // The names a person wrote are isolated (bdi) in HTML; what the catalog says is not.
  const values = (wrap: (s: string) => string | Html) => ({
    kind: entry.kind,
    who: wrap(who),
    signer: signer === undefined || signer === null ? signerText : wrap(signer),
    member: member === null ? text(code, 'ws.audit.someOrganizer') : wrap(member),
    role: facts.role ?? 'other',
    language: language === null ? text(code, 'ws.audit.someLanguage') : language,
    counted: typeof facts.count === 'number' ? 'yes' : 'no',
    count: facts.count ?? 0,
    goalSet: facts.goal === null ? 'no' : typeof facts.goal === 'number' ? 'yes' : 'unknown',
    goal: facts.goal ?? 0,
    goalKind: facts.goalKind ?? 'any',
    editorial: facts.editorial ? 'yes' : 'no',
    source: facts.source ?? 'api',
    domainsOnly: facts.domainsOnly ? 'yes' : 'no',
    action: entry.action,
  });
  const refused = entry.status >= 400;
  const key = refused ? 'ws.audit.tried' : 'ws.audit.did';
  const when = shortDateTime(code, entry.at, now);
  const line = { refused: refused ? 'yes' : 'no' };
  const plain = text(
    code,
    key,
    values((s) => s),
  );
  const marked = html(code, key, values(bdi));
  return {
    text: text(code, 'ws.audit.line', { ...line, sentence: plain, when }),
    html: new Handlebars.SafeString(html(code, 'ws.audit.line', { ...line, sentence: marked, when: new Html(`<time datetime="${escapeHtml(entry.at)}">${escapeHtml(when)}</time>`) }).html),
    who,
    target: signer !== undefined ? signerText : (member ?? language ?? ''),
    kindLabel: text(code, 'ws.audit.kind', { kind: entry.kind }),
    result: text(code, 'ws.audit.result', { refused: refused ? 'yes' : 'no', status: entry.status }),
    when,
  };
}
