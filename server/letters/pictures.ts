import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { and, eq, sql } from 'drizzle-orm';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Db } from '../db/client.js';
import { letters, signatures } from '../db/schema.js';
import { countryName } from '../countries.js';
import { formatDate, formatNumber, text } from '../i18n/messages.js';
import { publicCondition, publicDay } from '../signatures/visibility.js';

/**
 * The pictures of a letter's signatures, drawn on the server as SVG (no script, nothing from
 * elsewhere): how they grew day by day, and where the signatories are. Each comes with the words
 * that say the same for a reader who cannot see it.
 */

export interface PublicTally {
  /** Public signatures per day they joined the list (YYYY-MM-DD, UTC), oldest first. */
  days: { day: string; n: number }[];
  /** Public signatures by country, and those of legislators alone. */
  byCountry: Record<string, number>;
  legislatorsByCountry: Record<string, number>;
}

/** What the pictures show: the public signatures only, by the day they joined the list (never the hour). */
export async function publicTally(db: Db, slug: string): Promise<PublicTally> {
  const rows = await db
    .select({ day: publicDay, kind: signatures.kind, country: signatures.country, n: sql<number>`count(*)::int` })
    .from(signatures)
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .where(and(eq(letters.slug, slug), publicCondition()))
    .groupBy(publicDay, signatures.kind, signatures.country);
  const perDay = new Map<string, number>();
  const byCountry: Record<string, number> = {};
  const legislatorsByCountry: Record<string, number> = {};
  for (const { day, kind, country, n } of rows) {
    perDay.set(day, (perDay.get(day) ?? 0) + n);
    byCountry[country] = (byCountry[country] ?? 0) + n;
    if (kind === 'legislator') legislatorsByCountry[country] = (legislatorsByCountry[country] ?? 0) + n;
  }
  const days = [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, n]) => ({ day, n }));
  return { days, byCountry, legislatorsByCountry };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The map's colours: no signatory, other signatories, legislators (the darkest).
const LAND = '#e4e0d7';
const SIGNED = '#9db4d4';
const LEGISLATORS = '#1f4e8c';
const MAP = { width: 960, height: 470 };

const require = createRequire(import.meta.url);
let shapes: { code: string; d: string }[] | undefined;

/**
 * Every country's outline, projected once per process: Natural Earth's 1:50m countries (world-atlas,
 * which keeps small states such as Malta and Singapore), simplified to a light drawing.
 */
function countryShapes(): { code: string; d: string }[] {
  if (shapes) return shapes;
  const world = presimplify(require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>);
  // Keeps the points that matter most (a 5% quantile of their weights is dropped): ~80 kB of drawing.
  const light = simplify(world, quantile(world, 0.05));
  const collection = feature(light, light.objects.countries);
  const codeOf = (id: string | number | undefined, name: string) => (id === undefined ? (name === 'Kosovo' ? 'XK' : undefined) : countries.numericToAlpha2(String(id)));
  const drawn = collection.features.filter((f) => codeOf(f.id, f.properties.name) !== 'AQ');
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP.width - 4, MAP.height - 4],
    ],
    { type: 'FeatureCollection', features: drawn },
  );
  const path = geoPath(projection).digits(0);
  // One path per country, its pieces joined (Natural Earth draws some countries in several).
  const byCode = new Map<string, string>();
  for (const f of drawn) {
    const code = codeOf(f.id, f.properties.name);
    const d = path(f);
    if (code && d) byCode.set(code, (byCode.get(code) ?? '') + d);
  }
  shapes = [...byCode].map(([code, d]) => ({ code, d }));
  return shapes;
}

/** The words of the map, for its alt text and its caption. */
export function mapWords(ui: string, tally: PublicTally) {
  return {
    heading: text(ui, 'pictures.mapHeading'),
    alt: text(ui, 'pictures.mapAlt', { countries: Object.keys(tally.byCountry).length, legislatorCountries: Object.keys(tally.legislatorsByCountry).length }),
    legislators: text(ui, 'pictures.legendLegislators'),
    others: text(ui, 'pictures.legendSignatories'),
    // The same, as a list: each country, its signatories and its legislators, the most first.
    countries: Object.entries(tally.byCountry)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([code, n]) => text(ui, 'pictures.countryLine', { country: countryName(code, ui), n, legislators: tally.legislatorsByCountry[code] ?? 0 })),
  };
}

/** The world map: countries of legislators darkest, of other signatories lighter, each named with its count. */
export function mapSvg(ui: string, tally: PublicTally): string {
  const words = mapWords(ui, tally);
  const paths = countryShapes()
    .map(({ code, d }) => {
      const n = tally.byCountry[code] ?? 0;
      const fill = tally.legislatorsByCountry[code] ? LEGISLATORS : n ? SIGNED : LAND;
      const label = n ? `<title>${escapeXml(`${countryName(code, ui)}: ${formatNumber(ui, n)}`)}</title>` : '';
      return `<path d="${d}" fill="${fill}">${label}</path>`;
    })
    .join('');
  const legendY = MAP.height - 46;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP.width} ${MAP.height}" role="img" aria-labelledby="map-title" lang="${escapeXml(ui)}">` +
    `<title id="map-title">${escapeXml(words.alt)}</title>` +
    `<g stroke="#fdfcfa" stroke-width="0.4">${paths}</g>` +
    `<g font-family="Noto Sans, system-ui, sans-serif" font-size="17" fill="#333">` +
    `<rect x="12" y="${legendY}" width="16" height="16" fill="${LEGISLATORS}"/><text x="36" y="${legendY + 14}">${escapeXml(words.legislators)}</text>` +
    `<rect x="12" y="${legendY + 22}" width="16" height="16" fill="${SIGNED}"/><text x="36" y="${legendY + 36}">${escapeXml(words.others)}</text>` +
    `</g></svg>`
  );
}

const CHART = { width: 640, height: 260, left: 56, right: 16, top: 16, bottom: 36 };

/** The words of the chart: its alt text says what it shows (the total, the span, the busiest day). */
export function timelineWords(ui: string, tally: PublicTally) {
  const total = tally.days.reduce((sum, d) => sum + d.n, 0);
  const peak = tally.days.reduce((best, d) => (d.n > best.n ? d : best), { day: '', n: 0 });
  return {
    heading: text(ui, 'pictures.timelineHeading'),
    alt: tally.days.length
      ? text(ui, 'pictures.timelineAlt', { total, from: formatDate(ui, tally.days[0]!.day), to: formatDate(ui, tally.days.at(-1)!.day), peakDay: formatDate(ui, peak.day), peak: peak.n })
      : text(ui, 'summary.none'),
  };
}

/** Signatures over time: the running total, day by day, as an area under a line. */
export function timelineSvg(ui: string, tally: PublicTally): string {
  const words = timelineWords(ui, tally);
  const { width, height, left, right, top, bottom } = CHART;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  // Running totals at each day from the first to the last, with the days of no signature in between.
  const points: { day: string; total: number }[] = [];
  if (tally.days.length) {
    const byDay = new Map(tally.days.map((d) => [d.day, d.n]));
    let total = 0;
    for (let t = Date.parse(tally.days[0]!.day), end = Date.parse(tally.days.at(-1)!.day); t <= end; t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      total += byDay.get(day) ?? 0;
      points.push({ day, total });
    }
  }
  const max = Math.max(1, ...points.map((p) => p.total));
  const x = (i: number) => left + (points.length > 1 ? (i / (points.length - 1)) * plotW : plotW / 2);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.total).toFixed(1)}`).join('');
  const area = points.length ? `${line}L${x(points.length - 1).toFixed(1)},${y(0)}L${x(0).toFixed(1)},${y(0)}Z` : '';
  const label = (px: number, py: number, s: string, anchor = 'start') => `<text x="${px.toFixed(1)}" y="${py.toFixed(1)}" text-anchor="${anchor}">${escapeXml(s)}</text>`;
  const first = points[0];
  const last = points.at(-1);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="timeline-title" lang="${escapeXml(ui)}">` +
    `<title id="timeline-title">${escapeXml(words.alt)}</title>` +
    `<g stroke="#c9c4b8" stroke-width="1"><line x1="${left}" y1="${y(0)}" x2="${width - right}" y2="${y(0)}"/><line x1="${left}" y1="${top}" x2="${left}" y2="${y(0)}"/></g>` +
    (area ? `<path d="${area}" fill="#9db4d4" fill-opacity="0.5"/><path d="${line}" fill="none" stroke="#1f4e8c" stroke-width="2.5"/>` : '') +
    // A single day is a point, which a line does not draw: a dot at it.
    (points.length === 1 ? `<circle cx="${x(0).toFixed(1)}" cy="${y(points[0]!.total).toFixed(1)}" r="6" fill="#1f4e8c"/>` : '') +
    `<g font-family="Noto Sans, system-ui, sans-serif" font-size="13" fill="#333">` +
    label(left - 6, top + 10, formatNumber(ui, max), 'end') +
    label(left - 6, y(0), '0', 'end') +
    (first ? label(left, height - 12, formatDate(ui, first.day)) : '') +
    (last && points.length > 1 ? label(width - right, height - 12, formatDate(ui, last.day), 'end') : '') +
    `</g></svg>`
  );
}
