import { formatList, text } from '../i18n/messages.js';
import type { LetterStats } from '../letters/stats.js';

/**
 * A letter's counts as the organizers' pages say them, in the interface language: "50 legislators
 * from 20 countries, 40 organizations and 12 individuals" (each part a plural, the parts a list).
 */
export function statsSummary(ui: string, stats: Pick<LetterStats, 'byKind' | 'legislatorCountries'>): string {
  const { legislator, organization, individual } = stats.byKind;
  const parts: string[] = [];
  if (legislator > 0) parts.push(text(ui, 'ws.stats.legislators', { count: legislator, countries: stats.legislatorCountries }));
  if (organization > 0) parts.push(text(ui, 'ws.stats.organizations', { count: organization }));
  if (individual > 0) parts.push(text(ui, 'ws.stats.individuals', { count: individual }));
  return parts.length ? formatList(ui, parts) : text(ui, 'ws.stats.none');
}
