import validator from 'validator';

/** Whether a string is one email address as mail servers take it (a UTF-8 local part included; at most 254 characters). */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && validator.isEmail(value, { allow_utf8_local_part: true });
}

/**
 * Both schema validators (Ajv for JSON routes, TypeBox for forms) check `format: 'email'` with
 * this same rule, so an address the API takes a form takes too, and a signer's rule is an organizer's.
 */
export const EMAIL_FORMAT = 'email';

/** Given to Ajv once ajv-formats is in: its `email` becomes the rule above. */
export function emailFormat(ajv: { addFormat(name: string, check: (value: string) => boolean): unknown }) {
  ajv.addFormat(EMAIL_FORMAT, isEmailAddress);
}
