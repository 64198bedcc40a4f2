import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../server/paths.js';
import { FALLBACK_STACK, fontFaceCss } from '../../server/pdf/fonts.js';

const families = (css: string) => new Set([...css.matchAll(/font-family:'([^']+)'/g)].map((m) => m[1]));

describe('the fonts of a PDF', () => {
  it("are only those its characters need, as the browser would pick them from the templates' stacks", () => {
    const latin = fontFaceCss('<p>Jiří Dienstbier · Олена Кондратюк # = 1 / 2</p>');
    expect(families(latin)).toEqual(new Set(['Noto Serif', 'Noto Sans', 'Noto Sans Mono']));

    const mixed = fontFaceCss('<p>王丹 ئىلھام توختى བསྟན་འཛིན་</p>');
    // Uyghur and Tibetan have no rule: Chromium's fontconfig serves the vendored TrueType files by name.
    // And the CJK fonts' few Arabic letters are not used for the Uyghur name (it would not join).
    expect(families(mixed)).toEqual(new Set(['Noto Serif', 'Noto Sans', 'Noto Sans Mono', 'Noto Serif SC']));
    // Every slice that holds 王 is there, in both weights, and no slice the text does not need.
    const sc = [...mixed.matchAll(/@font-face\{font-family:'Noto Serif SC'[^}]*\}/g)].map((m) => m[0]);
    expect(sc.length).toBeGreaterThanOrEqual(2);
    for (const rule of sc) expect(rule).toMatch(/unicode-range:[^;]*U\+(4e39|738b|4e00-)/i);
    expect(mixed).toMatch(/^@font-face\{font-family:'Noto Serif SC'[^}]*font-weight:700;/m);
    // ✓ (verified) is claimed by the script fonts' symbol slices, which lack it.
    expect(families(fontFaceCss('✓'))).toContain('Noto Sans Symbols 2');
    // The fonts are inlined: nothing in a PDF fetches.
    expect(mixed).not.toMatch(/url\((?!data:)/);
  });

  it('are named in the same order in the templates as in fonts.ts', () => {
    const letter = readFileSync(join(paths.templates, 'pdf', 'letter.hbs'), 'utf8');
    const footer = readFileSync(join(paths.templates, 'pdf', 'footer.hbs'), 'utf8');
    expect(letter).toContain(`font-family: "Noto Serif", ${FALLBACK_STACK}, serif;`);
    expect(letter).toContain(`font-family: "Noto Sans", ${FALLBACK_STACK}, sans-serif;`);
    expect(footer).toContain(`font: 8pt 'Noto Sans', ${FALLBACK_STACK.replaceAll('"', "'")}, sans-serif;`);
  });
});
