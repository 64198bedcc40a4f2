import { describe, expect, it } from 'vitest';
import { newLetter, newOrganizer, useTestApp } from './helpers/app.js';

const ctx = useTestApp();

const HOSTILE_BODY = [
  '# Appeal',
  '<script>alert("body")</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(2)">raw link</a>',
  '[markdown link](javascript:alert(3))',
  '[encoded](jav&#x09;ascript:alert(4))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)',
  '<svg onload=alert(6)></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '[fine](https://example.org/ok)',
].join('\n\n');

/** Every start tag of an HTML document, with its attributes as written. */
const tags = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: m[2]! }));

describe('hostile Markdown never reaches a page as markup', () => {
  it('no script, event handler or javascript:/data: link in the page or bodyHtml', async () => {
    const { auth } = await newOrganizer(ctx);
    const letter = await newLetter(ctx, auth, {
      title: '<script>alert("title")</script> Appeal',
      addressee: '<img src=x onerror=alert(7)>',
      body: HOSTILE_BODY,
    });
    const page = (await ctx.http.get(`/letters/${letter.slug}`).expect(200)).text;
    for (const html of [page, letter.bodyHtml as string]) {
      const found = tags(html);
      expect(found.filter((t) => ['script', 'iframe', 'svg', 'img', 'object', 'embed'].includes(t.name))).toEqual([]);
      expect(found.filter((t) => /\bon[a-z]+\s*=/i.test(t.attrs))).toEqual([]);
      const hrefs = found.flatMap((t) => [...t.attrs.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!));
      // Absolute web and mail links, and same-document ones (a path, a fragment, a query such as the language switcher's ?lang=).
      expect(hrefs.filter((h) => !/^(https?:|mailto:|\/|#|\?)/i.test(h))).toEqual([]);
    }
    // The words are still there for readers, as text.
    expect(page).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Appeal');
    expect(page).toContain('<a href="https://example.org/ok" rel="nofollow noopener noreferrer">fine</a>');
  });
});
