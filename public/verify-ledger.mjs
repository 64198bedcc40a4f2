#!/usr/bin/env node
// Checks an Undersigned letter's signatory ledger against its public list, from the outside.
//
//   node verify-ledger.mjs https://example.org/letters/SLUG [--head HASH] [--receipt POSITION:HASH]
//
// It needs Node 18 or later and nothing else: read it, it is short. The format it checks is
// described in docs/LEDGER.md; the server chains entries with the very functions exported here.
// Exit status: 0 consistent, 1 inconsistent (the first inconsistency is named), 2 could not check.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const FORMAT = /** @type {const} */ ('undersigned-ledger-v1');
/** The previous hash of the first entry. */
export const GENESIS = '0'.repeat(64);
/** Events after which the signature is on the public list, with the entry's content... */
export const ENTERING = ['confirmed', 'approved', 'reconsented'];
/** ...and events after which it is not. */
export const LEAVING = ['withdrawn', 'rejected'];

/**
 * @typedef {{ position: number, event: string, ref: string, day: string, contentHash: string | null }} EntryFields
 * @typedef {EntryFields & { content: string | null, prev: string, hash: string }} Entry
 * @typedef {{ length: number, head: string, entries: Entry[] }} Ledger
 * @typedef {{ ref?: string } & Record<string, unknown>} ListItem
 * @typedef {{ total: number, byKind: Record<string, number>, byCountry: Record<string, number> }} Stats
 * @typedef {{ position?: number, ref?: string, message: string }} Problem
 * @typedef {{ ok: boolean, problems: Problem[], entries: number, head: string, listed: number, anonymous: number }} Report
 */

/** @param {string} text */
export const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

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
  if (![...ENTERING, ...LEAVING].includes(e.event)) return `its event "${e.event}" is unknown`;
  if (typeof e.ref !== 'string' || !UUID.test(e.ref)) return 'its ref is not a UUID';
  if (typeof e.day !== 'string' || !DAY.test(e.day)) return 'its day is not YYYY-MM-DD';
  if (e.contentHash !== null && !(typeof e.contentHash === 'string' && HEX64.test(e.contentHash))) return 'its content hash is not SHA-256 hex';
  if (ENTERING.includes(e.event) !== (e.contentHash !== null)) return 'it has content where it should not, or none where it should';
  return null;
}

/** @param {unknown} value */
const show = (value) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/**
 * Recomputes the chain, replays it into the set of public signatories, and compares that with the
 * public list and the counts. `expect` holds what you kept from earlier: a head printed on a PDF,
 * or a signer's receipt; each must still be in the chain.
 * @param {{ ledger: Ledger, items: ListItem[], stats: Stats, expect?: { heads?: string[], receipts?: Array<{ position: number, hash: string }> } }} input
 * @returns {Report}
 */
export function verifyLedger({ ledger, items, stats, expect = {} }) {
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
  const hashes = new Set(entries.map((e) => e.hash));
  for (const head of expect.heads ?? []) {
    if (!hashes.has(head)) problems.push({ message: `the head ${head} you hold is not in this ledger: the ledger was rewritten after it was published` });
  }
  for (const receipt of expect.receipts ?? []) {
    const e = entries[receipt.position - 1];
    if (!e || e.hash !== receipt.hash) {
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

  problems.sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
  return { ok: problems.length === 0, problems, entries: entries.length, head: ledger.head, listed: seen.size, anonymous };
}

/** @param {Report} report @returns {string} */
export function formatReport(report) {
  const lines = [`${report.entries} ledger entries, head ${report.head}`];
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
 * Everything the check needs, from a letter's public address (its page or its API address).
 * Fetched twice over if the ledger moved meanwhile, so that a signature arriving during the
 * fetch is not mistaken for tampering.
 * @param {string} letterUrl
 * @returns {Promise<{ ledger: Ledger, items: ListItem[], stats: Stats }>}
 */
export async function fetchRecords(letterUrl) {
  const url = new URL(letterUrl);
  const match = url.pathname.match(/^(.*?)\/(?:api\/v1\/)?letters\/([a-z0-9-]+)/);
  if (!match) throw new Error(`${letterUrl} is not the address of a letter (…/letters/SLUG)`);
  const api = `${url.origin}${match[1]}/api/v1/letters/${match[2]}`;
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
    const after = await getJson(`${api}/ledger?limit=1`);
    if (after.head === first.head || attempt === 3) {
      return { ledger: { length: first.length, head: first.head, entries: entries.slice(0, first.length) }, items, stats };
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { head: { type: 'string', multiple: true }, receipt: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  const [letterUrl] = positionals;
  if (values.help || !letterUrl) {
    process.stdout.write('Usage: node verify-ledger.mjs https://HOST/letters/SLUG [--head HASH]... [--receipt POSITION:HASH]...\n');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const receipts = (values.receipt ?? []).map((r) => {
    const [position, hash] = r.split(':');
    if (!position || !hash || !/^\d+$/.test(position)) throw new Error(`--receipt ${r}: write it POSITION:HASH`);
    return { position: Number(position), hash };
  });
  const records = await fetchRecords(letterUrl);
  const report = verifyLedger({ ...records, expect: { heads: values.head, receipts } });
  process.stdout.write(`${formatReport(report)}\n`);
  process.exitCode = report.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((/** @type {Error} */ err) => {
    process.stderr.write(`verify-ledger: ${err.message}\n`);
    process.exitCode = 2;
  });
}
