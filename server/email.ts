import validator from 'validator';

/** Whether a string is one email address as mail servers take it (a UTF-8 local part included; at most 254 characters). */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && validator.isEmail(value, { allow_utf8_local_part: true });
}
