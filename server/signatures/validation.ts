import countries from 'i18n-iso-countries';
import { LinkifyIt } from 'linkify-it';
import validator from 'validator';
import { isEmailAddress } from '../email.js';
import { AppError } from '../errors.js';

const NAME_MAX = 200;

const invalid = (field: string, problem: string) => new AppError(400, 'VALIDATION_FAILED', `${field}: ${problem}`, field);

// Web addresses in names are the mark of spam. Fuzzy matching (no scheme) is limited to the
// top-level domains spammers use, so that "Mr.Li" or "J.R.R." stay names.
// (linkify-it 6 matches links without a scheme only when asked: fuzzyLink.)
const linkify = new LinkifyIt({
  fuzzyLink: true,
  tlds: ['com', 'net', 'org', 'info', 'biz', 'io', 'xyz', 'top', 'ru', 'cn', 'online', 'site', 'shop', 'club', 'app', 'co', 'me', 'us', 'ly', 'link', 'click'],
});

// C0/C1 controls, the line and paragraph separators (line breaks that are not controls), and the
// bidirectional overrides that make text display other than it reads.
// Other format characters (zero-width joiners) stay: Persian and Indic names need them.
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
// Up to 8 marks in a row covers real scripts (Vietnamese, Tibetan stacks); more is "Zalgo" text.
const MARK_RUN = /\p{M}{9,}/u;

/** NFC, trimmed, inner white space folded; 1-max characters; no controls, URLs or mark floods. */
export function cleanText(value: string, field: string, max = NAME_MAX): string {
  const text = value.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text.length === 0) throw invalid(field, 'is required');
  if ([...text].length > max) throw invalid(field, `must be at most ${max} characters`);
  if (FORBIDDEN.test(value)) throw invalid(field, 'must not contain control characters');
  if (MARK_RUN.test(text)) throw invalid(field, 'has too many combining marks in a row');
  if (linkify.test(text) || /\bwww\./i.test(text)) throw invalid(field, 'must not contain a web address');
  return text;
}

export function cleanOptionalText(value: string | undefined | null, field: string, max = NAME_MAX) {
  if (value === undefined || value === null || value.trim() === '') return null;
  return cleanText(value, field, max);
}

/** ISO 3166-1 alpha-2, upper-cased; Kosovo's XK is included. */
export function cleanCountry(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !countries.isValid(code)) {
    throw invalid('country', `"${value}" is not an ISO 3166-1 alpha-2 country code`);
  }
  return code;
}

export function cleanEmail(value: string): string {
  const email = value.trim();
  if (!isEmailAddress(email)) {
    throw invalid('email', 'is not a valid email address');
  }
  return email;
}

/**
 * The form under which two addresses are the same mailbox: lower-case, and dots and +tags
 * folded for the providers that ignore them (Gmail, Outlook, Yahoo, iCloud).
 */
export function canonicalEmail(email: string): string {
  return validator.normalizeEmail(email, { all_lowercase: true }) || email.toLowerCase();
}

/** "Ada Lovelace" -> "A. L." for signers who show only their initials. */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map((part) => `${[...part][0]?.toUpperCase() ?? ''}.`)
    .join(' ');
}

/** An organization's website: an http(s) URL without credentials, stored as given. */
export function cleanWebsite(value: string | undefined | null): string | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  const raw = value.trim();
  const withScheme = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid('website', 'is not a web address');
  }
  if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.') || withScheme.length > 300) {
    throw invalid('website', 'is not a web address');
  }
  // https://hrw.org@evil.net/ is evil.net's page, made to read as hrw.org's.
  if (url.username || url.password) throw invalid('website', 'must not contain a user name or password');
  return url.toString();
}
