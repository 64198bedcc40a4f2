import { createPrivateKey, createPublicKey, type KeyObject, randomBytes, sign } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { ledgerKeys } from '../db/schema.js';
import type { Sealer } from '../sealer.js';
import { cosignedMessage, encodeVkey, parseVkey, SIG_COSIGNATURE, SIG_ED25519, type Vkey } from '../../public/verify-ledger.mjs';

export type KeyPurpose = 'log' | 'witness';

interface LoadedKey {
  vkey: Vkey;
  privateKey: KeyObject;
}

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

const privateFromSeed = (seed: Buffer) => createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
const publicOf = (key: KeyObject) => Buffer.from(createPublicKey(key).export({ format: 'jwk' }).x!, 'base64url');

/**
 * The instance's identity in the signed notes: its public address without the scheme
 * (`example.org`, `example.org/petitions`), as C2SP recommends for key names and origins.
 */
export const instanceName = (publicUrl: string) => {
  const url = new URL(publicUrl);
  return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
};

/** A letter's log identity, the origin line of its checkpoints. */
export const letterOrigin = (publicUrl: string, slug: string) => `${instanceName(publicUrl)}/letters/${slug}`;

export interface PublishedKey {
  vkey: string;
  purpose: KeyPurpose;
  createdAt: string;
  retiredAt: string | null;
}

/**
 * The instance's log and witness keys. Each is made on first use (one per purpose at a time: a
 * unique index settles a race between instances), its seed sealed under SECRET_KEY so that a copy
 * of the database cannot sign. A log key's name is the instance; a witness key's, the instance
 * followed by `/witness` (C2SP asks for distinct keys for the two roles).
 */
export class LedgerKeys {
  readonly #loaded = new Map<KeyPurpose, Promise<LoadedKey>>();

  constructor(
    private readonly db: Db,
    private readonly sealer: Sealer,
    private readonly publicUrl: string,
  ) {}

  origin(slug: string): string {
    return letterOrigin(this.publicUrl, slug);
  }

  #key(purpose: KeyPurpose): Promise<LoadedKey> {
    let loaded = this.#loaded.get(purpose);
    if (!loaded) {
      loaded = this.#load(purpose);
      loaded.catch(() => this.#loaded.delete(purpose));
      this.#loaded.set(purpose, loaded);
    }
    return loaded;
  }

  async #load(purpose: KeyPurpose): Promise<LoadedKey> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const [row] = await this.db
        .select()
        .from(ledgerKeys)
        .where(and(eq(ledgerKeys.purpose, purpose), isNull(ledgerKeys.retiredAt)))
        .limit(1);
      if (row) return { vkey: parseVkey(row.vkey), privateKey: privateFromSeed(Buffer.from(this.sealer.open(row.sealedSeed), 'base64')) };
      await this.#create(purpose);
    }
    throw new Error(`no ${purpose} key could be made`);
  }

  async #create(purpose: KeyPurpose) {
    const seed = randomBytes(32);
    const name = purpose === 'log' ? instanceName(this.publicUrl) : `${instanceName(this.publicUrl)}/witness`;
    const vkey = encodeVkey(name, purpose === 'log' ? SIG_ED25519 : SIG_COSIGNATURE, publicOf(privateFromSeed(seed)));
    await this.db
      .insert(ledgerKeys)
      .values({ purpose, name, vkey, sealedSeed: this.sealer.seal(seed.toString('base64')) })
      .onConflictDoNothing();
  }

  /** Signs a note's text with the log key: the text, a blank line, the signature line. */
  async signNote(text: string): Promise<string> {
    const { vkey, privateKey } = await this.#key('log');
    const signature = Buffer.concat([vkey.id, sign(null, Buffer.from(text, 'utf8'), privateKey)]);
    return `${text}\n— ${vkey.name} ${signature.toString('base64')}\n`;
  }

  /** A witness's cosignature line (C2SP tlog-cosignature, Ed25519) of a checkpoint's text. */
  async cosign(text: string, at: Date): Promise<{ line: string; vkey: string }> {
    const { vkey, privateKey } = await this.#key('witness');
    const timestamp = Math.floor(at.getTime() / 1000);
    const stamp = Buffer.alloc(8);
    stamp.writeBigUInt64BE(BigInt(timestamp));
    const signature = Buffer.concat([vkey.id, stamp, sign(null, Buffer.from(cosignedMessage(text, timestamp), 'utf8'), privateKey)]);
    return { line: `— ${vkey.name} ${signature.toString('base64')}\n`, vkey: vkey.vkey };
  }

  /** Makes the keys if this is the instance's first start (at start-up, before any transaction needs them). */
  async ready(): Promise<void> {
    await Promise.all([this.#key('log'), this.#key('witness')]);
  }

  /** The current log key (made now if there is none). */
  async logKey(): Promise<string> {
    return (await this.#key('log')).vkey.vkey;
  }

  /** The current witness key (made now if there is none). */
  async witnessKey(): Promise<string> {
    return (await this.#key('witness')).vkey.vkey;
  }

  /** Every key this instance has used (none is made here: a read by the command line must not name the keys). */
  async published(): Promise<PublishedKey[]> {
    const rows = await this.db.select().from(ledgerKeys).orderBy(asc(ledgerKeys.createdAt));
    return rows.map((r) => ({ vkey: r.vkey, purpose: r.purpose, createdAt: r.createdAt.toISOString(), retiredAt: r.retiredAt?.toISOString() ?? null }));
  }

  /**
   * Retires the current key of a purpose and makes a new one (`cli ledger rotate-key`). Heads
   * signed before stay verifiable with the retired key, which stays published.
   */
  async rotate(purpose: KeyPurpose, now: Date): Promise<string> {
    await this.db
      .update(ledgerKeys)
      .set({ retiredAt: now })
      .where(and(eq(ledgerKeys.purpose, purpose), isNull(ledgerKeys.retiredAt)));
    this.#loaded.delete(purpose);
    return (await this.#key(purpose)).vkey.vkey;
  }
}

/** Re-seals the keys' seeds under the current SECRET_KEY (part of `rekey`, maintenance/rekey.ts). */
export async function resealLedgerKeys(db: Db, sealer: Sealer): Promise<number> {
  const rows = await db.select({ id: ledgerKeys.id, sealedSeed: ledgerKeys.sealedSeed }).from(ledgerKeys);
  for (const row of rows) {
    await db
      .update(ledgerKeys)
      .set({ sealedSeed: sealer.seal(sealer.open(row.sealedSeed)) })
      .where(eq(ledgerKeys.id, row.id));
  }
  return rows.length;
}
