import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { ledgerCosignatures, ledgerHeads, witnessedLogs, witnessPeers } from '../db/schema.js';
import { type Outcome, outcome } from '../effects.js';
import { AppError } from '../errors.js';
import { reachLetter } from '../letters/access.js';
import { addressesOf, openCheckpoint, openNote, parseCheckpoint, parseNote, parseVkey, SIG_COSIGNATURE, verifyConsistency, type Vkey } from '../../public/verify-ledger.mjs';
import type { LedgerKeys } from './keys.js';

/**
 * Instances witness each other's letters (WITNESS_PEERS). On a schedule, a witness reads each
 * peer's published logs, checks every signed head against its peer's pinned key and against the
 * last head it saw of that log (a consistency proof, RFC 9162), keeps the head, and cosigns it
 * (C2SP tlog-cosignature), handing the cosignature to the peer, which serves it beside its head.
 * A head that does not extend the last one (a rollback, a fork) is kept as evidence and the log
 * is never cosigned again.
 */

const FETCH_TIMEOUT_MS = 10_000;
/** A cosignature dated further in the future than this is refused (clocks drift a little). */
const FUTURE_SLACK_SECONDS = 600;

export interface WitnessDeps {
  db: Db;
  keys: LedgerKeys;
  peers: readonly string[];
  now: () => Date;
  fetch?: typeof fetch;
}

interface PeerDocument {
  keys: Array<{ vkey: string; purpose: string }>;
  logs: Array<{ origin: string; url: string; checkpoint: string }>;
}

export interface WitnessReport {
  /** Heads checked and cosigned. */
  cosigned: number;
  /** Logs whose head was already the one last cosigned. */
  unchanged: number;
  /** What went wrong, one line each: an unreachable peer, a head that is not consistent. */
  problems: string[];
}

async function get(deps: WitnessDeps, url: string, as: 'json' | 'text') {
  const response = await (deps.fetch ?? fetch)(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: as === 'json' ? 'application/json' : 'text/plain' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return as === 'json' ? response.json() : response.text();
}

/**
 * A peer's keys, pinned: the first keys seen are kept, later ones are added (a rotation), none
 * is ever dropped, so a peer cannot swap its key for another unseen.
 */
async function pinPeer(deps: WitnessDeps, peer: string, doc: PeerDocument) {
  const [known] = await deps.db.select().from(witnessPeers).where(eq(witnessPeers.url, peer));
  const of = (purpose: string) => doc.keys.filter((k) => k.purpose === purpose).map((k) => parseVkey(k.vkey).vkey);
  const logKeys = [...new Set([...(known?.logKeys ?? []), ...of('log')])];
  const witnessKeys = [...new Set([...(known?.witnessKeys ?? []), ...of('witness')])];
  const row = { url: peer, logKeys, witnessKeys, fetchedAt: deps.now() };
  await deps.db.insert(witnessPeers).values(row).onConflictDoUpdate({ target: witnessPeers.url, set: row });
  return { logKeys: logKeys.map(parseVkey), witnessKeys: witnessKeys.map(parseVkey) };
}

/** One round over every peer's logs. */
export async function witnessRound(deps: WitnessDeps): Promise<WitnessReport> {
  const report: WitnessReport = { cosigned: 0, unchanged: 0, problems: [] };
  for (const peer of deps.peers) {
    let doc: PeerDocument;
    let trusted: Vkey[];
    try {
      doc = (await get(deps, `${peer}/.well-known/undersigned-ledger`, 'json')) as PeerDocument;
      trusted = (await pinPeer(deps, peer, doc)).logKeys;
    } catch (err) {
      report.problems.push(`${peer}: ${(err as Error).message}`);
      continue;
    }
    for (const log of doc.logs) {
      // A peer names only its own addresses: the witness fetches nothing else on its word.
      if (!log.url.startsWith(`${peer}/`) || !log.checkpoint.startsWith(`${peer}/`)) {
        report.problems.push(`${peer}: the log ${log.origin} is served from outside the peer (${log.checkpoint}); not fetched`);
        continue;
      }
      try {
        const outcome = await witnessLog(deps, peer, log, trusted);
        if (outcome === 'cosigned') report.cosigned += 1;
        else if (outcome === 'unchanged') report.unchanged += 1;
        else report.problems.push(`${log.origin}: ${outcome}`);
      } catch (err) {
        report.problems.push(`${log.origin}: ${(err as Error).message}`);
      }
    }
  }
  return report;
}

async function witnessLog(deps: WitnessDeps, peer: string, log: PeerDocument['logs'][number], trusted: Vkey[]): Promise<'cosigned' | 'unchanged' | string> {
  const note = (await get(deps, log.checkpoint, 'text')) as string;
  const head = openCheckpoint(note, trusted);
  if (head.origin !== log.origin) return `the checkpoint names the log ${head.origin}`;
  const root = head.root.toString('hex');
  const [last] = await deps.db.select().from(witnessedLogs).where(eq(witnessedLogs.origin, log.origin));
  if (last?.evidence) return `not cosigned: ${last.evidence.problem}`;
  const problem = last ? await inconsistency(deps, log.url, last, head.size, root) : null;
  if (problem) {
    const evidence = { seen: note, previous: last!.checkpoint, problem, at: deps.now().toISOString() };
    await deps.db.update(witnessedLogs).set({ evidence }).where(eq(witnessedLogs.origin, log.origin));
    return problem;
  }
  // Cosigned already, unless the peer never took the cosignature (it was down, or refused it):
  // then it is handed in again.
  if (last && last.treeSize === head.size && openNote(note, [parseVkey(await deps.keys.witnessKey())]).verified.length > 0) return 'unchanged';
  const row = { origin: log.origin, url: log.url, peer, treeSize: head.size, rootHash: root, checkpoint: note, checkedAt: deps.now() };
  await deps.db.insert(witnessedLogs).values(row).onConflictDoUpdate({ target: witnessedLogs.origin, set: row });
  const { line } = await deps.keys.cosign(head.text, deps.now());
  const { api } = addressesOf(log.url);
  const response = await (deps.fetch ?? fetch)(`${api}/ledger/cosignatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ checkpoint: note + line }),
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (!response.ok) return `the peer refused the cosignature: HTTP ${response.status} ${await response.text()}`;
  return 'cosigned';
}

/** Why the head of `size` and `root` cannot follow the one last seen; null when it does. */
async function inconsistency(deps: WitnessDeps, url: string, last: typeof witnessedLogs.$inferSelect, size: number, root: string): Promise<string | null> {
  if (size < last.treeSize) return `rolled back: the log signs ${size} entries after signing ${last.treeSize}`;
  if (size === last.treeSize) return root === last.rootHash ? null : `forked: two different trees of ${size} entries`;
  if (last.treeSize === 0) return null;
  const { api } = addressesOf(url);
  const proof = (await get(deps, `${api}/ledger/proof/consistency?from=${last.treeSize}&to=${size}`, 'json')) as { consistency: string[] };
  const ok = verifyConsistency(
    last.treeSize,
    size,
    proof.consistency.map((h) => Buffer.from(h, 'hex')),
    Buffer.from(last.rootHash, 'hex'),
    Buffer.from(root, 'hex'),
  );
  return ok ? null : `rewritten: the head of ${size} entries does not extend the head of ${last.treeSize} seen before`;
}

/** The witness keys of the configured peers, as pinned (fetching any peer not pinned yet). */
export async function peerWitnessKeys(deps: WitnessDeps): Promise<Vkey[]> {
  const pinned = await deps.db.select().from(witnessPeers);
  const keys = pinned.filter((p) => deps.peers.includes(p.url)).flatMap((p) => p.witnessKeys.map(parseVkey));
  for (const peer of deps.peers.filter((p) => !pinned.some((k) => k.url === p))) {
    try {
      const doc = (await get(deps, `${peer}/.well-known/undersigned-ledger`, 'json')) as PeerDocument;
      keys.push(...(await pinPeer(deps, peer, doc)).witnessKeys);
    } catch {
      // unreachable now: its cosignatures wait for the next time it hands them in
    }
  }
  return keys;
}

/**
 * A peer hands in cosignatures of one of this letter's heads. Only a head this instance signed,
 * only cosignatures by the witness keys of its configured peers (verified), each kept once; a
 * note with none by such a key is refused (403), so a stranger's hand-in is not taken for a peer's.
 */
export async function receiveCosignatures(deps: WitnessDeps, slug: string, note: string): Promise<Outcome<{ accepted: number }>> {
  const { row: letter } = await reachLetter(deps.db, slug, { as: 'public' });
  let text: string;
  try {
    ({ text } = parseNote(note));
  } catch (err) {
    throw new AppError(400, 'MALFORMED_CHECKPOINT', `checkpoint: ${(err as Error).message}`);
  }
  let head: ReturnType<typeof parseCheckpoint>;
  try {
    head = parseCheckpoint(text);
  } catch (err) {
    throw new AppError(400, 'MALFORMED_CHECKPOINT', `checkpoint: ${(err as Error).message}`);
  }
  if (head.origin !== deps.keys.origin(letter.slug)) throw new AppError(409, 'UNKNOWN_HEAD', 'checkpoint: it is not a head of this letter');
  const [signed] = await deps.db
    .select({ rootHash: ledgerHeads.rootHash })
    .from(ledgerHeads)
    .where(and(eq(ledgerHeads.letterId, letter.id), eq(ledgerHeads.treeSize, head.size)));
  if (!signed || signed.rootHash !== head.root.toString('hex')) throw new AppError(409, 'UNKNOWN_HEAD', 'checkpoint: this instance never signed this head');
  let verified: ReturnType<typeof openNote>['verified'];
  try {
    verified = openNote(note, await peerWitnessKeys(deps)).verified.filter((v) => v.key.type === SIG_COSIGNATURE);
  } catch (err) {
    throw new AppError(400, 'BAD_COSIGNATURE', `checkpoint: ${(err as Error).message}`);
  }
  // Signatures by unknown keys are skipped when a note is opened; handed in alone, they are refused.
  if (verified.length === 0) throw new AppError(403, 'UNKNOWN_WITNESS', 'checkpoint: no cosignature by the witness key of a peer of this instance');
  const nowSeconds = deps.now().getTime() / 1000;
  const lines = new Map(parseNote(note).signatures.map((s) => [`${s.name}:${s.id.toString('hex')}`, s.line]));
  let accepted = 0;
  for (const v of verified) {
    if ((v.timestamp ?? 0) > nowSeconds + FUTURE_SLACK_SECONDS) continue;
    const rows = await deps.db
      .insert(ledgerCosignatures)
      .values({
        letterId: letter.id,
        treeSize: head.size,
        witness: v.key.vkey,
        cosignedAt: new Date((v.timestamp ?? 0) * 1000),
        line: lines.get(`${v.key.name}:${v.key.id.toString('hex')}`)!,
      })
      .onConflictDoNothing()
      .returning({ witness: ledgerCosignatures.witness });
    accepted += rows.length;
  }
  // The letter's JSON, page and PDF say how many witnesses cosigned.
  return outcome({ accepted }, accepted > 0 ? { refresh: [letter.slug] } : {});
}
