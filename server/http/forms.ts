import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type TObject, type TOptional, type TProperties, type TString, Type } from 'typebox';
import { type AppError, toErrorBody } from '../errors.js';
import { requireSameOrigin } from './same-origin.js';

/** A field people never see (hidden by CSS, skipped by keyboard and screen readers); bots fill it. */
export const HONEYPOT = 'homepage';

// Buttons, hidden ids and choices: short values that no JSON body schema defines.
const CONTROL_MAX = 100;
// The CSRF token and the honeypot.
const HIDDEN_MAX = 400;

interface LengthSchema {
  maxLength?: number;
  const?: unknown;
  anyOf?: LengthSchema[];
  type?: string;
}

/** The longest string a property's schema allows: its maxLength, or its longest choice. */
function maxLengthOf(schema: LengthSchema, name: string): number {
  if (typeof schema.maxLength === 'number') return schema.maxLength;
  if (typeof schema.const === 'string') return schema.const.length;
  if (schema.anyOf) return Math.max(0, ...schema.anyOf.filter((s) => s.type !== 'null').map((s) => maxLengthOf(s, name)));
  throw new Error(`form field ${name}: its schema sets no maximum length`);
}

type FormFields<K extends string> = TObject<Record<K | '_csrf' | typeof HONEYPOT, TOptional<TString>>>;

/**
 * The body of a plain HTML form: the named fields of the JSON route's body schema, each an
 * optional string as long as that schema allows (so a form holds what the API holds, and the
 * limit has one definition); the form's controls (buttons, hidden ids, choices); the CSRF
 * token and the honeypot. The handler then checks the assembled value against the JSON schema.
 */
export function formBody<P extends TProperties, K extends keyof P & string, C extends string = never>(source: TObject<P>, fields: readonly K[], controls: readonly C[] = []): FormFields<K | C> {
  const string = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
  const properties = {
    ...Object.fromEntries(fields.map((f) => [f, string(maxLengthOf(source.properties[f] as LengthSchema, f))])),
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

/** Each field's maxLength, for the form's maxlength attributes: the limit keeps one definition. */
export function fieldLimits(form: TObject): Record<string, number> {
  return Object.fromEntries(Object.entries(form.properties).map(([name, schema]) => [name, (schema as LengthSchema).maxLength ?? 0]));
}

/** A form that is only a button: the CSRF token and the honeypot. */
export const ButtonForm = formBody(Type.Object({}), []);

/** What was typed into a form, as strings, whether or not it passed the schema: to show it again. */
export function typedValues<K extends string>(body: unknown, fields: readonly K[]): Record<K, string> {
  const sent = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f, typeof sent[f] === 'string' ? sent[f] : ''])) as Record<K, string>;
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
      const { statusCode, code, message, field } = toErrorBody(error);
      const onTheForm = statusCode === 400 || statusCode === 409 || (statusCode === 404 && field !== undefined);
      if (!onTheForm || (error as FastifyError).validationContext === 'params') throw error;
      reply.code(statusCode);
      return show(req, reply, { statusCode, code, message, field });
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
