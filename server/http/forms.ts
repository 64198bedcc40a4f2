import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Static, type TObject, type TOptional, type TProperties, type TString, Type } from 'typebox';
import { AppError, because, type ErrorDetails, toErrorBody, validationReason } from '../errors.js';
import { validate } from './validate.js';
import { requireSameOrigin } from './same-origin.js';

/** A field people never see (hidden by CSS, skipped by keyboard and screen readers); bots fill it. */
export const HONEYPOT = 'homepage';

// Buttons, hidden ids and choices: short values that no JSON body schema defines.
const CONTROL_MAX = 100;
// The CSRF token and the honeypot.
const HIDDEN_MAX = 400;

/** What a form needs to know of a property's JSON schema. */
interface FieldSchema {
  type?: string;
  format?: string;
  maxLength?: number;
  const?: unknown;
  anyOf?: FieldSchema[];
}

// A UUID's text form; the JSON schemas give ids a format, not a length.
const UUID_LENGTH = 36;

/** The longest string a property's schema allows: its maxLength, or its longest choice. */
function maxLengthOf(schema: FieldSchema, name: string): number {
  if (typeof schema.maxLength === 'number') return schema.maxLength;
  if (schema.format === 'uuid') return UUID_LENGTH;
  if (schema.type === 'boolean') return CONTROL_MAX;
  if (typeof schema.const === 'string') return schema.const.length;
  if (schema.anyOf) return Math.max(0, ...schema.anyOf.filter((s) => s.type !== 'null').map((s) => maxLengthOf(s, name)));
  throw new Error(`form field ${name}: its schema sets no maximum length`);
}

/** The values a field may take when its schema is a choice of string literals (an enumeration), else undefined. */
function choicesOf(schema: FieldSchema): string[] | undefined {
  const options = schema.anyOf?.filter((s) => s.type !== 'null');
  if (!options?.length || !options.every((s) => typeof s.const === 'string')) return undefined;
  return options.map((s) => s.const as string);
}

/** "a, b or c" */
const either = (values: string[]) => (values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : (values[0] ?? ''));

type FormFields<K extends string> = TObject<Record<K | '_csrf' | typeof HONEYPOT, TOptional<TString>>>;

/**
 * The body of a plain HTML form: the named fields of the JSON route's body schema, each an
 * optional string as long as that schema allows (so a form holds what the API holds, and the
 * limit has one definition); the form's controls (buttons, hidden ids, choices); the CSRF
 * token and the honeypot.
 */
function formBody<P extends TProperties, K extends keyof P & string, C extends string = never>(source: TObject<P>, fields: readonly K[], controls: readonly C[] = []): FormFields<K | C> {
  const string = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
  const properties = {
    ...Object.fromEntries(fields.map((f) => [f, string(maxLengthOf(source.properties[f] as FieldSchema, f))])),
    ...Object.fromEntries(controls.map((c) => [c, string(CONTROL_MAX)])),
    _csrf: string(HIDDEN_MAX),
    [HONEYPOT]: string(HIDDEN_MAX),
  } as Record<K | C | '_csrf' | typeof HONEYPOT, TOptional<TString>>;
  return Type.Object(properties, { additionalProperties: false });
}

/**
 * The body limit of a form that holds what a JSON body of jsonLimit bytes holds: percent-encoding
 * turns each byte into at most three, and the CSRF token and buttons need a little more.
 */
export const formBodyLimit = (jsonLimit: number) => 3 * jsonLimit + 4096;

/** A form that is only a button: the CSRF token and the honeypot. */
export const ButtonForm = formBody(Type.Object({}), []);

/** What was typed into a form, as strings, whether or not it passed the schema: to show it again. */
function typedValues<K extends string>(body: unknown, fields: readonly K[]): Record<K, string> {
  const sent = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f, typeof sent[f] === 'string' ? sent[f] : ''])) as Record<K, string>;
}

export interface FormOptions<K extends string, C extends string> {
  /** Buttons and hidden controls the page reads itself (a preview button), outside the command's input. */
  controls?: readonly C[];
  /** Fields the form always has though the JSON body may leave them out (a PATCH): left blank, they are missing, not unchanged. */
  required?: readonly K[];
  /** Fields kept exactly as typed, not trimmed: Markdown, where leading spaces mean something, and pasted CSV. */
  asTyped?: readonly K[];
  /**
   * false when the command checks the fields itself, in words the form's readers know (the
   * signer's details: the sign service answers "name: is required", not a schema keyword).
   */
  schemaCheck?: boolean;
}

/** The fields picked from a JSON body schema, as that schema types them. */
export type FormInput<P extends TProperties, K extends keyof P> = Static<TObject<Pick<P, K>>>;

export interface Form<T, K extends string, C extends string> {
  /** The route's body schema: every field a string, as browsers send them, as long as the JSON schema allows. */
  readonly body: FormFields<K | C>;
  /** Each field's maxLength, for the form's maxlength attributes. */
  readonly limits: Record<K | C, number>;
  /**
   * The posted form as the command's input: fields trimmed (but those kept as typed); a blank
   * optional field left out (or null, where the schema allows null); a checkbox true when
   * ticked; a blank required field, or a choice the schema does not list, refused; then the
   * whole checked against the JSON schema. Errors are 400s naming the field, for the page to show.
   */
  parse(body: unknown): T;
  /** What was typed, as strings, to show again beside an error. */
  typed(body: unknown): Record<K, string>;
}

const invalid = (field: string, problem: string) => new AppError(400, 'VALIDATION_FAILED', `${field}: ${problem}`, field);

/**
 * A form made from the JSON route's body schema: its fields keep their types there (choices,
 * limits, patterns), so the form, the API and the command share one definition of each field.
 */
export function defineForm<P extends TProperties, K extends keyof P & string, C extends string = never>(
  source: TObject<P>,
  fields: readonly K[],
  options: FormOptions<K, C> = {},
): Form<FormInput<P, K>, K, C> {
  const { controls = [], asTyped = [], schemaCheck = true } = options;
  // The JSON Schema's list (TypeBox's own type for it is a tuple of the required keys).
  const schemaRequired: readonly string[] = (source as { required?: string[] }).required ?? [];
  const required = new Set<string>([...schemaRequired, ...(options.required ?? [])]);
  const schemaOf = (f: K) => source.properties[f] as FieldSchema;
  if (schemaCheck) {
    const left = schemaRequired.filter((f) => !(fields as readonly string[]).includes(f));
    if (left.length) throw new Error(`form of ${left.join(', ')}: the schema requires fields the form does not have`);
  }
  const body = formBody(source, fields, controls);
  const typed = (posted: unknown) => typedValues(posted, fields);
  return {
    body,
    limits: Object.fromEntries(Object.entries(body.properties).map(([name, schema]) => [name, (schema as FieldSchema).maxLength ?? 0])) as Record<K | C, number>,
    typed,
    parse(posted) {
      const sent = typed(posted);
      const input: Record<string, unknown> = {};
      for (const f of fields) {
        const schema = schemaOf(f);
        const value = asTyped.includes(f) ? sent[f] : sent[f].trim();
        const choices = choicesOf(schema);
        if (schema.type === 'boolean') {
          if (value) input[f] = true;
        } else if (choices && (value || required.has(f))) {
          if (!choices.includes(value)) throw because('choose', invalid(f, `choose ${either(choices)}`));
          input[f] = value;
        } else if (value.trim()) {
          input[f] = value;
        } else if (required.has(f)) {
          throw because('required', invalid(f, 'is required'));
        } else if (schema.anyOf?.some((s) => s.type === 'null')) {
          input[f] = null;
        }
      }
      // Unchecked, the input still has the types it claims: strings, listed choices, booleans and nulls.
      return schemaCheck ? validate<FormInput<P, K>>(source, input) : (input as FormInput<P, K>);
    },
  };
}

// Routes that attach their validation error (formErrors below) have it thrown here, once the
// origin and CSRF checks have passed: a forged post is refused before anything is shown.
async function rejectInvalidBody(req: FastifyRequest) {
  if (req.validationError) throw req.validationError;
}

/**
 * preHandlers for a form on a page that is private anyway (behind a mailed link or a session): it
 * must come from our own pages and carry the reader's CSRF token.
 */
export function formGuards(app: FastifyInstance) {
  return [requireSameOrigin(app.config.publicUrl), app.csrfProtection.bind(app), rejectInvalidBody];
}

export interface FormError {
  statusCode: number;
  code: string;
  message: string;
  field?: string;
  details?: ErrorDetails;
  /** Why, for the page's words in the reader's language (see validationReason). */
  reason?: string;
  /** The submission's other mistakes, each with its field and reason (see Problems). */
  also?: { field?: string; reason: string }[];
}

/**
 * Route options for a form whose mistakes come back on its page: a field the schema refuses
 * (too long, a line break in a title) or a refusal of the service (a bad address, a letter not
 * taking invitations) re-renders the form with the error beside it and what was typed kept.
 * Anything else (not signed in, a forged post, a body over the size limit) goes to the app's
 * error handler.
 */
export function formErrors(show: (req: FastifyRequest, reply: FastifyReply, error: FormError) => Promise<unknown>) {
  return {
    attachValidation: true,
    errorHandler: async (error: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply) => {
      const { statusCode, code, message, field, details } = toErrorBody(error);
      const onTheForm = statusCode === 400 || statusCode === 409 || (statusCode === 404 && field !== undefined);
      if (!onTheForm || (error as FastifyError).validationContext === 'params') throw error;
      reply.code(statusCode);
      const reason = validationReason(error);
      const also = error instanceof AppError && error.also?.length ? { also: error.also.map((e) => ({ field: e.field, reason: validationReason(e) ?? 'invalid' })) } : {};
      return show(req, reply, { statusCode, code, message, field, ...(details ? { details } : {}), ...(reason ? { reason } : {}), ...also });
    },
  };
}

/**
 * preHandlers for a form on a public page (the sign form, the sign-in form). Such a page is one
 * document for every reader, cached by browsers and CDNs, so it holds no per-reader token: a
 * cached copy must still work after its reader's cookies are gone. The browser's own word on
 * where the post comes from (Origin, Sec-Fetch-Site) refuses other sites, and what such a form
 * asks for only takes effect through a link mailed to the address given.
 */
export function publicFormGuards(app: FastifyInstance) {
  return [requireSameOrigin(app.config.publicUrl), rejectInvalidBody];
}

/** A private page with a form: a fresh CSRF token, and private to its reader because the token is theirs. */
export async function formPage(reply: FastifyReply): Promise<string> {
  if (!reply.hasHeader('cache-control')) reply.header('Cache-Control', 'private, no-cache');
  return reply.generateCsrf();
}
