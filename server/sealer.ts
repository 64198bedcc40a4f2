import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const sealKey = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'undersigned', 'seal/v1', 32));

/**
 * Personal data at rest: signer emails are stored sealed (AES-256-GCM under a key derived from
 * SECRET_KEY) and found again through a keyed hash of their canonical form, so a copy of the
 * database alone reveals no address. The "v1." prefix names the key, for rotation.
 */
export class Sealer {
  readonly #encryptionKey: Buffer;
  readonly #previousKeys: Buffer[];
  readonly #indexKey: Buffer;
  readonly #fingerprintKey: Buffer;
  readonly #networkKey: Buffer;

  /** `previousKeys`: earlier SECRET_KEYs, whose sealed values can still be opened until re-sealed (`npm run cli -- rekey`). */
  constructor(secretKey: string, previousKeys: readonly string[] = []) {
    this.#encryptionKey = sealKey(secretKey);
    this.#previousKeys = previousKeys.map(sealKey);
    this.#indexKey = Buffer.from(hkdfSync('sha256', secretKey, 'undersigned', 'blind-index/v1', 32));
    this.#fingerprintKey = Buffer.from(hkdfSync('sha256', secretKey, 'undersigned', 'fingerprint/v1', 32));
    this.#networkKey = Buffer.from(hkdfSync('sha256', secretKey, 'undersigned', 'network-fingerprint/v2', 32));
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  open(sealed: string): string {
    const [version, payload] = sealed.split('.');
    if (version !== 'v1' || !payload) throw new Error('unknown sealed-data version');
    const raw = Buffer.from(payload, 'base64url');
    // GCM authenticates: a wrong key fails outright, so trying the previous keys in turn is safe.
    for (const key of [this.#encryptionKey, ...this.#previousKeys]) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        // not this key
      }
    }
    throw new Error('sealed value opens with no known key (is SECRET_KEY_PREVIOUS missing?)');
  }

  /** A stable keyed hash for equality look-ups (duplicate signatures) without the clear value. */
  index(value: string): string {
    return createHmac('sha256', this.#indexKey).update(value).digest('base64url');
  }

  /**
   * A short keyed hash (96 bits) for grouping without revealing: the same mail domain gives the
   * same fingerprint, and nobody without the key can tell which domain it was.
   */
  fingerprint(kind: 'domain' | 'mail', value: string): string {
    return createHmac('sha256', this.#fingerprintKey).update(`${kind}\0${value.toLowerCase()}`).digest('base64url').slice(0, 16);
  }

  /**
   * A mailbox's key (128 bits, lower-case hex, since mail systems may change a local part's
   * case): it names the mailbox on the suppression list and in its bounce address
   * (bounce+KEY@), so a bounce names the mailbox that refused without carrying its address.
   */
  mailboxKey(address: string): string {
    return createHmac('sha256', this.#fingerprintKey).update(`mailbox\0${address.trim().toLowerCase()}`).digest('hex').slice(0, 32);
  }

  /**
   * A network address's fingerprint (96 bits) within one letter: the same address gives the same
   * value on that letter and an unrelated one on every other, so an organizer can group one
   * letter's signers by address but cannot tell whether a signer of theirs also signed elsewhere.
   */
  networkFingerprint(letterId: string, address: string): string {
    return createHmac('sha256', this.#networkKey).update(`${letterId}\0${address.toLowerCase()}`).digest('base64url').slice(0, 16);
  }
}
