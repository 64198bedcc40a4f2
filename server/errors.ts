import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { FORMAT_MESSAGES, PATTERN_MESSAGES, PATTERN_REASONS } from './http/schemas.js';

/** An error meant for the client: its status, a stable code, and words naming what was wrong. */
export class AppError extends Error {
  override name = 'AppError';
  /** Why, for pages to say it in the reader's language (the catalog's sign.error): "requiredForKind", "email"… */
  reason?: string;
  /** The submission's other mistakes, after this first one (Problems): a form lists them all at once. */
  also?: AppError[];
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** More about the error, for a client to act on (RISKY_MAILBOX: the provider and its state). */
    readonly details?: ErrorDetails,
  ) {
    super(message);
  }
}

/** The error, with the reason a page words it by. */
export const because = (reason: string, error: AppError): AppError => Object.assign(error, { reason });

/**
 * Every mistake of a submission, not only the first: each check runs, a refusal (400) is kept,
 * and throwAny throws the first with the rest in `also`, so that a form shows them all at once.
 */
export class Problems {
  private readonly found: AppError[] = [];

  check<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof AppError) || error.statusCode !== 400) throw error;
      this.found.push(error);
      return undefined;
    }
  }

  throwAny(): void {
    const [first, ...rest] = this.found;
    if (first) throw Object.assign(first, { also: rest });
  }
}

/** The reason behind a schema's refusal: missing, too long, not an address, or otherwise not valid. */
export function validationReason(error: unknown): string | undefined {
  if (error instanceof AppError) return error.reason;
  const issue = ((error as FastifyError).validation as ValidationIssue[] | undefined)?.[0];
  return issue ? issueReason(issue) : undefined;
}

/** The reason for one complaint of a schema validator (Ajv's or TypeBox's: the same keywords). */
export function issueReason(issue: { keyword: string; params: Record<string, unknown> }): string {
  if (issue.keyword === 'required' || issue.keyword === 'minLength') return 'required';
  if (issue.keyword === 'maxLength') return 'tooLong';
  if (issue.keyword === 'enum') return 'choose';
  if (issue.keyword === 'pattern') return PATTERN_REASONS[issue.params.pattern as string] ?? 'invalid';
  if (issue.keyword === 'format' && issue.params.format === 'email') return 'email';
  return 'invalid';
}

export const notFound = (what = 'letter') => new AppError(404, `${what.toUpperCase().replace(/\W+/g, '_')}_NOT_FOUND`, `No such ${what}`);

export type ErrorDetails = Record<string, string | null>;

export interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  field?: string;
  details?: ErrorDetails;
}

function body(statusCode: number, code: string, message: string, field?: string, details?: ErrorDetails): ErrorBody {
  const out: ErrorBody = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', code, message };
  if (field) out.field = field;
  if (details) out.details = details;
  return out;
}

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Turns Ajv's first complaint into "title: must NOT have more than 300 characters". */
function describeValidation(issues: ValidationIssue[], context: string | undefined) {
  const issue = issues[0];
  if (!issue) return { field: undefined, message: 'The request is not valid' };
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = issue.params.missingProperty ?? issue.params.additionalProperty;
  const field = [path, typeof missing === 'string' ? missing : ''].filter(Boolean).join('.') || context || 'request';
  let message: string;
  if (issue.keyword === 'required') message = 'is required';
  else if (issue.keyword === 'additionalProperties') message = 'is not a known field';
  else if (issue.keyword === 'enum') message = `must be one of: ${(issue.params.allowedValues as unknown[]).join(', ')}`;
  else if (issue.keyword === 'pattern' && PATTERN_MESSAGES[issue.params.pattern as string]) message = PATTERN_MESSAGES[issue.params.pattern as string]!;
  else if (issue.keyword === 'format' && FORMAT_MESSAGES[issue.params.format as string]) message = FORMAT_MESSAGES[issue.params.format as string]!;
  else message = issue.message ?? 'is not valid';
  return { field, message: `${field}: ${message}` };
}

/** Seconds a client is asked to wait when the database is down or restarting. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Connection-level failures: the database is down, restarting or unreachable, not the query wrong.
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// SQLSTATE: 57P01-03 admin/crash shutdown and "cannot connect now", class 08 connection exceptions, too many connections.
const UNAVAILABLE_SQLSTATE = /^(?:57P0[123]|08...|53300)$/;
// node-postgres and its pool say these in words, with no code; PGlite only when it is closed.
const UNAVAILABLE_MESSAGES = /^(?:Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|PGlite is clos)/;

/**
 * The connection-level failure behind an error, or undefined when there is none. Drizzle wraps the
 * driver's error (cause), and a pool wraps a timeout around the socket's: the whole chain is read.
 * Only the code and message are returned, never the query or its parameters.
 */
export function databaseUnavailable(error: unknown): { code: string; message: string } | undefined {
  const seen = new Set<unknown>();
  for (let e = error; e instanceof Error && !seen.has(e); e = e.cause) {
    seen.add(e);
    const raw: unknown = (e as Error & { code?: unknown }).code;
    const code = typeof raw === 'string' ? raw : '';
    if (UNREACHABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_MESSAGES.test(e.message)) {
      return { code: code || 'CONNECTION_LOST', message: e.message.split('\n')[0]! };
    }
  }
  return undefined;
}

/** For the server's start-up and the CLI: one line an operator can act on, instead of a stack trace. */
export function databaseUnavailableLine(error: unknown): string | undefined {
  const unavailable = databaseUnavailable(error);
  return unavailable && `undersigned: the database does not answer (${unavailable.message}): is PostgreSQL running, and DATABASE_URL right?`;
}

export const databaseUnavailableBody = (): ErrorBody => body(503, 'DATABASE_UNAVAILABLE', 'The database is not available right now; please try again shortly');

export function toErrorBody(error: FastifyError | AppError): ErrorBody {
  if (error instanceof AppError) return body(error.statusCode, error.code, error.message, error.field, error.details);
  const validation = (error as FastifyError).validation;
  if (validation) {
    const { field, message } = describeValidation(validation as ValidationIssue[], (error as FastifyError).validationContext);
    return body(400, 'VALIDATION_FAILED', message, field);
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (bad JSON, body too large, unsupported media type...).
    return body(status, error.code?.replace(/^FST_ERR_CTP_/, '') ?? 'BAD_REQUEST', error.message);
  }
  if (databaseUnavailable(error)) return databaseUnavailableBody();
  return body(500, 'INTERNAL_ERROR', 'Something went wrong on our side; it has been logged');
}

/** Pages answer people with a page, everything else answers with JSON. */
export function wantsHtml(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/')) return false;
  return /\btext\/html\b/.test(request.headers.accept ?? '');
}

export async function sendError(request: FastifyRequest, reply: FastifyReply, error: ErrorBody) {
  reply.code(error.statusCode);
  if (wantsHtml(request) && reply.view) {
    return reply.view('pages/error', { title: request.t ? request.t('error.heading', { status: error.statusCode }) : error.error, error });
  }
  return reply.type('application/json; charset=utf-8').send(error);
}
