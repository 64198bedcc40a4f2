import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/client.js';
import { formulaSafe } from '../letters/dossier.js';
import type { Sealer } from '../sealer.js';
import { listAll } from './moderation.js';
import type { OrganizerSignatureView } from './schemas.js';

const COLUMNS = [
  'email',
  'name',
  'kind',
  'title',
  'parliament',
  'party',
  'organization',
  'role',
  'website',
  'country',
  'display',
  'status',
  'moderation',
  'verifiedBy',
  'version',
  'founding',
  'createdAt',
  'confirmedAt',
  'withdrawnAt',
  'verifiedDomain',
  'websiteDomain',
  'emailDomain',
] as const;

/**
 * Every signature of a letter with its address, as formula-safe CSV, for its organizers (any
 * role may read). Read in pages of 1,000; `onProgress` hears after each.
 */
export async function exportSignaturesCsv(deps: { db: Db; sealer: Sealer }, organizerId: string, slug: string, onProgress?: (done: number) => void): Promise<string> {
  const all: OrganizerSignatureView[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAll(deps, organizerId, slug, { limit: 1000, cursor });
    all.push(...page.items);
    onProgress?.(all.length);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const rows = all.map((s) => COLUMNS.map((c) => formulaSafe(s[c] === null || s[c] === undefined ? '' : String(s[c]))));
  return stringify([[...COLUMNS], ...rows], { bom: true, record_delimiter: 'windows' });
}
