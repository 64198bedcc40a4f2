import { createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets handed to people (API tokens, later signing links) are 256 random bits, shown once,
 * and stored only as an HMAC keyed from SECRET_KEY: a leaked database alone cannot be used to
 * forge or replay them.
 */
export type TokenPurpose = 'api' | 'confirm' | 'withdraw' | 'reconsent' | 'invite' | 'login';

const TOKEN_BYTES = 32;

export class TokenHasher {
  readonly #key: Buffer;

  constructor(secretKey: string) {
    this.#key = Buffer.from(hkdfSync('sha256', secretKey, 'undersigned', 'token-hash/v1', 32));
  }

  /** The purpose is part of the hash, so a token minted for one use is worthless for another. */
  hash(purpose: TokenPurpose, token: string): string {
    return createHmac('sha256', this.#key).update(`${purpose}\0${token}`).digest('base64url');
  }

  issue(purpose: TokenPurpose): { token: string; hash: string } {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    return { token, hash: this.hash(purpose, token) };
  }
}
