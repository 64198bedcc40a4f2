import { and, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { SIGNER_KINDS, type SignerKind, signatures } from '../db/schema.js';
import { publicCondition } from '../signatures/visibility.js';

export interface LetterStats {
  total: number;
  byKind: Record<SignerKind, number>;
  byCountry: Record<string, number>;
  countries: number;
  /** Countries of the legislators alone (see StatsCounts). */
  legislatorCountries: number;
  withheld: number;
  summary: string;
}

export interface StatsCounts {
  byKind: Record<SignerKind, number>;
  byCountry: Record<string, number>;
  /** Countries of the legislators alone: joint letters say "N legislators from M countries". */
  legislatorCountries: number;
  /** Counted, with names not yet published (see signatures/publication.ts). */
  withheld?: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "50 legislators from 20 countries, 40 organizations and 12 individuals". */
export function summarize({ byKind, legislatorCountries }: StatsCounts): string {
  const parts: string[] = [];
  if (byKind.legislator > 0) {
    parts.push(`${plural(byKind.legislator, 'legislator', 'legislators')} from ${plural(legislatorCountries, 'country', 'countries')}`);
  }
  if (byKind.organization > 0) parts.push(plural(byKind.organization, 'organization', 'organizations'));
  if (byKind.individual > 0) parts.push(plural(byKind.individual, 'individual', 'individuals'));
  if (parts.length === 0) return 'No signatures yet';
  const last = parts.pop() as string;
  return parts.length ? `${parts.join(', ')} and ${last}` : last;
}

export function buildStats(counts: StatsCounts): LetterStats {
  const total = SIGNER_KINDS.reduce((sum, kind) => sum + counts.byKind[kind], 0);
  return {
    total,
    byKind: { ...counts.byKind },
    byCountry: { ...counts.byCountry },
    countries: Object.keys(counts.byCountry).length,
    legislatorCountries: counts.legislatorCountries,
    withheld: counts.withheld ?? 0,
    summary: summarize(counts),
  };
}

export const EMPTY_COUNTS: StatsCounts = {
  byKind: { legislator: 0, organization: 0, individual: 0 },
  byCountry: {},
  legislatorCountries: 0,
};

/**
 * Stats of several letters at once, keyed by letter id: one grouped count over the public
 * signatures (see signatures/visibility.ts; anonymous ones count). Counted at read time, so they are
 * exact the moment a confirmation commits, with no counter row for every signature to contend on.
 */
export async function statsFor(db: Db | Tx, letterIds: string[]): Promise<Map<string, LetterStats>> {
  const counts = new Map<string, StatsCounts>(letterIds.map((id) => [id, { byKind: { legislator: 0, organization: 0, individual: 0 }, byCountry: {}, legislatorCountries: 0 }]));
  if (letterIds.length > 0) {
    const rows = await db
      .select({
        letterId: signatures.letterId,
        kind: signatures.kind,
        country: signatures.country,
        n: sql<number>`count(*)::int`,
        withheld: sql<number>`(count(*) filter (where ${signatures.display} <> 'anonymous' and ${signatures.namedAt} is null))::int`,
      })
      .from(signatures)
      .where(and(inArray(signatures.letterId, letterIds), publicCondition()))
      .groupBy(signatures.letterId, signatures.kind, signatures.country);
    for (const row of rows) {
      const c = counts.get(row.letterId);
      if (!c) continue;
      c.byKind[row.kind] += row.n;
      c.byCountry[row.country] = (c.byCountry[row.country] ?? 0) + row.n;
      c.withheld = (c.withheld ?? 0) + row.withheld;
      if (row.kind === 'legislator') c.legislatorCountries += 1;
    }
  }
  return new Map([...counts].map(([id, c]) => [id, buildStats(c)]));
}
