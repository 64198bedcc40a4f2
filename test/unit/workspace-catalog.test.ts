import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import workspace from '../../server/i18n/catalogs/en/workspace.js';
import { formatDateTime, html, text } from '../../server/i18n/messages.js';

// The organizers' side reads its words from the English catalog's `ws.` keys: every key the
// templates and the code name must be there, and every message must be valid ICU MessageFormat.

const root = join(import.meta.dirname, '..', '..');
const CATALOG = join(root, 'server', 'i18n', 'catalogs', 'en', 'workspace.ts');

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

/** Every `ws.` key used, with the files naming it: `{{t "ws.…"}}` in templates, `'ws.…'` in code. */
function usedKeys(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const add = (key: string, file: string) => used.set(key, [...(used.get(key) ?? []), relative(root, file)]);
  for (const file of filesUnder(join(root, 'templates'), '.hbs')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt "(ws\.[\w.-]+)"/g)) add(m[1]!, file);
  }
  for (const file of filesUnder(join(root, 'server'), '.ts')) {
    if (file === CATALOG) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/'(ws\.[\w.-]+)'/g)) add(m[1]!, file);
  }
  return used;
}

describe("the organizers' catalog (ws.)", () => {
  const catalog = workspace as Record<string, string>;
  const used = usedKeys();

  it('has every key the templates and the code use', () => {
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !(key in catalog)).map(([key, files]) => `${key} (${files.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('holds only ws. keys, each of them used somewhere', () => {
    const keys = Object.keys(catalog);
    expect(keys.filter((k) => !k.startsWith('ws.'))).toEqual([]);
    expect(keys.filter((k) => !used.has(k))).toEqual([]);
  });

  it('has messages that parse as ICU MessageFormat, with typographic apostrophes', () => {
    for (const [key, source] of Object.entries(catalog)) {
      expect(() => new IntlMessageFormat(source, 'en', undefined, { ignoreTag: false }), key).not.toThrow();
      // An ASCII apostrophe is ICU's quote character, and HTML-escaped on pages: English writes ’.
      expect(source.includes("'"), `${key} has an ASCII apostrophe`).toBe(false);
    }
  });

  it('is said in the interface language, user-written values escaped, and writes dates and times in any', () => {
    expect(text('ar', 'ws.login.title')).toBe('تسجيل الدخول');
    expect(html('ug', 'ws.signedInAs', { email: '<a@b.example>' }).html).toContain('&lt;a@b.example&gt;');
    expect(html('ug', 'ws.signedInAs', { email: 'a@b.example' }).html).not.toContain('Signed in');
    for (const ui of ['en', 'ar', 'ja', 'ug', 'bo']) expect(formatDateTime(ui, '2026-12-02T18:53:00Z')).toMatch(/2026/);
  });
});
