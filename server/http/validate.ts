import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import Format from 'typebox/format';
import { EMAIL_FORMAT, isEmailAddress } from '../email.js';
import { AppError, because, issueReason } from '../errors.js';
import { FORMAT_MESSAGES, PATTERN_MESSAGES } from './schemas.js';

// The same rule for an address as the JSON routes' (server/email.ts).
Format.Set(EMAIL_FORMAT, isEmailAddress);

const compiled = new WeakMap<TSchema, ReturnType<typeof Compile>>();

/**
 * Checks a value assembled from an HTML form against the same schema the JSON API validates
 * with, so that a form cannot write what the API would refuse: 400 naming the first bad field.
 */
export function validate<T>(schema: TSchema, value: unknown): T {
  let validator = compiled.get(schema);
  if (!validator) {
    validator = Compile(schema);
    compiled.set(schema, validator);
  }
  if (validator.Check(value)) return value as T;
  const [first] = validator.Errors(value);
  const field = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || ((first?.params as { requiredProperties?: string[] } | undefined)?.requiredProperties?.[0] ?? 'form');
  const pattern = first?.keyword === 'pattern' ? PATTERN_MESSAGES[(first.params as { pattern: string }).pattern] : undefined;
  const format = first?.keyword === 'format' ? FORMAT_MESSAGES[(first.params as { format: string }).format] : undefined;
  const message = first?.keyword === 'required' ? 'is required' : (pattern ?? format ?? first?.message ?? 'is not valid');
  const error = new AppError(400, 'VALIDATION_FAILED', `${field}: ${message}`, field);
  throw first ? because(issueReason(first as { keyword: string; params: Record<string, unknown> }), error) : error;
}
