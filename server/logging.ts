import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { FastifyRequest } from 'fastify';
import { SLUG_PATTERN } from './letters/schemas.js';

/**
 * What may reach a log line. Signers are people at risk: a log is read by more people than the
 * database, kept longer, and shipped to other machines. So a request is logged by its route, not
 * its address (links carry secrets), and an error by its kind and place, never by the values it
 * was about (a failed query's parameters are names and addresses).
 */

/**
 * Route parameters logged as sent: public identifiers, when they have their shape (a token
 * pasted where a slug goes is not logged). Any other parameter (a link's :token, or whatever a
 * new route names its secret) is logged as its name, so a new route is covered without anyone
 * remembering to list it.
 */
const PUBLIC_PARAMS = new Map<string, RegExp>([
  ['slug', new RegExp(SLUG_PATTERN)],
  ['id', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/],
]);

/** A path segment this long could be a secret (tokens are at least 16 characters). */
const MAX_LOGGED_SEGMENT = 15;

/** A path nothing matched (a mistyped or mangled link): short segments only, no query. */
function scrubPath(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment.length > MAX_LOGGED_SEGMENT ? ':redacted' : segment))
    .join('/');
}

/** The request as logged: its method and its route with the public parameters filled in. */
export function requestForLog(request: FastifyRequest): { method: string; url: string } {
  const route = request.routeOptions?.url;
  const params = (request.params ?? {}) as Record<string, string | undefined>;
  if (!route) return { method: request.method, url: scrubPath((request.url ?? '').split(/[?#]/)[0] ?? '') };
  const url = route
    .replace(/:([A-Za-z0-9_]+)(\([^)]*\))?/g, (_whole, name: string) => {
      const value = params[name];
      return value !== undefined && PUBLIC_PARAMS.get(name)?.test(value) ? value : `:${name}`;
    })
    .replace(/\*$/, () => scrubPath(params['*'] ?? ''));
  return { method: request.method, url };
}

// Values that error messages quote: Postgres puts the offending value in double quotes
// ('invalid input syntax for type uuid: "…"'); mail servers name the refused address.
const QUOTED = /"[^"]*"/g;
const ADDRESS = /[^\s<>@"',;:()]+@[^\s<>@"',;:()]+/g;
// A message that quotes a URL (Fastify's "reply already sent" names the route's address) could
// quote a link's token: 32 bytes in base64url, 43 characters. Nothing else that long is worth it.
const TOKEN_LIKE = /[A-Za-z0-9_-]{32,}/g;

function scrubMessage(message: string, quotesHoldValues: boolean): string {
  const text = quotesHoldValues ? message.replace(QUOTED, '"…"') : message;
  return text.replace(ADDRESS, '[address]').replace(TOKEN_LIKE, '[redacted]');
}

/** Fields of a Postgres error (pg, PGlite) that name schema objects, never row values. */
const DB_ERROR_FIELDS = ['code', 'severity', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;

function isDatabaseError(err: object): boolean {
  const { code, severity } = err as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string';
}

/** The stack's frames, without its first lines (which repeat the message, parameters and all). */
function framesOf(err: Error): string {
  return (err.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

export interface LoggedError {
  type: string;
  message: string;
  stack: string;
  [field: string]: unknown;
}

/**
 * An error as logged: kind, code, scrubbed message, frames, and its cause the same way. Only
 * named fields are copied, so a library's `params`, `parameters`, `detail`, `where`, `rawPacket`
 * or mail `response` never reaches the log.
 */
export function errorForLog(err: unknown, depth = 0): LoggedError {
  if (!(err instanceof Error)) {
    return { type: typeof err, message: typeof err === 'string' ? scrubMessage(err, true) : '', stack: '' };
  }
  const e = err as Error & Record<string, unknown>;
  const out: LoggedError = { type: e.constructor?.name ?? e.name, message: '', stack: framesOf(err) };
  if (err instanceof DrizzleQueryError) {
    // Its message is the query and its parameters: keep the statement (placeholders only).
    out.message = 'query failed';
    out.query = err.query.slice(0, 1000);
  } else if (isDatabaseError(e)) {
    out.message = scrubMessage(e.message, true);
    for (const field of DB_ERROR_FIELDS) if (typeof e[field] === 'string') out[field] = e[field];
  } else {
    out.message = scrubMessage(e.message, false);
    if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  }
  for (const field of ['statusCode', 'responseCode', 'errno', 'syscall'] as const) {
    if (typeof e[field] === 'string' || typeof e[field] === 'number') out[field] = e[field];
  }
  if (depth < 3) {
    if (err.cause !== undefined) out.cause = errorForLog(err.cause, depth + 1);
    if (err instanceof AggregateError) out.errors = err.errors.slice(0, 5).map((inner) => errorForLog(inner, depth + 1));
  }
  return out;
}

/** One readable block for errors printed outside the logger (the CLI, start-up failures). */
export function errorText(err: unknown): string {
  const lines: string[] = [];
  let current: LoggedError | undefined = errorForLog(err);
  while (current) {
    const head = [current.type, current.code, current.message].filter((v) => v !== undefined && v !== '').join(': ');
    lines.push(lines.length === 0 ? head : `caused by ${head}`);
    if (typeof current.query === 'string') lines.push(`  query: ${current.query}`);
    if (current.stack) lines.push(current.stack);
    current = current.cause as LoggedError | undefined;
  }
  return lines.join('\n');
}

/** Pino's serializers for Fastify's logger. */
export const logSerializers = {
  req: requestForLog,
  err: (err: unknown) => errorForLog(err),
};
