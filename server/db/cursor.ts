import { AppError } from '../errors.js';

/**
 * Keyset paging cursors: the last row's sort keys, opaque to clients (base64url of the keys
 * joined by "|"). A cursor is read back only if each key has the shape its list gave out.
 */
export function encodeCursor(keys: readonly (string | number)[]): string {
  return Buffer.from(keys.join('|')).toString('base64url');
}

export function decodeCursor(cursor: string, shapes: readonly RegExp[]): string[] {
  const keys = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (keys.length !== shapes.length || !keys.every((key, i) => shapes[i]!.test(key))) {
    throw new AppError(400, 'VALIDATION_FAILED', 'cursor: is not a cursor this list gave out', 'cursor');
  }
  return keys;
}

export const UUID_KEY = /^[0-9a-f-]{36}$/;
