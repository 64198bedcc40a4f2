import { domainToASCII } from 'node:url';
import countries from 'i18n-iso-countries';
import { LinkifyIt } from 'linkify-it';
import unhomoglyph from 'unhomoglyph';
import validator from 'validator';
import { isEmailAddress } from '../email.js';
import { AppError, because } from '../errors.js';

const NAME_MAX = 200;

const invalid = (field: string, problem: string) => new AppError(400, 'VALIDATION_FAILED', `${field}: ${problem}`, field);

// Web addresses in names are the mark of spam. Fuzzy matching (no scheme) is limited to the
// top-level domains spammers use, so that "Mr.Li" or "J.R.R." stay names.
// (linkify-it 6 matches links without a scheme only when asked: fuzzyLink.)
const linkify = new LinkifyIt({
  fuzzyLink: true,
  tlds: ['com', 'net', 'org', 'info', 'biz', 'io', 'xyz', 'top', 'ru', 'cn', 'online', 'site', 'shop', 'club', 'app', 'co', 'me', 'us', 'ly', 'link', 'click'],
});

// C0/C1 controls and the line and paragraph separators (line breaks that are not controls).
const CONTROLS = /[\p{Cc}\u2028\u2029]/u;

// What shows as nothing or as a blank, or changes how the text around it displays: a name made
// of these lists as a blank, and a name with one lists as a second copy of a name already there.
// Default_Ignorable_Code_Point has the zero-width characters, the bidi marks and isolates, the
// Hangul fillers, the tag characters and the variation selectors; format characters (Cf) add the
// other invisible controls; private-use, unassigned and lone surrogate code points show as nothing
// or a box; then the blanks that are symbols or letters (braille blank, Khitan filler) and the
// replacement boxes.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Co}\p{Cn}\p{Cs}\u2800\u{16FE4}\uFFFC\uFFFD]/u;

// Scripts whose letters join, or form conjuncts, where a zero-width (non-)joiner changes the
// shape: Persian علی‌رضا, Hindi क्‍ष, Rohingya, Mongolian, Sinhala, Myanmar, Khmer. In Latin,
// Cyrillic, Han and the rest it changes nothing visible.
const JOINING_SCRIPT =
  /[\p{scx=Arab}\p{scx=Syrc}\p{scx=Nkoo}\p{scx=Mong}\p{scx=Rohg}\p{scx=Deva}\p{scx=Beng}\p{scx=Guru}\p{scx=Gujr}\p{scx=Orya}\p{scx=Taml}\p{scx=Telu}\p{scx=Knda}\p{scx=Mlym}\p{scx=Sinh}\p{scx=Mymr}\p{scx=Khmr}]/u;
const joins = (c: string) => /[\p{L}\p{M}]/u.test(c) && JOINING_SCRIPT.test(c);
const mongolian = (c: string) => /\p{L}/u.test(c) && /\p{scx=Mong}/u.test(c);
// The viramas of those scripts: after one a joiner may end a word (Malayalam's chillu ന്‍).
const VIRAMA = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D\u0DCA\u1039\u103A\u17D2]/u;
const EMOJI_JOINS_AFTER = /[\p{Extended_Pictographic}\p{Emoji_Modifier}]|\uFE0F/u;
const ZWNJ = '\u200C';
const ZWJ = '\u200D';

/** Whether an invisible character at cps[i] is one a script needs there. */
function neededThere(cps: string[], i: number): boolean {
  const c = cps[i] as string;
  const before = cps[i - 1] ?? '';
  const after = cps[i + 1] ?? '';
  if (c === ZWNJ || c === ZWJ) {
    if (joins(before) && joins(after)) return true;
    if (VIRAMA.test(before) && joins(cps[i - 2] ?? '')) return true;
    return c === ZWJ && EMOJI_JOINS_AFTER.test(before) && /\p{Extended_Pictographic}/u.test(after); // 👩‍🔬
  }
  // Emoji or text presentation of the emoji before; a Han character's registered variant (names
  // in Japanese registries); Mongolian's free variation selectors and vowel separator.
  if (c === '\uFE0E' || c === '\uFE0F') return /\p{Emoji}/u.test(before);
  if (/[\uFE00-\uFE0D\u{E0100}-\u{E01EF}]/u.test(c)) return /\p{sc=Han}/u.test(before);
  if (/[\u180B-\u180D\u180F]/u.test(c)) return mongolian(before);
  if (c === '\u180E') return mongolian(before) && mongolian(after);
  return false;
}

const hex = (c: string) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;

/** What makes a text (NFC, trimmed) not a name, or null. */
function invisibleProblem(text: string): string | null {
  const cps = [...text];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i] as string;
    if (!INVISIBLE.test(c) || neededThere(cps, i)) continue;
    if (c === ZWNJ || c === ZWJ) return `must not contain ${hex(c)} here: a zero-width joiner or non-joiner belongs only between the letters of a script that needs it`;
    return `must not contain invisible or formatting characters (${hex(c)})`;
  }
  return null;
}

/**
 * Combining marks that are not writing. UTS #39 (5.4): more than 4 nonspacing marks on one
 * letter, or the same one twice in a row. The shared diacritics (Script=Inherited: accents,
 * Arabic vowel signs) stack at most 3 in any language (Vietnamese has 2, Arabic shadda with a
 * vowel 2); Zalgo text is made of them. Tibetan's subjoined letters and Myanmar's medials are
 * marks of their own scripts, counted only by the first rule. A mark needs a letter to sit on.
 */
function markProblem(text: string): string | null {
  let nonspacing = 0;
  let inherited = 0;
  let previous = ' ';
  for (const c of text.normalize('NFD')) {
    if (!/\p{M}/u.test(c)) {
      nonspacing = inherited = 0;
      previous = c;
      continue;
    }
    if (/\s/u.test(previous)) return 'must not begin a word with a combining mark';
    if (/[\p{Mn}\p{Me}]/u.test(c)) {
      if (c === previous) return 'must not repeat a combining mark';
      nonspacing++;
    }
    if (/\p{sc=Zinh}/u.test(c)) inherited++;
    if (nonspacing > 4 || inherited > 3) return 'has too many combining marks on one letter';
    previous = c;
  }
  return null;
}

/**
 * The one rule for the text a person gives to be shown (names, titles, parliaments, parties,
 * organizations, roles, in the form, the API and invitations): NFC, trimmed, inner white space
 * folded; 1-max characters, with a letter or digit; no controls, no invisible or formatting
 * characters (but the joiners and selectors a script needs where it needs them), no mark floods,
 * no web addresses.
 */
export function cleanText(value: string, field: string, max = NAME_MAX): string {
  const text = value.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text.length === 0) throw because('required', invalid(field, 'is required'));
  if ([...text].length > max) throw because('tooLong', invalid(field, `must be at most ${max} characters`));
  if (CONTROLS.test(value)) throw invalid(field, 'must not contain control characters');
  const problem = invisibleProblem(text) ?? markProblem(text);
  if (problem) throw invalid(field, problem);
  if (!/[\p{L}\p{N}]/u.test(text)) throw because('noLetter', invalid(field, 'must contain a letter'));
  if (linkify.test(text) || /\bwww\./i.test(text)) throw because('noLink', invalid(field, 'must not contain a web address'));
  return text;
}

export function cleanOptionalText(value: string | undefined | null, field: string, max = NAME_MAX) {
  if (value === undefined || value === null || value.trim() === '') return null;
  return cleanText(value, field, max);
}

// The prototype of a character in Unicode's confusables.txt (v13; the package's per-character map).
const prototypes = (s: string) => unhomoglyph(s.normalize('NFD')).normalize('NFD');

/**
 * The form under which two names read the same on a list: the confusable skeleton of UTS #39
 * (NFD, each character to its prototype, NFD), case-folded, white space folded. Case is folded
 * after mapping, and the mapping is applied again until nothing changes (twice at most), so that
 * the capital Cyrillic Н of "Нassan" still meets the H of "Hassan" and the "m" of "MAHMUT", once
 * small, still meets the "rn" that "Mahmut" maps to. confusables.txt gives the capital I and the
 * small l one prototype (l), so the small i joins them: "RAHIMA" and "Rahima" are one reader's
 * name. It catches names that look the same, not names that look similar: an added accent, dot
 * or initial is a different name, left to a reader's eyes.
 */
export function nameSkeleton(name: string): string {
  let s = name.normalize('NFD');
  for (let round = 0; round < 4; round++) {
    const next = prototypes(s).toLowerCase();
    if (next === s) break;
    s = next;
  }
  return s.replaceAll('i', 'l').replace(/\s+/gu, ' ').trim();
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
    throw because('email', invalid('email', 'is not a valid email address'));
  }
  return email;
}

/**
 * The form under which two addresses are the same mailbox: lower-case, and dots and +tags
 * folded for the providers that ignore them (Gmail, Outlook, Yahoo, iCloud).
 */
export function canonicalEmail(email: string): string {
  // One domain, one form: a@һrw.org and a@xn--rw-3wc.org reach the same mailbox.
  const at = email.lastIndexOf('@');
  const ascii = at > 0 ? domainToASCII(email.slice(at + 1)) : '';
  const address = ascii ? `${email.slice(0, at)}@${ascii}` : email;
  return validator.normalizeEmail(address, { all_lowercase: true }) || address.toLowerCase();
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
    throw because('website', invalid('website', 'is not a web address'));
  }
  if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.') || withScheme.length > 300) {
    throw because('website', invalid('website', 'is not a web address'));
  }
  // https://hrw.org@evil.net/ is evil.net's page, made to read as hrw.org's.
  if (url.username || url.password) throw invalid('website', 'must not contain a user name or password');
  return url.toString();
}
