import { type TLiteral, type TSchemaOptions, type TUnion, Type } from 'typebox';

/** Shapes shared by every domain's routes. */

export const ErrorResponse = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String(),
    code: Type.String(),
    message: Type.String(),
    field: Type.Optional(Type.String()),
    details: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()]), { description: 'more about the error, for some codes (RISKY_MAILBOX: provider, jurisdiction)' })),
  },
  { $id: 'ErrorResponse', description: 'Every error, whatever the route' },
);

/** Error responses a route may give, for its schema and the docs. */
export function errors(...codes: number[]) {
  return Object.fromEntries(codes.map((code) => [code, ErrorResponse]));
}

/**
 * Error responses of a form post: the form's page again with the error beside it (HTML), or the
 * JSON error when there is no form to show (a bad address, not signed in). One schema per media
 * type, so that the JSON is serialized as JSON and the page is left as it is.
 */
export function formPageErrors<C extends number>(...codes: C[]) {
  const content = { 'text/html': { schema: Type.String({ description: 'the form again, with the error and what was typed' }) }, 'application/json': { schema: ErrorResponse } };
  return Object.fromEntries(codes.map((code) => [code, { description: 'the form again, or the error', content }])) as Record<C, { description: string; content: typeof content }>;
}

type Literals<T extends readonly string[]> = { -readonly [I in keyof T]: TLiteral<T[I]> };

/** One of the values of an enumeration (the const arrays of db/schema.ts): the schema keeps one list. */
export function Choice<const T extends readonly string[]>(values: T, options?: TSchemaOptions): TUnion<Literals<T>> {
  return Type.Union<Literals<T>>([...(values.map((v) => Type.Literal(v)) as Literals<T>)], options);
}

export const DateTime = Type.String({ format: 'date-time' });
export const NullableDateTime = Type.Union([DateTime, Type.Null()]);

// C0 and C1 control characters (tab, CR and LF among them) and the Unicode line and paragraph
// separators. In a one-line field they break out of whatever holds it: a CSS string, a mail
// header, a CSV cell, a log line.
const CONTROLS = '\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029';
// A multi-line text keeps its tab, line feed and carriage return, and refuses the other controls.
const CONTROLS_BUT_LINES = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';

const ONE_LINE = `^[^${CONTROLS}]*$`;
const ONE_LINE_TEXT = `^[^${CONTROLS}]*[^\\s${CONTROLS}][^${CONTROLS}]*$`;
const MULTI_LINE_TEXT = `^[^${CONTROLS_BUT_LINES}]*[^\\s${CONTROLS_BUT_LINES}][^${CONTROLS_BUT_LINES}]*$`;

/** A BCP 47 language tag, loosely: its shape; Intl.getCanonicalLocales judges it (languages.ts). */
export const LANGUAGE_TAG = '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$';

/** Why a value fails one of these patterns, for pages to say it in the reader's language (errors.ts). */
export const PATTERN_REASONS: Record<string, string> = { [LANGUAGE_TAG]: 'languageTag' };

/** What a validation error says when one of these patterns fails (instead of the pattern). */
export const PATTERN_MESSAGES: Record<string, string> = {
  [LANGUAGE_TAG]: 'is not a language tag, such as en or fr-CA',
  [ONE_LINE]: 'must be one line, without line breaks or control characters',
  [ONE_LINE_TEXT]: 'must be one line of text, not blank, without line breaks or control characters',
  [MULTI_LINE_TEXT]: 'must be text, not blank, without control characters',
};

// The words for a value of the wrong format, the same from either validator (errors.ts, validate.ts).
export const FORMAT_MESSAGES: Record<string, string> = {
  email: 'is not a valid email address',
  uuid: 'is not a valid id',
  'date-time': 'must be a date and time, like 2026-12-31T18:00:00Z',
};

/** One line, possibly empty: names, titles, labels, anything shown inline or in a header. */
export const OneLine = (maxLength: number, options: { description?: string; minLength?: number } = {}) => Type.String({ maxLength, pattern: ONE_LINE, ...options });

/** One line with something in it besides white space. */
export const OneLineText = (maxLength: number, description?: string) => Type.String({ minLength: 1, maxLength, pattern: ONE_LINE_TEXT, ...(description ? { description } : {}) });

/** Text of several lines (a letter's body) with something in it besides white space. */
export const MultiLineText = (maxLength: number, description?: string) => Type.String({ minLength: 1, maxLength, pattern: MULTI_LINE_TEXT, ...(description ? { description } : {}) });
