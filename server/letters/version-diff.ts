import { Diff } from '@ali-tas/htmldiff-js';
import { diffArrays } from 'diff';
import { type MarkdownBlock, renderMarkdownBlocks, sanitizeDiff } from './markdown.js';
import type { Changes, TranslationRevisionView, VersionView } from './schemas.js';
import { changesBetween } from './service.js';

/**
 * What changed between two texts as readers see them, for the history page. The title, the
 * addressee and the summary: a word diff of their plain text (as the API's `changes`). The body:
 * both versions rendered (sanitized Markdown), compared block by block; a changed block is shown
 * formatted, its words marked with <ins>/<del> by the HTML differ, with one unchanged block of
 * context on each side; the other unchanged blocks are only counted.
 */
export type ShownChange = Changes[number] | { field: string; blocks: ShownBlock[]; sameReading: boolean };
/** A stretch of the text shown (sanitized HTML, ours and the renderer's only), or the number of unchanged blocks left out. */
export type ShownBlock = { html: string } | { collapsed: number };

/** The words read out before a change (visually hidden), in the interface language. */
export interface DiffLabels {
  added: string;
  removed: string;
  /** The same words, formatted differently (made bold, say). */
  formatted: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** The labels in a reader's interface language, from its translator (req.t) and locale. */
export function diffLabels(t: (key: 'ws.diff.added' | 'ws.diff.removed' | 'ws.diff.formatted') => string, ui: { code: string; dir: 'ltr' | 'rtl' }): DiffLabels {
  return { added: t('ws.diff.added'), removed: t('ws.diff.removed'), formatted: t('ws.diff.formatted'), lang: ui.code, dir: ui.dir };
}

/**
 * How long one page may spend in the HTML differ, whose cost grows quickly with long, much
 * changed blocks: once it is spent, the changed blocks left are shown removed and added whole.
 * A letter's real edits take a few milliseconds; this bounds what a contrived text can cost.
 */
export class DiffBudget {
  readonly #until: number;
  constructor(ms = 300) {
    this.#until = performance.now() + ms;
  }
  get spent() {
    return performance.now() > this.#until;
  }
}

/** The longest text (in words, each side) the HTML differ is given at once; longer changed blocks are shown removed and added whole. */
const MAX_WORDS = 400;
const wordsIn = (html: string) => html.split(/\s+/).length;

const VERSION_FIELDS = ['title', 'addressee', 'summary', 'body'] as const;
const REVISION_FIELDS = ['title', 'addressee', 'body'] as const;

/** The versions (oldest first), each with what changed from the one before as readers see it. */
export function showVersions(versions: VersionView[], labels: DiffLabels, budget = new DiffBudget()) {
  return versions.map((v, i) => ({ ...v, changes: i === 0 ? null : showChanges(versions[i - 1]!, v, VERSION_FIELDS, labels, budget) }));
}

/** A translation's revisions (by language, oldest first), each with what changed from the same language's one before. */
export function showRevisions(revisions: TranslationRevisionView[], labels: DiffLabels, budget = new DiffBudget()) {
  return revisions.map((r, i) => {
    const before = revisions[i - 1];
    return { ...r, changes: before && before.language === r.language ? showChanges(before, r, REVISION_FIELDS, labels, budget) : null };
  });
}

export function showChanges<F extends string>(before: Record<F, string | null>, after: Record<F, string | null>, fields: readonly F[], labels: DiffLabels, budget = new DiffBudget()): ShownChange[] {
  return fields
    .filter((field) => (before[field] ?? '') !== (after[field] ?? ''))
    .flatMap((field): ShownChange[] => (field === 'body' ? [{ field, ...bodyDiff(before[field] ?? '', after[field] ?? '', labels, budget) }] : changesBetween(before, after, [field])));
}

/** The blocks shown around each change: one unchanged block before and one after. */
const CONTEXT = 1;

export function bodyDiff(before: string, after: string, labels: DiffLabels, budget = new DiffBudget()): { blocks: ShownBlock[]; sameReading: boolean } {
  const older = renderMarkdownBlocks(before);
  const newer = renderMarkdownBlocks(after);
  const key = (b: MarkdownBlock) => (b.list ? `${b.list.ordered ? 'ol' : 'ul'}\n${b.html}` : b.html);
  type Entry = { old?: MarkdownBlock; new?: MarkdownBlock; same: boolean };
  const entries: Entry[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(older.map(key), newer.map(key))) {
    for (let k = 0; k < part.value.length; k++) {
      if (part.added) entries.push({ new: newer[j++], same: false });
      else if (part.removed) entries.push({ old: older[i++], same: false });
      else entries.push({ old: older[i++], new: newer[j++], same: true });
    }
  }
  // Only the Markdown differs (spacing, a `*` for a `_`): the text reads the same.
  if (entries.every((e) => e.same)) return { blocks: [{ collapsed: entries.length }], sameReading: true };

  const shown = entries.map((e) => !e.same);
  entries.forEach((e, k) => {
    if (e.same) return;
    for (const step of [-1, 1]) {
      let p = k + step;
      let left = CONTEXT;
      while (left > 0 && p >= 0 && p < entries.length) {
        if (entries[p]!.same) {
          shown[p] = true;
          left--;
        }
        p += step;
      }
    }
  });

  // A list is the same list on both sides when an unchanged item of it is (for its container).
  const sameList = new Map<number, number>();
  for (const e of entries) if (e.same && e.old?.list && e.new?.list) sameList.set(e.old.list.id, e.new.list.id);
  const listOf = (b: MarkdownBlock, side: 'old' | 'new'): Piece['list'] => {
    if (!b.list) return undefined;
    const id = side === 'new' ? b.list.id : sameList.get(b.list.id);
    return { key: `${b.list.ordered ? 'ol' : 'ul'}${id === undefined ? `o${b.list.id}` : `n${id}`}`, ordered: b.list.ordered, number: b.list.number };
  };

  /** Blocks removed and the blocks put in their place: their words compared, or else each shown removed or added whole. */
  const compared = (olds: MarkdownBlock[], news: MarkdownBlock[]): Piece[] => {
    const lists = [...olds.map((b) => listOf(b, 'old')), ...news.map((b) => listOf(b, 'new'))];
    const join = (bs: MarkdownBlock[]) => bs.map((b) => `${b.html}\n`).join('');
    const [olderHtml, newerHtml] = [join(olds), join(news)];
    if (olds.length && news.length && lists.every((l) => l?.key === lists[0]?.key) && wordsIn(olderHtml) <= MAX_WORDS && wordsIn(newerHtml) <= MAX_WORDS && !budget.spent) {
      // Rewritten in place: the words compared, within the blocks' own elements.
      return [{ html: Diff.execute(olderHtml, newerHtml).trim(), list: lists[olds.length] }];
    }
    return [...olds.map((b) => ({ html: wholly(b.html, 'del'), list: listOf(b, 'old') })), ...news.map((b) => ({ html: wholly(b.html, 'ins'), list: listOf(b, 'new') }))];
  };

  const blocks: ShownBlock[] = [];
  for (let k = 0; k < entries.length; ) {
    let end = k;
    while (end < entries.length && shown[end] === shown[k]) end++;
    if (!shown[k]) {
      blocks.push({ collapsed: end - k });
      k = end;
      continue;
    }
    const pieces: Piece[] = [];
    for (let m = k; m < end; ) {
      const entry = entries[m]!;
      if (entry.same) {
        pieces.push({ html: entry.new!.html, list: listOf(entry.new!, 'new') });
        m++;
        continue;
      }
      // A change: the blocks removed and added between two unchanged ones.
      const olds: MarkdownBlock[] = [];
      const news: MarkdownBlock[] = [];
      for (; m < end && !entries[m]!.same; m++) {
        if (entries[m]!.old) olds.push(entries[m]!.old!);
        if (entries[m]!.new) news.push(entries[m]!.new!);
      }
      // As many blocks on each side (paragraphs edited in place): compared one with one. Otherwise
      // the stretch at once, when it is short enough and within one list (or none).
      const pairs: Array<[MarkdownBlock[], MarkdownBlock[]]> = olds.length === news.length ? olds.map((b, n) => [[b], [news[n]!]]) : [[olds, news]];
      for (const [older, newer] of pairs) pieces.push(...compared(older, newer));
    }
    blocks.push({ html: labelled(sanitizeDiff(joinPieces(pieces)), labels) });
    k = end;
  }
  return { blocks, sameReading: false };
}

/** Some HTML shown, in the list it is an item of (if it is). */
interface Piece {
  html: string;
  list?: { key: string; ordered: boolean; number: number };
}

/** Pieces into one piece of HTML: consecutive items of a list in their list, numbered from the first one shown. */
function joinPieces(pieces: Piece[]): string {
  let html = '';
  let open: Piece['list'];
  const close = () => {
    if (open) html += open.ordered ? '</ol>\n' : '</ul>\n';
    open = undefined;
  };
  for (const piece of pieces) {
    if (open && piece.list?.key !== open.key) close();
    if (piece.list && !open) {
      open = piece.list;
      html += !open.ordered ? '<ul>\n' : open.number === 1 ? '<ol>\n' : `<ol start="${open.number}">\n`;
    }
    html += `${piece.html}\n`;
  }
  close();
  return html;
}

/** A block added or removed whole: its content marked, inside its own element (a table or a rule around it). */
function wholly(html: string, mark: 'ins' | 'del'): string {
  const element = /^<(\w+)([^>]*)>([\s\S]*)<\/\1>$/.exec(html);
  if (!element || element[1] === 'table') return `<${mark}>${html}</${mark}>`;
  return `<${element[1]}${element[2]}><${mark}>${element[3]}</${mark}></${element[1]}>`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Marks every <ins> and <del> of sanitized HTML with words a screen reader says (visually hidden:
 * its own language and direction, which also keeps it out of the text's `dir="auto"`), and drops
 * the marks around nothing but spaces, and the spaces at their start.
 */
function labelled(html: string, labels: DiffLabels): string {
  const label = (text: string) => `<span class="diff-label" lang="${escapeHtml(labels.lang)}" dir="${labels.dir}">${escapeHtml(text)} </span>`;
  return (
    html
      .replace(/<(ins|del)(?: class="mod")?>([\s\u00a0]*)<\/\1>/g, '$2')
      // The space before a marked word is the text's, not the change's (the differ moves it inside).
      .replace(/<(ins|del)((?: class="mod")?)>[\s\u00a0]+/g, ' <$1$2>')
      .replace(/<ins class="mod">/g, `<ins class="mod">${label(labels.formatted)}`)
      .replace(/<ins>/g, `<ins>${label(labels.added)}`)
      .replace(/<del>/g, `<del>${label(labels.removed)}`)
  );
}
