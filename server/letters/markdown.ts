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
