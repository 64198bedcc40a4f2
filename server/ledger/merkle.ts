import { frontierRanges, nodeHash, rootFromFrontier } from '../../public/verify-ledger.mjs';

/**
 * Proofs over a letter's Merkle tree (RFC 9162, 2.1.3 and 2.1.4). Verification lives in
 * public/verify-ledger.mjs, which anyone runs; this side only builds proofs and roots.
 *
 * Every function takes a `SubtreeHash`: the hash of leaves [start, end), MTH(D[start:end]).
 * Two sources answer it: the whole list of leaves (`fromLeaves`, for proofs on demand), or a
 * stored compact range plus the leaves appended after it (`fromFrontier`, for the batch a
 * chaining transaction appends, without reading the rest of the tree).
 */
export type SubtreeHash = (start: number, end: number) => Buffer;

/** The largest power of two smaller than n (n > 1). */
const split = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);

function memoized(compute: (start: number, end: number, self: SubtreeHash) => Buffer): SubtreeHash {
  const memo = new Map<string, Buffer>();
  const self: SubtreeHash = (start, end) => {
    const key = `${start}:${end}`;
    let hash = memo.get(key);
    if (!hash) {
      hash = compute(start, end, self);
      memo.set(key, hash);
    }
    return hash;
  };
  return self;
}

/** MTH over a list of leaf hashes. */
export const fromLeaves = (leaves: readonly Buffer[]): SubtreeHash =>
  memoized((start, end, self) => {
    if (end - start === 1) return leaves[start]!;
    const k = split(end - start);
    return nodeHash(self(start, start + k), self(start + k, end));
  });

/**
 * MTH over a tree of `base` leaves known by its compact range (`frontier`, as `frontierRanges`
 * lists it) and the leaves appended after it. Any subtree a proof for an appended leaf or the new
 * root needs is either a node of the range, or made of such nodes and appended leaves.
 */
export function fromFrontier(base: number, frontier: readonly Buffer[], appended: readonly Buffer[]): SubtreeHash {
  const stored = new Map(frontierRanges(base).map(([s, e], i) => [`${s}:${e}`, frontier[i]!]));
  return memoized((start, end, self) => {
    const known = stored.get(`${start}:${end}`);
    if (known) return known;
    if (start >= base) {
      if (end - start === 1) return appended[start - base]!;
    } else if (end <= base) {
      throw new Error(`subtree ${start}-${end} lies inside the stored range: it is not kept`);
    }
    const k = split(end - start);
    return nodeHash(self(start, start + k), self(start + k, end));
  });
}

/** The compact range of the first `size` leaves (what a head stores to append after it). */
export const frontierOf = (size: number, hash: SubtreeHash): Buffer[] => frontierRanges(size).map(([s, e]) => hash(s, e));

/** The root of the first `size` leaves. */
export const rootOf = (size: number, hash: SubtreeHash): Buffer => rootFromFrontier(frontierOf(size, hash));

/** PATH(m, D[0:n]): the inclusion proof of leaf `index` in the tree of `size` leaves. */
export function inclusionProof(index: number, size: number, hash: SubtreeHash): Buffer[] {
  if (index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  const path = (m: number, start: number, end: number): Buffer[] => {
    if (end - start === 1) return [];
    const k = split(end - start);
    return m - start < k ? [...path(m, start, start + k), hash(start + k, end)] : [...path(m, start + k, end), hash(start, start + k)];
  };
  return path(index, 0, size);
}

/** PROOF(m, D[0:n]): the consistency proof from the tree of `size1` leaves to that of `size2`. */
export function consistencyProof(size1: number, size2: number, hash: SubtreeHash): Buffer[] {
  if (size1 < 1 || size2 < size1) throw new RangeError(`no consistency proof from ${size1} to ${size2}`);
  const subproof = (m: number, start: number, end: number, whole: boolean): Buffer[] => {
    if (m === end - start) return whole ? [] : [hash(start, end)];
    const k = split(end - start);
    return m <= k ? [...subproof(m, start, start + k, whole), hash(start + k, end)] : [...subproof(m - k, start + k, end, false), hash(start, start + k)];
  };
  return subproof(size1, 0, size2, true);
}
