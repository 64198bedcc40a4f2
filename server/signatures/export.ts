import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/client.js';
import { formulaSafe } from '../letters/dossier.js';
import type { Sealer } from '../sealer.js';
import type { AddressReader } from '../audit/service.js';
import { signatureReader } from './moderation.js';
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
  // Added later, so at the end: a spreadsheet's columns stay where they were.
  'verifiedDomain',
  'websiteDomain',
  'emailDomain',
  'emailDomainShared',
  'emailHidden',
] as const;

/**
 * Every signature of a letter as formula-safe CSV, for its organizers (any role may export; each
 * address shows as the reader may see it, like the list: addresses.ts). Read in pages of 1,000;
 * `onProgress` hears after each. One audit entry records the export; `operator` when the
 * command line reads.
 */
export async function exportSignaturesCsv(
  deps: { db: Db; sealer: Sealer },
  organizerId: string,
  slug: string,
  { onProgress, operator }: { onProgress?: (done: number) => void; operator?: AddressReader['operator'] } = {},
): Promise<string> {
  const reader = await signatureReader(deps, organizerId, slug);
  const all: OrganizerSignatureView[] = [];
  let cursor: string | undefined;
  do {
    const page = await reader.page({ limit: 1000, cursor });
    all.push(...page.items);
    onProgress?.(all.length);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  await reader.recordRead({ organizerId, operator }, 'CSV export', all);
  const rows = all.map((s) => COLUMNS.map((c) => formulaSafe(s[c] === null || s[c] === undefined ? '' : String(s[c]))));
  return stringify([[...COLUMNS], ...rows], { bom: true, record_delimiter: 'windows' });
}
