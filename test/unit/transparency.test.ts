import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consistencyProof, fromFrontier, fromLeaves, frontierOf, inclusionProof, rootOf } from '../../server/ledger/merkle.js';
import { EMPTY_ROOT, encodeVkey, leafHashOf, merkleRoot, openCheckpoint, openNote, parseVkey, SIG_ED25519, verifyConsistency, verifyInclusion } from '../../public/verify-ledger.mjs';

// The reference implementation's published vectors (transparency-dev/merkle testdata), unchanged.
const vectors = JSON.parse(readFileSync(new URL('./vectors/transparency-dev-merkle.json', import.meta.url), 'utf8')) as {
  inclusion: Array<{ file: string; leafIdx: number; treeSize: number; root: string; leafHash: string; proof: string[] | null; wantErr: boolean }>;
  consistency: Array<{ file: string; size1: number; size2: number; root1: string; root2: string; proof: string[] | null; wantErr: boolean }>;
};
const b64 = (s: string) => Buffer.from(s, 'base64');

// The eight leaf inputs of the reference implementation's tests, and the roots of every prefix.
const LEAF_INPUTS = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) => Buffer.from(h, 'hex'));
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

describe('the Merkle tree (RFC 6962), against the reference implementation', () => {
  const leaves = LEAF_INPUTS.map(leafHashOf);

  it('computes the root of every prefix of the reference leaves', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe(ROOTS[0]);
    for (let n = 1; n <= 8; n++) {
      expect(merkleRoot(leaves.slice(0, n)).toString('hex'), `size ${n}`).toBe(ROOTS[n]);
      expect(rootOf(n, fromLeaves(leaves)).toString('hex'), `size ${n}`).toBe(ROOTS[n]);
    }
  });

  it('accepts every valid inclusion proof of the vectors and refuses every broken one', () => {
    expect(vectors.inclusion.length).toBeGreaterThan(90);
    for (const v of vectors.inclusion) {
      const ok = verifyInclusion(v.leafIdx, v.treeSize, b64(v.leafHash), (v.proof ?? []).map(b64), b64(v.root));
      expect(ok, v.file).toBe(!v.wantErr);
    }
  });

  it('accepts every valid consistency proof of the vectors and refuses every broken one', () => {
    expect(vectors.consistency.length).toBeGreaterThan(90);
    for (const v of vectors.consistency) {
      const ok = verifyConsistency(v.size1, v.size2, (v.proof ?? []).map(b64), b64(v.root1), b64(v.root2));
      expect(ok, v.file).toBe(!v.wantErr);
    }
  });

  it('builds the very proofs of the vectors, and proofs for larger trees that verify', () => {
    for (const v of vectors.inclusion.filter((x) => !x.wantErr && x.treeSize <= 8)) {
      expect(
        inclusionProof(v.leafIdx, v.treeSize, fromLeaves(leaves)).map((p) => p.toString('base64')),
        v.file,
      ).toEqual(v.proof ?? []);
    }
    for (const v of vectors.consistency.filter((x) => !x.wantErr && x.size2 <= 8)) {
      expect(
        consistencyProof(v.size1, v.size2, fromLeaves(leaves)).map((p) => p.toString('base64')),
        v.file,
      ).toEqual(v.proof ?? []);
    }
    const many = Array.from({ length: 77 }, (_, i) => leafHashOf(Buffer.from(`leaf ${i}`)));
    const tree = fromLeaves(many);
    for (const size of [1, 2, 3, 31, 32, 33, 64, 77]) {
      const root = rootOf(size, tree);
      for (const index of [0, 1, size >> 1, size - 1].filter((i) => i < size)) {
        expect(verifyInclusion(index, size, many[index]!, inclusionProof(index, size, tree), root), `${index} in ${size}`).toBe(true);
        expect(verifyInclusion(index, size, many[(index + 1) % 77]!, inclusionProof(index, size, tree), root)).toBe(false);
      }
      for (const from of [1, 2, 5, 16, size]) {
        if (from > size) continue;
        expect(verifyConsistency(from, size, consistencyProof(from, size, tree), rootOf(from, tree), root), `${from} to ${size}`).toBe(true);
      }
    }
  });

  it('appends from a stored compact range exactly as from the whole tree', () => {
    const many = Array.from({ length: 100 }, (_, i) => leafHashOf(Buffer.from(`leaf ${i}`)));
    const whole = fromLeaves(many);
    for (const [base, size] of [
      [0, 1],
      [1, 2],
      [7, 9],
      [32, 33],
      [33, 64],
      [45, 100],
      [99, 100],
    ] as const) {
      const partial = fromFrontier(base, frontierOf(base, whole), many.slice(base, size));
      expect(rootOf(size, partial)).toEqual(rootOf(size, whole));
      expect(frontierOf(size, partial)).toEqual(frontierOf(size, whole));
      for (let index = base; index < size; index++) expect(inclusionProof(index, size, partial)).toEqual(inclusionProof(index, size, whole));
    }
  });
});

describe('signed notes (C2SP signed-note), against the reference examples', () => {
  it("opens the specification's example note with its verifier key", () => {
    const key = parseVkey('example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k');
    const note = 'This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n';
    expect(openNote(note, [key]).verified).toHaveLength(1);
    expect(() => openNote(note.replace('example message', 'exemplary message'), [key])).toThrow(/does not verify/);
    // Unknown keys are ignored, as the format requires: nothing verified, nothing thrown.
    expect(openNote(note, []).verified).toHaveLength(0);
  });

  it('signs exactly as golang.org/x/mod/sumdb/note does with its documented key (Ed25519 is deterministic)', () => {
    const seed = Buffer.from('AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz', 'base64').subarray(1);
    const privateKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
    const publicKey = Buffer.from(privateKey.export({ format: 'jwk' }).x!, 'base64url');
    expect(encodeVkey('PeterNeumann', SIG_ED25519, publicKey)).toBe('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW');
    const text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    const id = Buffer.from('c74f20a3', 'hex');
    const signature = Buffer.concat([id, sign(null, Buffer.from(text), privateKey)]).toString('base64');
    expect(signature).toBe('x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=');
  });

  it('refuses a checkpoint that no trusted log key signed', () => {
    const key = parseVkey('example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k');
    expect(() => openCheckpoint('example.com/log\n1\nbjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=\n\n— other.example AAAAAAAA\n', [key])).toThrow(/no signature by a log key/);
  });
});
