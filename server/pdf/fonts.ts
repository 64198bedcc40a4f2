import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from '../paths.js';

/**
 * The fonts of every PDF: npm's @fontsource packages, and the Arabic-script and Tibetan fonts vendored under fonts/,
 * never the machine's, so a PDF looks the same wherever it is made. The document gets them as
 * @font-face rules with data: URLs (Chromium loads no file:// font into a setContent page), and
 * so does the running footer. Chromium's fontconfig sees none of the machine's fonts, only the
 * vendored TrueType files, which it serves by family name.
 */

const require = createRequire(import.meta.url);

/** Weights the templates use: text, and bold for names and headings. */
const WEIGHTS = [400, 700] as const;

interface FontPackage {
  family: string;
  npm: string;
  /** Also the italic of these weights (the addressee line). */
  italic?: boolean;
  /** When the package has fewer weights than WEIGHTS (the browser makes the bold). */
  weights?: readonly number[];
  /** The only characters the templates set in it (first and last code point). */
  scope?: [number, number];
}

/** The families that lead a font stack in the templates: text, headings and labels, the hash. */
const LEADS: FontPackage[] = [
  { family: 'Noto Serif', npm: '@fontsource/noto-serif', italic: true },
  { family: 'Noto Sans', npm: '@fontsource/noto-sans' },
  // Only the ledger's hash and the command that checks it: ASCII.
  { family: 'Noto Sans Mono', npm: '@fontsource/noto-sans-mono', scope: [0x20, 0x7e] },
];

/**
 * The families behind the leads, in the templates' order (FALLBACK_STACK). Scripts before CJK:
 * the CJK fonts hold a few Arabic letters too, and an Uyghur word set half in them would not join.
 * Simplified before traditional: the SC font has most traditional characters, the TC font the rest.
 */
const FALLBACKS: (FontPackage | VendoredFamily)[] = [
  // ✓ (verified) and other signs: the script fonts' "symbols" slices claim them but lack most.
  { family: 'Noto Sans Symbols 2', npm: '@fontsource/noto-sans-symbols-2', weights: [400] },
  'Noto Naskh Arabic',
  'Noto Serif Tibetan',
  { family: 'Noto Sans Hebrew', npm: '@fontsource/noto-sans-hebrew' },
  { family: 'Noto Sans Devanagari', npm: '@fontsource/noto-sans-devanagari' },
  { family: 'Noto Serif Thai', npm: '@fontsource/noto-serif-thai' },
  { family: 'Noto Serif SC', npm: '@fontsource/noto-serif-sc' },
  { family: 'Noto Serif TC', npm: '@fontsource/noto-serif-tc' },
];
export const FALLBACK_STACK = FALLBACKS.map((f) => `"${typeof f === 'string' ? f : f.family}"`).join(', ');
const PACKAGES = [...LEADS, ...FALLBACKS.filter((f): f is FontPackage => typeof f !== 'string')];

export const fontsDir = join(projectRoot, 'fonts');

/**
 * Debian's fonts (fonts-noto-core), under fonts/ with their licence. No npm package ships a
 * Tibetan font. npm's Arabic-script fonts (@fontsource's Naskh, Sans, Kufi: Google Fonts' builds)
 * print a text layer that readers take apart: "ئابدۇۋەلى ئايۇپ" copies as "ئ ابدۇ ۋ ەلى ئ ايۇ پ",
 * and a search for a signer's name finds nothing. Debian's build of Noto Naskh Arabic copies whole.
 */
const VENDORED = {
  'Noto Naskh Arabic': { files: ['NotoNaskhArabic-Regular.ttf', 'NotoNaskhArabic-Bold.ttf'], range: 'U+0600-06FF,U+0750-077F,U+08A0-08FF,U+200C-200F,U+FB50-FDFF,U+FE70-FEFF' },
  'Noto Serif Tibetan': { files: ['NotoSerifTibetan-Regular.ttf', 'NotoSerifTibetan-Bold.ttf'], range: 'U+0F00-0FFF,U+25CC' },
} as const;
type VendoredFamily = keyof typeof VENDORED;

interface Face {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** Empty for a vendored font, which fontconfig serves. */
  file: string;
  unicodeRange: string;
  /** Sorted, inclusive code point intervals of unicodeRange. */
  ranges: [number, number][];
  rule?: string;
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange
    .split(',')
    .map((part): [number, number] => {
      const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
    })
    .sort((a, b) => a[0] - b[0]);
}

function packageDir(npm: string): string {
  return dirname(require.resolve(`${npm}/package.json`));
}

/** Every slice of a family, read from the package's own CSS, so no slice is left out. */
function packageFaces({ family, npm, italic, weights = WEIGHTS }: FontPackage): Face[] {
  const dir = packageDir(npm);
  const faces: Face[] = [];
  const styles = italic ? (['normal', 'italic'] as const) : (['normal'] as const);
  for (const weight of weights) {
    for (const style of styles) {
      const css = readFileSync(join(dir, `${weight}${style === 'italic' ? '-italic' : ''}.css`), 'utf8');
      for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
        const body = block[1]!;
        const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(body)?.[1];
        const unicodeRange = /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim();
        if (!file || !unicodeRange) throw new Error(`${npm}: unexpected @font-face in ${weight}.css`);
        faces.push({ family, weight, style, file: join(dir, file), unicodeRange, ranges: parseRanges(unicodeRange) });
      }
    }
  }
  return faces;
}

let catalogue: Map<string, Face[]> | undefined;
/**
 * Every face, by family. The vendored fonts have no rule: they are whole TrueType files that
 * Chromium's fontconfig lists (fontconfigFile), found by family name at no cost per document;
 * their face here has no file, only the range it claims in fontFaceCss.
 */
function faces(): Map<string, Face[]> {
  catalogue ??= new Map([
    ...PACKAGES.map((pkg): [string, Face[]] => [pkg.family, packageFaces(pkg)]),
    ...Object.entries(VENDORED).map(([family, { range }]): [string, Face[]] => [family, [{ family, weight: 400, style: 'normal', file: '', unicodeRange: range, ranges: parseRanges(range) }]]),
  ]);
  return catalogue;
}

/** The face's rule with its file inlined, built once per process. */
function rule(face: Face): string {
  face.rule ??=
    `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:block;` +
    `src:url(data:font/woff2;base64,${readFileSync(face.file).toString('base64')}) format('woff2');` +
    `unicode-range:${face.unicodeRange};}`;
  return face.rule;
}

/** Sorted distinct code points of the texts, and of their upper case (text-transform). */
function codePoints(texts: string[]): number[] {
  const seen = new Set<number>();
  for (const text of texts) {
    for (const t of [text, text.toUpperCase()]) {
      for (const char of t) seen.add(char.codePointAt(0)!);
    }
  }
  return [...seen].sort((a, b) => a - b);
}

/** Index of the first element of the sorted list that is >= value. */
function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The points (sorted) that fall in the face's ranges. */
function pointsIn(face: Face, points: number[]): number[] {
  const found: number[] = [];
  for (const [from, to] of face.ranges) {
    for (let i = lowerBound(points, from); i < points.length && points[i]! <= to; i++) found.push(points[i]!);
  }
  return found;
}

/**
 * The @font-face rules a document needs, as the browser would pick them: every face of a lead
 * family that meets a character of the texts; then, for the characters some lead lacks, the faces
 * of the first fallback family that has them. A Latin-only letter carries no CJK slice, and a
 * CJK slice that also holds "#" is not carried for it.
 */
export function fontFaceCss(text: string, leads: readonly string[] = LEADS.map((lead) => lead.family)): string {
  const all = faces();
  const points = codePoints([text]);
  const chosen: Face[] = [];
  const covered = (family: string) => new Set(all.get(family)!.flatMap((face) => pointsIn(face, points)));
  const used = LEADS.filter((lead) => leads.includes(lead.family));
  for (const { family, scope } of used) {
    const inScope = scope ? points.filter((p) => p >= scope[0] && p <= scope[1]) : points;
    chosen.push(...all.get(family)!.filter((face) => pointsIn(face, inScope).length > 0));
  }
  // A character goes to the fallbacks when a lead that heads a stack of them lacks it.
  const heads = used.filter((lead) => !lead.scope).map((lead) => covered(lead.family));
  let missing = points.filter((p) => heads.some((head) => !head.has(p)));
  for (const fallback of FALLBACKS) {
    if (missing.length === 0) break;
    const family = typeof fallback === 'string' ? fallback : fallback.family;
    const familyFaces = all.get(family)!.filter((face) => pointsIn(face, missing).length > 0);
    chosen.push(...familyFaces);
    const claimed = new Set(familyFaces.flatMap((face) => pointsIn(face, missing)));
    missing = missing.filter((p) => !claimed.has(p));
  }
  return chosen
    .filter((face) => face.file)
    .map(rule)
    .join('\n');
}

/** What the renderer uses, for the start-up log. */
export function fontSummary(): string[] {
  const version = (npm: string) => {
    try {
      return (JSON.parse(readFileSync(join(packageDir(npm), 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'MISSING: run npm ci';
    }
  };
  return [
    ...PACKAGES.map(({ family, npm }) => `${family} (${npm} ${version(npm)})`),
    ...Object.entries(VENDORED).map(([family, { files }]) => `${family} (${files.map((file) => (existsSync(join(fontsDir, file)) ? join('fonts', file) : `MISSING fonts/${file}`)).join(', ')})`),
  ];
}

/**
 * A fontconfig file that shows Chromium none of the machine's fonts, only the vendored ones under
 * fonts/ (Arabic script and Tibetan, by name, in both weights). With no usable font at all Chromium printed blank
 * pages, and with the npm packages' woff or woff2 files listed its web fonts failed to load.
 * Kept in the temporary folder, named after the folder it lists, so processes share its cache.
 */
export function fontconfigFile(): string {
  const key = createHash('sha256').update(fontsDir).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `undersigned-pdf-fontconfig-${key}`);
  const conf = join(dir, 'fonts.conf');
  if (existsSync(conf)) return conf;
  mkdirSync(dir, { recursive: true });
  const staging = join(dir, `fonts.conf.${process.pid}`);
  writeFileSync(staging, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fontsDir}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`);
  renameSync(staging, conf); // whole or not at all, whoever writes last
  return conf;
}
