import { type AddresseeGroup, ADDRESSEE_STATES } from '../delivery/service.js';
import { localeOf } from '../i18n/locales.js';
import { listSeparator, text } from '../i18n/messages.js';
import type { PublicReplyView } from './service.js';

/**
 * What the public pages and the PDF say of replies and addressees, in the reader's language:
 * shared by the letter page, the reply's page and the dossier.
 */

/** How a reply's origin is vouched for: a DKIM signature of the addressee's domain, the organizers' word, or neither. */
export type ReplyMark = 'dkim' | 'organizer' | 'unverified';

export const markOf = (reply: Pick<PublicReplyView, 'dkimVerifiedFor' | 'source'>): ReplyMark => (reply.dkimVerifiedFor ? 'dkim' : reply.source === 'organizer' ? 'organizer' : 'unverified');

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The opening of a reply for a list: its whitespace folded, at most `max` characters (whole
 * graphemes, ended at a space when one is near), and whether anything was cut.
 */
export function excerptOf(body: string, max = 300): { text: string; cut: boolean } {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { text: flat, cut: false };
  let out = '';
  for (const { segment } of graphemes.segment(flat)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  const space = out.lastIndexOf(' ');
  if (space > max * 0.75) out = out.slice(0, space);
  return { text: out.replace(/[\s,;:.–—-]+$/u, ''), cut: true };
}

/** "1 replied, 1 bounced, 1 no reply after 30 days, 2 sent": the group's states that have anyone, in the reader's language. */
export function countsText(ui: string, counts: AddresseeGroup['counts'] | Record<string, number>, days: number, states: readonly string[] = ADDRESSEE_STATES): string {
  return states
    .filter((state) => (counts as Record<string, number>)[state]! > 0)
    .map((state) => text(ui, 'addressees.count', { state, n: (counts as Record<string, number>)[state]!, days }))
    .join(listSeparator(ui));
}

/** The groups as listed: by name, the addressees without a group after them. */
export const ungroupedLast = <G extends { group: string | null }>(groups: readonly G[]): G[] => [...groups.filter((g) => g.group !== null), ...groups.filter((g) => g.group === null)];

const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/gif': 'GIF', 'image/webp': 'WebP' };

/** A document's kind as people call it ("PDF", "PNG"). */
export const typeName = (contentType: string) => TYPE_NAMES[contentType] ?? contentType;

/** A document's size in the reader's language: "820 kB", "2.4 MB". */
export function sizeText(ui: string, bytes: number): string {
  const locale = localeOf(ui).code;
  const [unit, value] = bytes >= 1_000_000 ? (['megabyte', bytes / 1_000_000] as const) : bytes >= 1000 ? (['kilobyte', bytes / 1000] as const) : (['byte', bytes] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'megabyte' && value < 10 ? 1 : 0 }).format(value);
}
