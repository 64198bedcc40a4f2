import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the Markdown is shown as text, not interpreted; markdown-it also refuses
// javascript:, vbscript: and data: links. sanitize-html then enforces an allow-list on the
// result, so a flaw in either layer alone still lets no script reach a page.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 's', 'code', 'pre', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['style'], td: ['style'] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // The letter's title is the page's only h1.
  transformTags: {
    h1: 'h2',
    // Only absolute web and mail links: a relative href means nothing in a letter, and is one
    // more place for an obfuscated scheme to hide.
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      const safeHref: sanitizeHtml.Attributes = href && /^(https?:\/\/|mailto:)/i.test(href) ? { href } : {};
      return { tagName, attribs: { ...safeHref, ...rest, rel: 'nofollow noopener noreferrer' } };
    },
  },
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), ALLOWED);
}

/** One top-level block of a rendered text (a paragraph, a heading, a list item…), sanitized. */
export interface MarkdownBlock {
  html: string;
  /** For a list item: which list of the text it is in (its index), of which kind, and its number. */
  list?: { id: number; ordered: boolean; number: number };
}

/**
 * The text rendered block by block, for comparing two versions: the same HTML as renderMarkdown,
 * cut at its top level, each list item a block of its own. The blocks share the text's
 * references (a `[link][ref]` defined elsewhere in it still resolves).
 */
export function renderMarkdownBlocks(source: string): MarkdownBlock[] {
  const env = {};
  const tokens = markdown.parse(source, env);
  const render = (from: number, to: number) => sanitizeHtml(markdown.renderer.render(tokens.slice(from, to), markdown.options, env), ALLOWED).trim();
  /** The index just past the block opened at `i` (the token that closes it, at the same level). */
  const end = (i: number) => {
    const level = tokens[i]!.level;
    if (tokens[i]!.nesting !== 1) return i + 1;
    let j = i + 1;
    while (j < tokens.length && !(tokens[j]!.level === level && tokens[j]!.nesting === -1)) j++;
    return j + 1;
  };
  const blocks: MarkdownBlock[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const next = end(i);
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      const ordered = token.type === 'ordered_list_open';
      let number = Number(token.attrGet('start') ?? 1);
      for (let k = i + 1; k < next - 1; ) {
        const itemEnd = end(k);
        blocks.push({ html: render(k, itemEnd), list: { id: i, ordered, number: number++ } });
        k = itemEnd;
      }
    } else {
      const html = render(i, next);
      if (html) blocks.push({ html });
    }
    i = next;
  }
  return blocks;
}

const DIFF_ALLOWED: sanitizeHtml.IOptions = {
  ...ALLOWED,
  allowedTags: [...(ALLOWED.allowedTags as string[]), 'ins', 'del'],
  allowedAttributes: { ...ALLOWED.allowedAttributes, ins: ['class'] },
  // A change of formatting only (the same words, now bold) is marked `mod` by the differ.
  allowedClasses: { ins: ['mod'] },
};

/** A comparison of sanitized blocks (see renderMarkdownBlocks) sanitized again: the same allow-list, plus <ins> and <del>. */
export function sanitizeDiff(html: string): string {
  return sanitizeHtml(html, DIFF_ALLOWED);
}
