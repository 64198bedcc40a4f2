import Handlebars from 'handlebars';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, type MessageKey } from './catalogs/index.js';
import { DEFAULT_LOCALE, localeOf } from './locales.js';

export type { MessageKey };
export type MessageValues = Record<string, unknown>;

const compiled = new Map<string, IntlMessageFormat>();

/** The catalog's message for a key, compiled once per language (English when a catalog lacks it). */
function messageFor(code: string, key: string): IntlMessageFormat {
  const locale = localeOf(code).code;
  const id = `${locale}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    // A language whose catalog is not written yet has none: English stands in, key by key.
    const source = (CATALOGS[locale] as Record<string, string> | undefined)?.[key] ?? (CATALOGS[DEFAULT_LOCALE.code] as Record<string, string>)[key];
    if (source === undefined) throw new Error(`no message "${key}"`);
    // ignoreTag: false: <link>, <strong>, <code>, <bdi> in a message are markup we control.
    format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: false });
    compiled.set(id, format);
  }
  return format;
}

const escapeHtml = (s: string) => Handlebars.escapeExpression(s);

// Markup a message may hold; anything else is a link, named by its value (an href).
const HTML_TAGS = new Set(['strong', 'em', 'code', 'bdi']);

/** A piece of HTML already escaped: passes through a message untouched (names in <bdi>, say). */
export class Html {
  constructor(readonly html: string) {}
  toString() {
    return this.html;
  }
}

const toHtml = (part: unknown): string =>
  part instanceof Html || part instanceof Handlebars.SafeString ? part.toString() : Array.isArray(part) ? part.map(toHtml).join('') : escapeHtml(String(part));

/** A message as plain text, for mail bodies, subjects and attributes: values printed as they are. */
export function text(code: string, key: MessageKey, values: MessageValues = {}): string {
  const tags: MessageValues = {};
  for (const [name, value] of Object.entries(values)) tags[name] = value instanceof Html || value instanceof Handlebars.SafeString ? String(value) : value;
  const format = messageFor(code, key);
  for (const tag of tagsOf(format)) if (!(tag in tags) || typeof tags[tag] === 'string') tags[tag] = (chunks: unknown[]) => chunks.join('');
  const out = format.format(tags);
  return Array.isArray(out) ? out.join('') : String(out);
}

/**
 * A message as HTML: its own text and every value escaped, `<strong>`, `<em>`, `<code>` and
 * `<bdi>` kept, and any other tag a link to the value of that name ("<ledger>Read it</ledger>"
 * with ledger="/api/…"). Values that are Html are inserted as they are.
 */
export function html(code: string, key: MessageKey, values: MessageValues = {}): Html {
  const format = messageFor(code, key);
  const args: MessageValues = {};
  for (const [name, value] of Object.entries(values))
    args[name] = value instanceof Handlebars.SafeString ? new Html(value.toString()) : typeof value === 'string' ? new Html(escapeHtml(value)) : value;
  for (const tag of tagsOf(format)) {
    const href = values[tag];
    args[tag] =
      HTML_TAGS.has(tag) && href === undefined
        ? (chunks: unknown[]) => new Html(`<${tag}>${toHtml(chunks)}</${tag}>`)
        : (chunks: unknown[]) => new Html(`<a href="${escapeHtml(String(href ?? ''))}">${toHtml(chunks)}</a>`);
  }
  return new Html(toHtml(format.format(args)));
}

const tagNames = new WeakMap<IntlMessageFormat, string[]>();

/** The tags a message uses, read from its parsed form (once). */
function tagsOf(format: IntlMessageFormat): string[] {
  let names = tagNames.get(format);
  if (!names) {
    const found = new Set<string>();
    const walk = (elements: unknown[]) => {
      for (const el of elements as { type: number; value?: string; children?: unknown[]; options?: Record<string, { value: unknown[] }> }[]) {
        // 8: a tag; 5 and 6: select and plural, whose options hold more elements.
        if (el.type === 8 && el.value) found.add(el.value);
        if (el.children) walk(el.children);
        if (el.options) for (const option of Object.values(el.options)) walk(option.value);
      }
    };
    walk(format.getAst() as unknown[]);
    names = [...found];
    tagNames.set(format, names);
  }
  return names;
}

/** A date as the interface language writes it ("2 December 2026", "2026年12月2日"). */
export function formatDate(code: string, value: Date | string | null | undefined, style: 'long' | 'medium' = 'long'): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(localeOf(code).code, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** A date and time, in UTC, named as such. */
export function formatDateTime(code: string, value: Date | string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  // dateStyle and timeStyle cannot be combined with timeZoneName (a RangeError): the fields one by one.
  return new Intl.DateTimeFormat(localeOf(code).code, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(date);
}

export const formatNumber = (code: string, n: number) => new Intl.NumberFormat(localeOf(code).code).format(n);

const icuLists = new Map<string, boolean>();

/**
 * "A, B and C" in the interface language. Where ICU has no list patterns for it (Uyghur,
 * Tibetan: it falls back to English), the catalog's own patterns join the items.
 */
/** The language's comma between the parts of one line (a signatory's name, title, parliament): "، " in Arabic, "、" in Chinese. */
export const listSeparator = (code: string): string => text(code, 'list.separator');

export function formatList(code: string, items: string[]): string {
  const locale = localeOf(code).code;
  let hasIcu = icuLists.get(locale);
  if (hasIcu === undefined) {
    // English joins as its catalog does, without the serial comma, as the API's summary does.
    // ICU answers for Uyghur with English's patterns ("A, B, and C"): only a language whose lists
    // differ from English's has its own.
    const probe = ['A', 'B', 'C'];
    hasIcu = locale.split('-')[0] !== 'en' && new Intl.ListFormat(locale).format(probe) !== new Intl.ListFormat('en').format(probe);
    icuLists.set(locale, hasIcu);
  }
  if (hasIcu) return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return text(locale, 'list.two', { first: items[0], second: items[1] });
  let out = text(locale, 'list.end', { first: items[items.length - 2], second: items[items.length - 1] });
  for (let i = items.length - 3; i >= 0; i--) out = text(locale, i === 0 ? 'list.start' : 'list.middle', { first: items[i], second: out });
  return out;
}

/** What a form's mistake needs to be said in the reader's language: its stable code, and where it has them, the field and the reason. */
export interface ErrorToSay {
  code: string;
  field?: string | null;
  /** Why (AppError.reason); in a list of row errors, `why` (their `reason` is the API's English message). */
  reason?: string;
  why?: string;
  details?: Record<string, string | null>;
}

/**
 * "Title: this is too long." in the interface language, from the error's code and reason (never
 * its English message). The field is named as the organizers' forms name it, or as the sign form
 * does (`signer`: a row of invitees, whose "title" is a person's, not the letter's).
 */
export function errorText(code: string, error: ErrorToSay, fields: 'letter' | 'signer' = 'letter'): string {
  const field = error.field ?? 'other';
  return text(code, 'ws.formError', {
    ...error.details,
    code: error.code,
    reason: error.why ?? error.reason ?? 'other',
    field: fields === 'signer' ? text(code, 'sign.fieldName', { field }) : text(code, 'ws.fieldName', { field }),
  });
}
