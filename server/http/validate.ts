import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { AppError } from '../errors.js';
import { PATTERN_MESSAGES } from './schemas.js';

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
  const message = first?.keyword === 'required' ? 'is required' : (pattern ?? first?.message ?? 'is not valid');
  throw new AppError(400, 'VALIDATION_FAILED', `${field}: ${message}`, field);
}
