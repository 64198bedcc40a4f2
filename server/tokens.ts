import { createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets handed to people (API tokens, session cookies, and the sign-in, confirmation,
 * withdrawal, re-consent, unsubscribe and invitation links mailed to them) are 256 random bits, shown once,
 * and stored only as an HMAC keyed from SECRET_KEY: a leaked database alone cannot be used to
 * forge or replay them.
 */
export type TokenPurpose = 'api' | 'confirm' | 'withdraw' | 'reconsent' | 'unsubscribe' | 'invite' | 'login' | 'session' | 'reply';

const TOKEN_BYTES = 32;

const keyFrom = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'undersigned', 'token-hash/v1', 32));

export class TokenHasher {
  readonly #key: Buffer;
  readonly #previous: Buffer[];

  /** `previousKeys`: earlier SECRET_KEYs, so that links and tokens issued before a rotation still work. */
  constructor(secretKey: string, previousKeys: readonly string[] = []) {
    this.#key = keyFrom(secretKey);
    this.#previous = previousKeys.map(keyFrom);
  }

  /** The purpose is part of the hash, so a token minted for one use is worthless for another. */
  hash(purpose: TokenPurpose, token: string): string {
    return TokenHasher.#hmac(this.#key, purpose, token);
  }

  /** The hashes a token may be stored under: the current key's, then each previous key's. */
  candidates(purpose: TokenPurpose, token: string): string[] {
    return [this.#key, ...this.#previous].map((key) => TokenHasher.#hmac(key, purpose, token));
  }

  static #hmac(key: Buffer, purpose: TokenPurpose, token: string) {
    return createHmac('sha256', key).update(`${purpose}\0${token}`).digest('base64url');
  }

  /**
   * A token for the local part of an address (a delivery's reply+TOKEN@): 128 random bits in
   * lower-case hex, since mail systems may change a local part's case.
   */
  issueForAddress(purpose: TokenPurpose): { token: string; hash: string } {
    const token = randomBytes(16).toString('hex');
    return { token, hash: this.hash(purpose, token) };
  }

  issue(purpose: TokenPurpose): { token: string; hash: string } {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    return { token, hash: this.hash(purpose, token) };
  }
}
