#!/usr/bin/env node
// Checks an Undersigned letter's signatory ledger against its public list, from the outside.
//
//   node verify-ledger.mjs https://example.org/letters/SLUG [--key VKEY] [--head HASH]
//       [--receipt POSITION:HASH [--token WITHDRAWAL_LINK]] [--witness DIR [--compare OTHER_DIR]...]
//   node verify-ledger.mjs --witness DIR --compare OTHER_DIR...
//
// It needs Node 18 or later and nothing else: read it. The format it checks is described in
// docs/LEDGER.md; the server chains entries and verifies proofs with the functions exported here.
// Exit status: 0 consistent, 1 inconsistent (the first inconsistency is named), 2 could not check.
import { createHash, createHmac, createPublicKey, verify as verifySignature } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const FORMAT = /** @type {const} */ ('undersigned-ledger-v1');
/** The previous hash of the first entry. */
export const GENESIS = '0'.repeat(64);
/** Events after which the signature is on the public list, with the entry's content... */
export const ENTERING = ['confirmed', 'approved', 'reconsented'];
/** ...and events after which it is not. */
export const LEAVING = ['withdrawn', 'rejected'];
/** Events about the letter rather than its list: an addressee's published reply (its ref is the reply's id). */
export const NOTED = ['replied'];

/**
 * @typedef {{ position: number, event: string, ref: string, day: string, contentHash: string | null }} EntryFields
 * @typedef {EntryFields & { content: string | null, prev: string, hash: string }} Entry
 * @typedef {{ length: number, head: string, checkpoint?: string, entries: Entry[] }} Ledger
 * @typedef {{ ref?: string } & Record<string, unknown>} ListItem
 * @typedef {{ total: number, byKind: Record<string, number>, byCountry: Record<string, number> }} Stats
 * @typedef {{ position?: number, ref?: string, message: string }} Problem
 * @typedef {{ position: number, hash: string, listed: boolean, removedBy?: { position: number, event: string, day: string, proof: 'verified' | 'forged' | 'unchecked' | 'none' }, included?: number }} ReceiptStatus
 * @typedef {{ origin: string, size: number, root: string, note: string, cosigned: number }} SignedHead
 * @typedef {{ id: string, addressee: string, receivedOn: string, text: string, dkimVerifiedFor: string | null, documents: Array<{ sha256: string }> }} PublishedReply
 * @typedef {{ ok: boolean, problems: Problem[], entries: number, head: string, listed: number, anonymous: number, signedHead?: SignedHead, receipts: ReceiptStatus[] }} Report
 */

/** @param {string} text */
export const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

// ---------------------------------------------------------------------------------------------
// The Merkle tree over the entries (RFC 6962 / RFC 9162, section 2.1). Leaf i is entry i+1, its
// leaf input the 32 bytes of the entry's hash, so the tree commits to the chain and every field.

/** @param {...Uint8Array} parts */
const digest = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);
/** The root of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT = digest();
/** @param {Uint8Array} input a leaf's input bytes */
export const leafHashOf = (input) => digest(LEAF_PREFIX, input);
/** The leaf hash of a ledger entry, from its hex hash. @param {string} entryHashHex */
export const entryLeaf = (entryHashHex) => leafHashOf(Buffer.from(entryHashHex, 'hex'));
/** @param {Uint8Array} left @param {Uint8Array} right */
export const nodeHash = (left, right) => digest(NODE_PREFIX, left, right);

/**
 * The aligned complete subtrees that cover the first `size` leaves, left to right (a "compact
 * range"): one per bit set in `size`, largest first. Their hashes are all a log must keep to
 * append, and folding them from the right gives the root.
 * @param {number} size
 * @returns {Array<[number, number]>} [start, end) of each
 */
export function frontierRanges(size) {
  /** @type {Array<[number, number]>} */
  const ranges = [];
  let start = 0;
  for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1; bit /= 2) {
    if (size >= start + bit) {
      ranges.push([start, start + bit]);
      start += bit;
    }
  }
  return ranges;
}

/** The root from a compact range's hashes. @param {Uint8Array[]} nodes */
export function rootFromFrontier(nodes) {
  if (nodes.length === 0) return EMPTY_ROOT;
  let root = /** @type {Uint8Array} */ (nodes.at(-1));
  for (let i = nodes.length - 2; i >= 0; i--) root = nodeHash(/** @type {Uint8Array} */ (nodes[i]), root);
  return Buffer.from(root);
}

/** MTH(D[0:n]) of RFC 6962, bottom-up. @param {Uint8Array[]} leaves leaf hashes */
export function merkleRoot(leaves) {
  /** @type {Array<{ size: number, hash: Uint8Array }>} */
  const stack = [];
  for (const leaf of leaves) {
    let node = { size: 1, hash: leaf };
    while (stack.length > 0 && stack.at(-1)?.size === node.size) {
      const left = /** @type {{ size: number, hash: Uint8Array }} */ (stack.pop());
      node = { size: node.size * 2, hash: nodeHash(left.hash, node.hash) };
    }
    stack.push(node);
  }
  return rootFromFrontier(stack.map((n) => n.hash));
}

/** @param {Uint8Array} a @param {Uint8Array} b */
const sameBytes = (a, b) => a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
/** @param {unknown} p */
const isHash = (p) => p instanceof Uint8Array && p.length === 32;

/**
 * Right-shifts both indexes together while `more(fn)`: the steps RFC 9162's proof checks write as
 * "right-shift fn and sn equally until…".
 * @param {number} fn @param {number} sn @param {(fn: number) => boolean} more @returns {[number, number]}
 */
function halveWhile(fn, sn, more) {
  while (more(fn)) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return [fn, sn];
}

/**
 * RFC 9162 2.1.3.2: does `proof` show the leaf at `index` in the tree of `size` whose root is `root`?
 * @param {number} index @param {number} size @param {Uint8Array} leaf @param {Uint8Array[]} proof @param {Uint8Array} root
 */
export function verifyInclusion(index, size, leaf, proof, root) {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  if (!isHash(leaf) || !isHash(root) || !proof.every(isHash)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      [fn, sn] = halveWhile(fn, sn, (f) => f % 2 === 0 && f !== 0);
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && sameBytes(r, root);
}

/**
 * RFC 9162 2.1.4.2: does `proof` show that the tree of `size1` (root `root1`) is a prefix of the
 * tree of `size2` (root `root2`)? A proof from the empty tree means nothing and is refused, as by
 * the reference implementation; any tree extends the empty one.
 * @param {number} size1 @param {number} size2 @param {Uint8Array[]} proof @param {Uint8Array} root1 @param {Uint8Array} root2
 */
export function verifyConsistency(size1, size2, proof, root1, root2) {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 1 || size2 < size1) return false;
  if (size1 === size2) return proof.length === 0 && sameBytes(root1, root2);
  if (!isHash(root1) || !isHash(root2) || !proof.every(isHash)) return false;
  if (proof.length === 0) return false;
  const path = (size1 & (size1 - 1)) === 0 ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  [fn, sn] = halveWhile(fn, sn, (f) => f % 2 === 1);
  let fr = /** @type {Uint8Array} */ (path[0]);
  let sr = fr;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      [fn, sn] = halveWhile(fn, sn, (f) => f % 2 === 0 && f !== 0);
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && sameBytes(fr, root1) && sameBytes(sr, root2);
}

// ---------------------------------------------------------------------------------------------
// Signed notes (C2SP signed-note), checkpoints (C2SP tlog-checkpoint) and Ed25519 cosignatures
// (C2SP tlog-cosignature). A letter's signed tree head is a checkpoint whose origin names the
// letter, signed by its instance's log key; witnesses add cosignature lines.

/** Signature types of C2SP signed-note: an Ed25519 note signature, a timestamped Ed25519 cosignature. */
export const SIG_ED25519 = 0x01;
export const SIG_COSIGNATURE = 0x04;
const KEY_NAME = /^[^\s+]+$/u;

/**
 * key ID = SHA-256(key name || 0x0A || type || public key)[:4]
 * @param {string} name @param {number} type @param {Uint8Array} publicKey
 */
export const keyIdOf = (name, type, publicKey) => digest(Buffer.from(`${name}\n`, 'utf8'), Buffer.from([type]), publicKey).subarray(0, 4);

/** <name>+<hex key ID>+<base64(type || key)> @param {string} name @param {number} type @param {Uint8Array} publicKey */
export const encodeVkey = (name, type, publicKey) => `${name}+${keyIdOf(name, type, publicKey).toString('hex')}+${Buffer.concat([Buffer.from([type]), publicKey]).toString('base64')}`;

/**
 * @typedef {{ name: string, id: Buffer, type: number, publicKey: Buffer, vkey: string }} Vkey
 * @param {string} vkey
 * @returns {Vkey}
 */
export function parseVkey(vkey) {
  const parts = vkey.trim().split('+');
  if (parts.length < 3) throw new Error(`${vkey}: a verifier key is NAME+KEYID+KEY`);
  const [name = '', idHex = ''] = parts;
  const raw = Buffer.from(parts.slice(2).join('+'), 'base64');
  const type = raw[0] ?? 0;
  const publicKey = raw.subarray(1);
  if (!KEY_NAME.test(name) || !/^[0-9a-f]{8}$/.test(idHex)) throw new Error(`${vkey}: malformed verifier key`);
  if ((type !== SIG_ED25519 && type !== SIG_COSIGNATURE) || publicKey.length !== 32) throw new Error(`${vkey}: not an Ed25519 key`);
  const id = keyIdOf(name, type, publicKey);
  if (id.toString('hex') !== idHex) throw new Error(`${vkey}: its key ID does not match its key`);
  return { name, id, type, publicKey, vkey: vkey.trim() };
}

/** @param {Buffer} raw 32-byte Ed25519 public key */
const ed25519Key = (raw) => createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });

/**
 * Splits a signed note into its text (with its final newline) and signature lines.
 * @param {string} note
 * @returns {{ text: string, signatures: Array<{ name: string, id: Buffer, signature: Buffer, line: string }> }}
 */
export function parseNote(note) {
  if (!note.endsWith('\n')) throw new Error('a signed note ends with a newline');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the note format forbids control characters other than newline
  if (/[\u0000-\u0009\u000b-\u001f]/.test(note)) throw new Error('a signed note holds no control characters');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new Error('a signed note has a blank line before its signatures');
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split('\n');
  const signatures = lines.map((line) => {
    const m = line.match(/^\u2014 (\S+) ([A-Za-z0-9+/]+=*)$/u);
    if (!m) throw new Error(`malformed signature line: ${line}`);
    const raw = Buffer.from(m[2] ?? '', 'base64');
    if (raw.length < 5) throw new Error(`signature too short: ${line}`);
    return { name: m[1] ?? '', id: raw.subarray(0, 4), signature: raw.subarray(4), line: `${line}\n` };
  });
  if (signatures.length === 0) throw new Error('a signed note has at least one signature');
  return { text, signatures };
}

/** The message an Ed25519 cosignature signs. @param {string} text @param {number} timestamp */
export const cosignedMessage = (text, timestamp) => `cosignature/v1\ntime ${timestamp}\n${text}`;

/**
 * Opens a signed note with the keys you trust. Signatures by unknown keys are ignored, as the
 * format requires; one by a known key that fails to verify rejects the note.
 * @param {string} note
 * @param {Vkey[]} keys
 * @returns {{ text: string, verified: Array<{ key: Vkey, timestamp?: number }> }}
 */
export function openNote(note, keys) {
  const { text, signatures } = parseNote(note);
  /** @type {Array<{ key: Vkey, timestamp?: number }>} */
  const verified = [];
  for (const s of signatures) {
    const key = keys.find((k) => k.name === s.name && sameBytes(k.id, s.id));
    if (!key) continue;
    if (key.type === SIG_ED25519) {
      if (!verifySignature(null, Buffer.from(text, 'utf8'), ed25519Key(key.publicKey), s.signature)) throw new Error(`the signature of ${key.name} does not verify`);
      verified.push({ key });
    } else {
      if (s.signature.length !== 72) throw new Error(`the cosignature of ${key.name} is malformed`);
      const timestamp = Number(s.signature.readBigUInt64BE(0));
      if (!verifySignature(null, Buffer.from(cosignedMessage(text, timestamp), 'utf8'), ed25519Key(key.publicKey), s.signature.subarray(8))) {
        throw new Error(`the cosignature of ${key.name} does not verify`);
      }
      verified.push({ key, timestamp });
    }
  }
  return { text, verified };
}

/**
 * @typedef {{ origin: string, size: number, root: Buffer, text: string }} Checkpoint
 * @param {string} text a checkpoint's note text
 * @returns {Checkpoint}
 */
export function parseCheckpoint(text) {
  const lines = text.split('\n');
  const [origin, size, root] = lines;
  if (lines.length < 4 || !origin || !/^(0|[1-9]\d*)$/.test(size ?? '') || !root) throw new Error('malformed checkpoint');
  const hash = Buffer.from(root, 'base64');
  if (hash.length !== 32 || hash.toString('base64') !== root) throw new Error('malformed checkpoint root hash');
  return { origin, size: Number(size), root: hash, text };
}

/** @param {string} origin @param {number} size @param {Uint8Array} root */
export const checkpointText = (origin, size, root) => `${origin}\n${size}\n${Buffer.from(root).toString('base64')}\n`;

/**
 * A signed checkpoint, opened: it must carry a verifying signature by one of the log keys given.
 * @param {string} note @param {Vkey[]} keys
 */
export function openCheckpoint(note, keys) {
  const { text, verified } = openNote(note, keys);
  if (!verified.some((v) => v.key.type === SIG_ED25519)) throw new Error('the checkpoint carries no signature by a log key you trust');
  return { ...parseCheckpoint(text), cosigned: verified.filter((v) => v.key.type === SIG_COSIGNATURE) };
}

// ---------------------------------------------------------------------------------------------
// A withdrawal made through the signer's own link carries proof of it: an HMAC keyed by the
// withdrawal token, which only the link's holder can recompute (the server keeps a hash of it).

/** @param {string} token the withdrawal token, from the signer's link @param {string} ref */
export const withdrawalProof = (token, ref) => createHmac('sha256', token).update(`undersigned-withdrawal-v1\n${ref}`).digest('base64url');

const HEX64 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The text an entry's hash is computed over: the format, the previous hash, then the entry's
 * fields, one per line. Every field is checked to be plain ASCII without line breaks, so the
 * encoding is unambiguous.
 * @param {string} prev
 * @param {EntryFields} e
 */
export function entryPreimage(prev, e) {
  return [FORMAT, prev, String(e.position), e.event, e.ref, e.day, e.contentHash ?? '-'].join('\n');
}

/** @param {string} prev @param {EntryFields} e */
export const entryHash = (prev, e) => sha256(entryPreimage(prev, e));

/** @param {EntryFields} e @returns {string | null} what is malformed, if anything */
function malformed(e) {
  if (!Number.isInteger(e.position) || e.position < 1) return 'its position is not a positive integer';
  if (![...ENTERING, ...LEAVING, ...NOTED].includes(e.event)) return `its event "${e.event}" is unknown`;
  if (typeof e.ref !== 'string' || !UUID.test(e.ref)) return 'its ref is not a UUID';
  if (typeof e.day !== 'string' || !DAY.test(e.day)) return 'its day is not YYYY-MM-DD';
  if (e.contentHash !== null && !(typeof e.contentHash === 'string' && HEX64.test(e.contentHash))) return 'its content hash is not SHA-256 hex';
  // An arrival has content; a withdrawal may (its proof of the signer's link); a rejection has none.
  if ([...ENTERING, ...NOTED].includes(e.event) ? e.contentHash === null : e.event === 'rejected' && e.contentHash !== null) {
    return 'it has content where it should not, or none where it should';
  }
  return null;
}

/** @param {unknown} value */
const show = (value) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/**
 * Recomputes the chain and its Merkle tree, checks the signed head against them, replays the
 * entries into the set of public signatories, and compares that with the public list and the
 * counts. `keys` are the log keys you trust (verifier keys). `expect` holds what you kept from
 * earlier: a head printed on a PDF, or a signer's receipt; each must still be in the chain, and a
 * receipt's holder is told whether they are still on the list (and, if not, who removed them:
 * give `tokens`, the holder's withdrawal token, to check a withdrawal's proof of their link).
 * `replies` (optional): the letter's published replies, each checked against its `replied` entry.
 * @param {{ ledger: Ledger, items: ListItem[], stats: Stats, keys?: string[], replies?: PublishedReply[], expect?: { heads?: string[], receipts?: Array<{ position: number, hash: string }>, tokens?: string[] } }} input
 * @returns {Report}
 */
export function verifyLedger({ ledger, items, stats, keys, replies, expect = {} }) {
  /** @type {Problem[]} */
  const problems = [];
  const entries = ledger.entries;
  const at = (/** @type {Entry} */ e) => ({ position: e.position, ref: e.ref });

  // 1. The chain: contiguous, each entry hashing to what it claims and following its predecessor.
  let expectedPrev = GENESIS;
  entries.forEach((e, i) => {
    if (e.position !== i + 1) {
      problems.push({ ...at(e), message: `entry ${i + 1} is missing: the ledger goes from entry ${i} to entry ${e.position}` });
    }
    const bad = malformed(e);
    if (bad) problems.push({ ...at(e), message: `entry ${e.position} is malformed: ${bad}` });
    if (e.prev !== expectedPrev) {
      problems.push({ ...at(e), message: `entry ${e.position} does not follow entry ${i}: it names ${e.prev} as the previous hash, but entry ${i} hashes to ${expectedPrev}` });
    }
    const recomputed = entryHash(e.prev, e);
    if (recomputed !== e.hash) {
      problems.push({ ...at(e), message: `entry ${e.position} was altered: its fields hash to ${recomputed}, not to the recorded ${e.hash}` });
    }
    if (e.content !== null && sha256(e.content) !== e.contentHash) {
      problems.push({ ...at(e), message: `entry ${e.position}'s content was altered: it does not hash to its content hash` });
    }
    expectedPrev = e.hash;
  });
  if (entries.length !== ledger.length) {
    problems.push({ message: `the ledger says it has ${ledger.length} entries, but ${entries.length} were given` });
  }
  if (expectedPrev !== ledger.head) {
    problems.push({ message: `the published head ${ledger.head} is not the hash of the last entry (${expectedPrev})` });
  }
  // 1b. The signed head: a trusted key signed it, for these entries and their Merkle root.
  /** @type {SignedHead | undefined} */
  let signedHead;
  if (ledger.checkpoint === undefined) {
    problems.push({ message: 'the server serves no signed head for this ledger' });
  } else {
    try {
      const cp = openCheckpoint(ledger.checkpoint, (keys ?? []).map(parseVkey));
      signedHead = { origin: cp.origin, size: cp.size, root: cp.root.toString('hex'), note: ledger.checkpoint, cosigned: cp.cosigned.length };
      if (cp.size !== entries.length) {
        problems.push({ message: `the signed head covers ${cp.size} entries, but the ledger served has ${entries.length}` });
      } else {
        const root = merkleRoot(entries.map((e) => (HEX64.test(e.hash) ? entryLeaf(e.hash) : Buffer.alloc(32))));
        if (!sameBytes(root, cp.root)) {
          problems.push({ message: `the signed head's root ${cp.root.toString('hex')} is not the Merkle root of the entries served (${root.toString('hex')}): they are not what was signed` });
        }
      }
    } catch (err) {
      problems.push({ message: `the signed head does not verify: ${/** @type {Error} */ (err).message}` });
    }
  }

  const hashes = new Set(entries.map((e) => e.hash));
  for (const head of expect.heads ?? []) {
    if (!hashes.has(head)) problems.push({ message: `the head ${head} you hold is not in this ledger: the ledger was rewritten after it was published` });
  }
  for (const receipt of expect.receipts ?? []) {
    const e = entries[receipt.position - 1];
    if (receipt.position > entries.length) {
      problems.push({
        position: receipt.position,
        message: `receipt ${receipt.position}:${receipt.hash} names entry ${receipt.position}, but this ledger has only ${entries.length} entries: entries were removed (rolled back)`,
      });
    } else if (!e || e.hash !== receipt.hash) {
      problems.push({ position: receipt.position, message: `receipt ${receipt.position}:${receipt.hash} does not match entry ${receipt.position} of this ledger` });
    }
  }

  // 2. Replay: who is public now, as the ledger tells it.
  /** @type {Map<string, { entry: Entry, view: Record<string, unknown> | null }>} */
  const standing = new Map();
  for (const e of entries) {
    if (ENTERING.includes(e.event)) {
      /** @type {Record<string, unknown> | null} */
      let view = null;
      if (e.content !== null) {
        try {
          const { salt: _salt, ...rest } = JSON.parse(e.content);
          view = rest;
        } catch {
          problems.push({ ...at(e), message: `entry ${e.position}'s content is not JSON` });
        }
      }
      standing.set(e.ref, { entry: e, view });
    } else if (LEAVING.includes(e.event)) {
      if (!standing.delete(e.ref)) {
        problems.push({ ...at(e), message: `entry ${e.position} removes ref ${e.ref}, who was not on the list` });
      }
    }
  }

  // 2b. What each receipt's holder needs to know: are they still on the list, and if not, which
  // entry removed them, and whether a withdrawal carries a valid proof of their own link.
  /** @type {ReceiptStatus[]} */
  const receipts = [];
  for (const receipt of expect.receipts ?? []) {
    const e = entries[receipt.position - 1];
    if (!e || e.hash !== receipt.hash) continue;
    if (standing.has(e.ref)) {
      receipts.push({ position: e.position, hash: e.hash, listed: true });
      continue;
    }
    const removal = entries.find((later) => later.position > e.position && later.ref === e.ref && LEAVING.includes(later.event));
    if (!removal) continue; // the replay reports a receipt whose signatory vanished without an entry
    /** @type {'verified' | 'forged' | 'unchecked' | 'none'} */
    let proof = 'none';
    if (removal.event === 'withdrawn' && removal.content !== null) {
      /** @type {{ proof?: unknown }} */
      let recorded = {};
      try {
        recorded = JSON.parse(removal.content);
      } catch {
        // a malformed proof is no proof
      }
      const tokens = expect.tokens ?? [];
      if (typeof recorded.proof !== 'string') proof = 'none';
      else if (tokens.length === 0) proof = 'unchecked';
      else proof = tokens.some((t) => withdrawalProof(t, e.ref) === recorded.proof) ? 'verified' : 'forged';
    }
    const status = { position: e.position, hash: e.hash, listed: false, removedBy: { position: removal.position, event: removal.event, day: removal.day, proof } };
    receipts.push(status);
    const at = `entry ${removal.position} (${removal.day})`;
    if (removal.event === 'rejected') {
      problems.push({
        position: removal.position,
        ref: e.ref,
        message: `receipt ${e.position}: its signatory is no longer on the list: removed by a moderator (rejected, or hidden as abuse) at ${at}`,
      });
    } else if (proof === 'forged') {
      problems.push({
        position: removal.position,
        ref: e.ref,
        message: `receipt ${e.position}: ${at} withdraws its signatory, but its proof does not match your withdrawal link: it was not made with your link (forged)`,
      });
    } else if (proof === 'none') {
      problems.push({
        position: removal.position,
        ref: e.ref,
        message: `receipt ${e.position}: ${at} withdraws its signatory without proof of the signer's link: if you did not withdraw, it was forged`,
      });
    } else if (proof === 'unchecked') {
      problems.push({
        position: removal.position,
        ref: e.ref,
        message: `receipt ${e.position}: its signatory is no longer on the list: withdrawn at ${at}, with a proof of the signer's link (give --token with your withdrawal link to check it is yours)`,
      });
    }
  }

  // 3. The public list against the replay.
  const seen = new Set();
  for (const item of items) {
    const label = `${show(item.name)} (${item.kind}, ${item.country})`;
    const ref = item.ref;
    if (typeof ref !== 'string') {
      problems.push({ message: `the public list shows ${label} without a ledger ref` });
      continue;
    }
    if (seen.has(ref)) problems.push({ ref, message: `the public list shows ref ${ref} twice` });
    seen.add(ref);
    const s = standing.get(ref);
    if (!s) {
      problems.push({ ref, message: `the public list shows ${label}, ref ${ref}, whom the ledger does not have as a signatory: added without an entry` });
      continue;
    }
    const { entry, view } = s;
    if (!view) {
      problems.push({ ...at(entry), message: `entry ${entry.position} (ref ${ref}) lost its content while its signatory is still public` });
      continue;
    }
    if (view.anonymous) {
      problems.push({ ...at(entry), message: `entry ${entry.position} (ref ${ref}) is anonymous, but the public list shows ${label}` });
      continue;
    }
    for (const [field, recorded] of Object.entries(view)) {
      if (JSON.stringify(item[field] ?? null) !== JSON.stringify(recorded)) {
        problems.push({
          ...at(entry),
          message: `entry ${entry.position} (ref ${ref}): the public list shows ${field} ${show(item[field] ?? null)} where the ledger recorded ${show(recorded)}: changed without an entry`,
        });
      }
    }
  }
  let anonymous = 0;
  for (const [ref, { entry, view }] of standing) {
    if (view?.anonymous) {
      anonymous += 1;
    } else if (!seen.has(ref)) {
      const who = view ? `${show(view.name)} (${view.kind}, ${view.country})` : 'a signatory';
      problems.push({ ...at(entry), message: `entry ${entry.position} (ref ${ref}) has ${who} on the list, but the public list does not show them: removed without an entry` });
    }
  }

  // 4. The counts, which include anonymous signatories.
  /** @type {Record<string, number>} */
  const byKind = {};
  /** @type {Record<string, number>} */
  const byCountry = {};
  for (const { view } of standing.values()) {
    if (!view) continue;
    byKind[String(view.kind)] = (byKind[String(view.kind)] ?? 0) + 1;
    byCountry[String(view.country)] = (byCountry[String(view.country)] ?? 0) + 1;
  }
  if (stats.total !== standing.size) {
    problems.push({ message: `the letter counts ${stats.total} signatories, the ledger ${standing.size}` });
  }
  for (const [name, counted, recorded] of /** @type {const} */ ([
    ['kind', stats.byKind, byKind],
    ['country', stats.byCountry, byCountry],
  ])) {
    for (const key of new Set([...Object.keys(counted), ...Object.keys(recorded)])) {
      if ((counted[key] ?? 0) !== (recorded[key] ?? 0)) {
        problems.push({ message: `the letter counts ${counted[key] ?? 0} signatories of ${name} ${key}, the ledger ${recorded[key] ?? 0}` });
      }
    }
  }

  // 5. The addressees' published replies, when given: each is in the ledger as it is shown, and
  // none the ledger recorded has gone (a published reply is never withdrawn).
  if (replies) {
    const recorded = new Map(entries.filter((e) => e.event === 'replied').map((e) => [e.ref, e]));
    for (const reply of replies) {
      const e = recorded.get(reply.id);
      if (!e) {
        problems.push({ ref: reply.id, message: `the letter shows a reply of ${show(reply.addressee)} (${reply.id}) that its ledger does not record: published without an entry` });
        continue;
      }
      recorded.delete(reply.id);
      /** @type {Record<string, unknown>} */
      let view = {};
      try {
        view = JSON.parse(e.content ?? 'null')?.reply ?? {};
      } catch {
        // Reported below as a difference in every field.
      }
      const shown = { addressee: reply.addressee, receivedOn: reply.receivedOn, textHash: sha256(reply.text), documents: reply.documents.map((d) => d.sha256), dkimVerifiedFor: reply.dkimVerifiedFor };
      for (const [field, value] of Object.entries(shown)) {
        if (JSON.stringify(view[field] ?? null) !== JSON.stringify(value)) {
          problems.push({
            ...at(e),
            message: `entry ${e.position}: the reply of ${show(reply.addressee)} shows ${field === 'textHash' ? 'a text' : `${field} ${show(value)}`} other than the ledger recorded: changed after it was published`,
          });
        }
      }
    }
    for (const e of recorded.values()) {
      problems.push({ ...at(e), message: `entry ${e.position} records a published reply (${e.ref}) that the letter no longer shows: withdrawn without a trace but this one` });
    }
  }

  problems.sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
  return { ok: problems.length === 0, problems, entries: entries.length, head: ledger.head, listed: seen.size, anonymous, signedHead, receipts };
}

/** @param {Report} report @returns {string} */
export function formatReport(report) {
  const lines = [`${report.entries} ledger entries, head ${report.head}`];
  if (report.signedHead) {
    const w = report.signedHead.cosigned;
    lines.push(`signed head: ${report.signedHead.origin}, ${report.signedHead.size} entries, root ${report.signedHead.root}${w > 0 ? `, cosigned by ${w} witness(es) you trust` : ''}`);
  }
  for (const r of report.receipts ?? []) {
    if (r.included !== undefined) lines.push(`receipt ${r.position}: the log's inclusion proof places its entry in the signed head of ${r.included} entries`);
    if (r.listed) lines.push(`receipt ${r.position}: its signatory is on the list`);
    else if (r.removedBy?.proof === 'verified') {
      lines.push(`receipt ${r.position}: withdrawn at entry ${r.removedBy.position} (${r.removedBy.day}) through your own link (its proof matches your token)`);
    }
  }
  if (report.ok) {
    lines.push(`OK: the chain is intact, and the public list (${report.listed} listed, ${report.anonymous} anonymous) matches it`);
  } else {
    lines.push(`INCONSISTENT: ${report.problems.length} problem(s); the first:`);
    lines.push(...report.problems.slice(0, 20).map((p) => `  - ${p.message}`));
    if (report.problems.length > 20) lines.push(`  ... and ${report.problems.length - 20} more`);
  }
  return lines.join('\n');
}

/** @param {string} url */
async function getJson(url) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * A letter's API address and its instance's, from its public address (its page or its API address).
 * @param {string} letterUrl
 */
export function addressesOf(letterUrl) {
  const url = new URL(letterUrl);
  const match = url.pathname.match(/^(.*?)\/(?:api\/v1\/)?letters\/([a-z0-9-]+)/);
  if (!match) throw new Error(`${letterUrl} is not the address of a letter (…/letters/SLUG)`);
  return { api: `${url.origin}${match[1]}/api/v1/letters/${match[2]}`, instance: `${url.origin}${match[1]}` };
}

/**
 * The log keys an instance publishes (/.well-known/undersigned-ledger). Taken from the server
 * being checked, they prove only that its heads are consistent with each other; pin a key from
 * elsewhere (the PDF, a witness) with --key to prove they are the instance's.
 * @param {string} instance
 * @returns {Promise<string[]>}
 */
export async function fetchKeys(instance) {
  const doc = await getJson(`${instance}/.well-known/undersigned-ledger`);
  return doc.keys.filter((/** @type {{ purpose: string }} */ k) => k.purpose === 'log').map((/** @type {{ vkey: string }} */ k) => k.vkey);
}

/**
 * Everything the check needs. Fetched twice over if the ledger moved meanwhile, so that a
 * signature arriving during the fetch is not mistaken for tampering.
 * @param {string} letterUrl
 * @returns {Promise<{ ledger: Ledger, items: ListItem[], stats: Stats, keys: string[], replies: PublishedReply[] | undefined }>}
 */
export async function fetchRecords(letterUrl) {
  const { api, instance } = addressesOf(letterUrl);
  const keys = await fetchKeys(instance);
  for (let attempt = 1; ; attempt++) {
    const first = await getJson(`${api}/ledger?limit=1000`);
    /** @type {Entry[]} */
    const entries = [...first.entries];
    while (entries.length < first.length) {
      const page = await getJson(`${api}/ledger?after=${entries.length}&limit=1000`);
      if (page.entries.length === 0) break;
      entries.push(...page.entries);
    }
    /** @type {ListItem[]} */
    const items = [];
    let cursor = null;
    do {
      const page = await getJson(`${api}/signatures?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const stats = await getJson(`${api}/stats`);
    // An instance from before replies has no such route: nothing to check then.
    const replies = await getJson(`${api}/replies`).then(
      (r) => r.items,
      (/** @type {Error} */ err) => {
        if (/HTTP 404$/.test(err.message)) return undefined;
        throw err;
      },
    );
    const after = await getJson(`${api}/ledger?limit=1`);
    if (after.head === first.head || attempt === 3) {
      return { ledger: { length: first.length, head: first.head, checkpoint: first.checkpoint, entries: entries.slice(0, first.length) }, items, stats, keys, replies };
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

// ---------------------------------------------------------------------------------------------
// Witnessing: keep every signed head seen, and require each new one to extend the last. Two
// witnesses who compare what they kept expose a server that showed them different lists.

/** @param {string} dir @param {string} origin */
const originDir = (dir, origin) => join(dir, encodeURIComponent(origin));

/**
 * @typedef {{ origin: string, url: string, size: number, root: string, keys: string[] }} WitnessState
 * @param {string} dir @param {string} origin @returns {WitnessState | null}
 */
function readState(dir, origin) {
  try {
    return JSON.parse(readFileSync(join(originDir(dir, origin), 'latest.json'), 'utf8'));
  } catch {
    return null;
  }
}

/** Every head a witness directory holds, by origin. @param {string} dir */
export function witnessedHeads(dir) {
  /** @type {Map<string, { state: WitnessState, heads: Array<{ size: number, root: string, note: string }> }>} */
  const out = new Map();
  for (const name of readdirSync(dir)) {
    const state = readState(dir, decodeURIComponent(name));
    if (!state) continue;
    const heads = readdirSync(join(dir, name))
      .filter((f) => f.endsWith('.checkpoint'))
      .map((f) => {
        const note = readFileSync(join(dir, name, f), 'utf8');
        const cp = parseCheckpoint(parseNote(note).text);
        return { size: cp.size, root: cp.root.toString('hex'), note };
      });
    out.set(state.origin, { state, heads });
  }
  return out;
}

/** @param {string} url */
async function fetchConsistency(url) {
  const proof = await getJson(url);
  return proof.consistency.map((/** @type {string} */ h) => Buffer.from(h, 'hex'));
}

/**
 * The witness's step: `head` (verified already) against the last head kept in `dir` for its
 * origin. A smaller tree, another root at the same size, or a larger tree that the log cannot
 * prove extends the last one: each is a problem, and the head is kept as evidence all the same.
 * @param {string} dir @param {string} url @param {SignedHead} head @param {string[]} keys @param {Entry[]} entries
 * @returns {Promise<Problem[]>}
 */
export async function witness(dir, url, head, keys, entries) {
  /** @type {Problem[]} */
  const problems = [];
  const last = readState(dir, head.origin);
  if (last) {
    const root = Buffer.from(head.root, 'hex');
    if (head.size < last.size) {
      problems.push({ message: `the log now signs ${head.size} entries, but this witness kept a head of ${last.size} it signed before: entries were removed (rolled back)` });
    } else if (head.size === last.size && head.root !== last.root) {
      problems.push({ message: `the log signs two different trees of ${head.size} entries (roots ${last.root} and ${head.root}): a fork` });
    } else if (head.size > last.size && last.size > 0) {
      const { api } = addressesOf(url);
      const proof = await fetchConsistency(`${api}/ledger/proof/consistency?from=${last.size}&to=${head.size}`);
      const prefix = merkleRoot(entries.slice(0, last.size).map((e) => entryLeaf(e.hash)));
      if (!verifyConsistency(last.size, head.size, proof, Buffer.from(last.root, 'hex'), root) || !sameBytes(prefix, Buffer.from(last.root, 'hex'))) {
        problems.push({ message: `the head of ${head.size} entries does not extend the head of ${last.size} this witness kept (root ${last.root}): the log was rewritten` });
      }
    }
  }
  const path = originDir(dir, head.origin);
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, `${String(head.size).padStart(10, '0')}-${head.root.slice(0, 16)}.checkpoint`), head.note);
  if (problems.length === 0) {
    /** @type {WitnessState} */
    const state = { origin: head.origin, url, size: head.size, root: head.root, keys: last?.keys ?? keys };
    writeFileSync(join(path, 'latest.json'), `${JSON.stringify(state, null, 2)}\n`);
  }
  return problems;
}

/**
 * Compares what two witnesses kept of the same logs. Two heads of one size must have one root;
 * of two sizes, the log must prove the smaller a prefix of the larger, against both signed roots
 * (no proof can exist for two views of a fork), asked at either witness's address of it.
 * @param {string} mine @param {string} theirs
 * @returns {Promise<Problem[]>}
 */
export async function compareWitnesses(mine, theirs) {
  /** @type {Problem[]} */
  const problems = [];
  const a = witnessedHeads(mine);
  const b = witnessedHeads(theirs);
  for (const [origin, ours] of a) {
    const other = b.get(origin);
    if (!other) continue;
    for (const x of ours.heads) {
      for (const y of other.heads) {
        const [small, large] = x.size <= y.size ? [x, y] : [y, x];
        if (small.size === large.size) {
          if (small.root !== large.root)
            problems.push({ message: `${origin}: the two witnesses were shown different trees of ${small.size} entries (roots ${x.root} and ${y.root}): the log forked its list` });
          continue;
        }
        if (small.size === 0) continue;
        // Asked where each witness read the log: a server showing the smaller view has no tree of
        // the larger size to prove anything from, and one proof that verifies settles it.
        /** @type {string[]} */
        const unanswered = [];
        let answered = false;
        let consistent = false;
        for (const url of new Set([ours.state.url, other.state.url])) {
          let proof;
          try {
            proof = await fetchConsistency(`${addressesOf(url).api}/ledger/proof/consistency?from=${small.size}&to=${large.size}`);
          } catch (err) {
            unanswered.push(/** @type {Error} */ (err).message);
            continue;
          }
          answered = true;
          consistent = verifyConsistency(small.size, large.size, proof, Buffer.from(small.root, 'hex'), Buffer.from(large.root, 'hex'));
          if (consistent) break;
        }
        if (consistent) continue;
        if (answered) {
          problems.push({ message: `${origin}: the witnesses' heads of ${small.size} and ${large.size} entries cannot both be true (roots ${small.root}, ${large.root}): the log forked its list` });
        } else {
          problems.push({ message: `${origin}: no consistency proof from ${small.size} to ${large.size} entries (${unanswered.join('; ')})` });
        }
      }
    }
  }
  return problems;
}

/** The token of a withdrawal link (…?token=T, …/withdraw/T), or the token itself. @param {string} value */
const tokenOf = (value) => {
  try {
    const url = new URL(value);
    return url.searchParams.get('token') ?? url.pathname.split('/').filter(Boolean).at(-1) ?? value;
  } catch {
    return value;
  }
};

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      head: { type: 'string', multiple: true },
      receipt: { type: 'string', multiple: true },
      token: { type: 'string', multiple: true },
      key: { type: 'string', multiple: true },
      witness: { type: 'string' },
      compare: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [letterUrl] = positionals;
  if (values.help || (!letterUrl && !(values.witness && values.compare))) {
    process.stdout.write(
      [
        'Usage: node verify-ledger.mjs https://HOST/letters/SLUG [--key VKEY]... [--head HASH]...',
        '         [--receipt POSITION:HASH]... [--token WITHDRAWAL_LINK]... [--witness DIR [--compare OTHER_DIR]...]',
        '       node verify-ledger.mjs --witness DIR --compare OTHER_DIR...',
        '',
      ].join('\n'),
    );
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  /** @type {Problem[]} */
  const problems = [];
  if (letterUrl) {
    const receipts = (values.receipt ?? []).map((r) => {
      const [position, hash] = r.split(':');
      if (!position || !hash || !/^\d+$/.test(position)) throw new Error(`--receipt ${r}: write it POSITION:HASH`);
      return { position: Number(position), hash };
    });
    const records = await fetchRecords(letterUrl);
    // Keys: those you give; else those a witness directory pinned for this log; else the server's own.
    let keys = values.key ?? [];
    if (keys.length === 0 && values.witness && records.ledger.checkpoint) {
      keys = readState(values.witness, parseCheckpoint(parseNote(records.ledger.checkpoint).text).origin)?.keys ?? [];
    }
    if (keys.length === 0) keys = records.keys;
    const report = verifyLedger({ ...records, keys, expect: { heads: values.head, receipts, tokens: (values.token ?? []).map(tokenOf) } });
    // A receipt's own proof: its entry is in the signed head, as the receipt holder would check it
    // without the whole ledger.
    for (const r of report.receipts) {
      if (!report.signedHead) break;
      const proof = await getJson(`${addressesOf(letterUrl).api}/ledger/proof/inclusion?position=${r.position}&size=${report.signedHead.size}`);
      const path = proof.inclusion.map((/** @type {string} */ h) => Buffer.from(h, 'hex'));
      if (!verifyInclusion(r.position - 1, report.signedHead.size, entryLeaf(r.hash), path, Buffer.from(report.signedHead.root, 'hex'))) {
        report.problems.push({ position: r.position, message: `receipt ${r.position}: the log's inclusion proof does not place it in the signed head` });
        report.ok = false;
      } else {
        r.included = report.signedHead.size;
      }
    }
    if (values.witness && report.signedHead) {
      const seen = await witness(values.witness, letterUrl, report.signedHead, keys, records.ledger.entries);
      report.problems.push(...seen);
      report.ok &&= seen.length === 0;
    }
    process.stdout.write(`${formatReport(report)}\n`);
    if (!report.ok) process.exitCode = 1;
  }
  if (values.witness) {
    for (const other of values.compare ?? []) problems.push(...(await compareWitnesses(values.witness, other)));
    if (values.compare?.length) {
      if (problems.length === 0) process.stdout.write(`OK: the witnesses ${[values.witness, ...values.compare].join(', ')} saw one history\n`);
      else process.stdout.write(`INCONSISTENT: ${problems.length} problem(s); the first:\n${problems.map((p) => `  - ${p.message}`).join('\n')}\n`);
      if (problems.length > 0) process.exitCode = 1;
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((/** @type {Error} */ err) => {
    process.stderr.write(`verify-ledger: ${err.message}\n`);
    process.exitCode = 2;
  });
}
