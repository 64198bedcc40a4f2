/**
 * The ledger's cost, for npm run bench: confirmations through the API (each chained and answered
 * with its receipt), and, straight to PostgreSQL, the design the app uses against the obvious one.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { desc, eq, isNotNull, and, sql } from 'drizzle-orm';
import { createDatabase, type Db } from '../server/db/client.js';
import { ledgerEntries, signatures, signatureTokens } from '../server/db/schema.js';
import { chainPending, LedgerChainer, ledgerView, recordEvents } from '../server/ledger/chain.js';
import { LedgerKeys } from '../server/ledger/keys.js';
import { verifyFromDatabase } from '../server/ledger/service.js';
import { Sealer } from '../server/sealer.js';
import { entryHash, GENESIS, sha256 } from '../public/verify-ledger.mjs';
import type { SeedDeps } from './support.js';

/** Pending signatures with confirmation links, as if each signer had just received the mail. */
export async function pendingSigners({ db, sealer, tokens }: SeedDeps, letterId: string, count: number): Promise<string[]> {
  const links: string[] = [];
  for (let from = 0; from < count; from += 1000) {
    const n = Math.min(1000, count - from);
    const rows = await db
      .insert(signatures)
      .values(
        Array.from({ length: n }, (_, i) => ({
          letterId,
          letterVersion: 1,
          kind: 'individual' as const,
          name: `Confirming Signer ${from + i}`,
          country: 'GB',
          emailSealed: sealer.seal(`confirm-${from + i}@example.org`),
          emailIndex: sealer.index(`confirm-${from + i}@example.org`),
        })),
      )
      .returning({ id: signatures.id });
    const issued = rows.map((r) => ({ ...tokens.issue('confirm'), signatureId: r.id }));
    await db.insert(signatureTokens).values(issued.map((t) => ({ tokenHash: t.hash, purpose: 'confirm' as const, signatureId: t.signatureId, expiresAt: new Date(Date.now() + 86_400_000) })));
    links.push(...issued.map((t) => t.token));
  }
  return links;
}

/** POST /api/v1/signatures/confirm with a new link each time; then the letter's ledger is verified. */
export async function confirmLoad(base: string, db: Db, secret: string, slug: string, links: string[], options: { connections: number; seconds: number }) {
  let next = 0;
  const r = await autocannon({
    url: `${base}/api/v1/signatures/confirm`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: options.connections,
    duration: options.seconds,
    // Each signer from their own address, as they are: the per-address limit on links is not what is measured.
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ token: links[next++ % links.length] }),
          headers: { ...req.headers, 'x-forwarded-for': `10.${(next >> 16) & 255}.${(next >> 8) & 255}.${next & 255}` },
        }),
      },
    ],
  });
  // autocannon stops on the clock, not when the last answers arrive: let those finish first.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const report = await verifyFromDatabase(db, new LedgerKeys(db, new Sealer(secret), base), slug);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    ledgerEntries: report.entries,
    ledgerVerified: report.ok,
    firstProblem: report.problems[0]?.message ?? null,
    linksUsed: Math.min(next, links.length),
    linksSeeded: links.length,
  };
}

type Design = 'none' | 'two-step' | 'two-step-queued' | 'one-step';

/**
 * A confirmation four ways, at the same concurrency: no ledger; the app's two steps (events
 * written with the change, then chained under the letter's advisory lock, many at a time); the two
 * steps with every request taking the lock in turn; and the obvious one step (take the letter's
 * lock inside the confirming transaction, read the head, append).
 */
export async function ledgerDesigns(url: string, secret: string, letterIds: Record<Design, string>, options: { connections: number; seconds: number }) {
  const database = await createDatabase({ databaseUrl: url, dataDir: '', poolSize: options.connections });
  const { db } = database;
  const newSignature = (letterId: string) => ({
    letterId,
    letterVersion: 1,
    kind: 'individual' as const,
    name: 'Ledger Design',
    country: 'GB',
    emailSealed: 'x',
    emailIndex: randomUUID(),
    status: 'confirmed' as const,
    confirmedAt: new Date(),
  });
  // The same keys the server made (one instance's keys are in its database, sealed under its secret).
  const keys = new LedgerKeys(db, new Sealer(secret), 'http://bench.invalid');
  const chainer = new LedgerChainer((letterId) => chainPending(db, keys, letterId));
  const confirmOnce: Record<Design, (letterId: string) => Promise<void>> = {
    none: async (letterId) => {
      await db.transaction(async (tx) => {
        await tx.insert(signatures).values(newSignature(letterId));
      });
    },
    'two-step': async (letterId) => {
      await db.transaction(async (tx) => {
        const [row] = await tx.insert(signatures).values(newSignature(letterId)).returning({ id: signatures.id });
        await recordEvents(tx, letterId, [row!.id], 'confirmed', new Date());
      });
      await chainer.settle(letterId);
    },
    'two-step-queued': async (letterId) => {
      await db.transaction(async (tx) => {
        const [row] = await tx.insert(signatures).values(newSignature(letterId)).returning({ id: signatures.id });
        await recordEvents(tx, letterId, [row!.id], 'confirmed', new Date());
      });
      // Without the group commit: every request takes the letter's lock in turn.
      await chainPending(db, keys, letterId);
    },
    'one-step': async (letterId) => {
      await db.transaction(async (tx) => {
        const [row] = await tx.insert(signatures).values(newSignature(letterId)).returning();
        await tx.execute(sql`select pg_advisory_xact_lock(1, hashtext(${letterId}))`);
        const [head] = await tx
          .select({ position: ledgerEntries.position, hash: ledgerEntries.hash })
          .from(ledgerEntries)
          .where(and(eq(ledgerEntries.letterId, letterId), isNotNull(ledgerEntries.position)))
          .orderBy(desc(ledgerEntries.position))
          .limit(1);
        const content = JSON.stringify(ledgerView(row!));
        const entry = { position: (head?.position ?? 0) + 1, event: 'confirmed' as const, ref: row!.id, day: '2026-11-28', contentHash: sha256(content) };
        const prev = head?.hash ?? GENESIS;
        await tx.insert(ledgerEntries).values({ ...entry, letterId, content, prevHash: prev, hash: entryHash(prev, entry) });
      });
    },
  };
  const results: Record<string, number> = {};
  try {
    for (const design of ['none', 'two-step', 'two-step-queued', 'one-step'] as const) {
      const end = Date.now() + options.seconds * 1000;
      const latencies: number[] = [];
      const started = performance.now();
      await Promise.all(
        Array.from({ length: options.connections }, async () => {
          while (Date.now() < end) {
            const start = performance.now();
            await confirmOnce[design](letterIds[design]);
            latencies.push(performance.now() - start);
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      results[`${design}Tps`] = latencies.length / elapsed;
      results[`${design}P99`] = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
    }
  } finally {
    await database.close();
  }
  return results;
}
