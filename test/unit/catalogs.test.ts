import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import en from '../../server/i18n/catalogs/en/index.js';
import { CATALOGS } from '../../server/i18n/catalogs/index.js';
import { CATALOG_COUNTRY_NAMES } from '../../server/i18n/country-names.js';
import { LOCALES } from '../../server/i18n/locales.js';
import { formatList, text } from '../../server/i18n/messages.js';

// Values that may be the same as English: symbols, placeholders alone, and a language's own name for its list patterns.
const SAME_AS_ENGLISH = new Set([
  'list.start',
  'list.middle',
  'list.count',
  'list.separator',
  'signatories.withheldCountry',
  'signatories.verified',
  'signatories.verifiedDomain',
  'home.to',
  'withdraw.signedAt',
  'pdf.page',
  'ws.section.pageTitle',
  // Words these languages share with English.
  'de:site.optional',
  'de:ws.col.name',
  'de:ws.col.status',
  'de:ws.filter.status',
  'de:ws.col.moderation',
  'de:ws.col.browser',
  'de:ws.field.body',
  'de:ws.workspace.text',
  'cs:ws.col.role',
  'cs:ws.team.role',
  'it:ws.col.browser',
]);

/** The arguments and tags a message uses, from its syntax tree ("{kind, select, legislator {Legislators} …}" uses kind, not Legislators). */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if ('value' in el && el.type !== 0) found.add(`${el.type === 8 ? '<' : ''}${el.value}`);
      if ('options' in el) for (const option of Object.values(el.options)) walk(option.value);
      if ('children' in el) walk(el.children);
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...found].sort();
}

/** The plural categories a message's plurals use, besides exact matches (=0, =1). */
function pluralCategoriesOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === 6) for (const category of Object.keys(el.options)) if (!category.startsWith('=')) found.add(category);
      if ('options' in el) for (const option of Object.values(el.options)) walk(option.value);
      if ('children' in el) walk(el.children);
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...found];
}

// Every interface language but the source.
const others = LOCALES.filter((l) => l.code !== 'en');

describe('the message catalogs', () => {
  it('has a catalog for every interface language', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual(LOCALES.map((l) => l.code).sort());
  });

  it.each(others.map((l) => l.code))('%s has every key of the English catalog (public pages, mail, PDF and the organizers’ side), no other, each a well-formed message that is not English', (code) => {
    const catalog = CATALOGS[code] as Record<string, string>;
    expect(catalog).toBeDefined();
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(catalog)) {
      expect(() => parse(value, { ignoreTag: false }), `${code} ${key}`).not.toThrow();
      if (!SAME_AS_ENGLISH.has(key) && !SAME_AS_ENGLISH.has(`${code}:${key}`)) expect(value, `${code} ${key} is the English text`).not.toBe((en as Record<string, string>)[key]);
      // The same placeholders as the English message: a translation that drops {title} loses what it names.
      expect(argumentsOf(value), `${code} ${key}`).toEqual(argumentsOf((en as Record<string, string>)[key]!));
      // Plurals by the language's own CLDR categories: a Japanese "one" would never be chosen, a Russian without "few" would say "2 подписей".
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
      for (const category of pluralCategoriesOf(value)) expect(categories, `${code} ${key}: plural category ${category}`).toContain(category);
    }
  });

  it('formats plurals by each language’s rules, and lists where ICU has no patterns', () => {
    expect(text('en', 'summary.organizations', { n: 1 })).toBe('1 organization');
    expect(text('ru', 'summary.organizations', { n: 5 })).not.toBe(text('ru', 'summary.organizations', { n: 2 }));
    // Uyghur and Tibetan: ICU joins lists in English; the catalogs' own patterns do it.
    for (const code of ['ug', 'bo']) {
      const joined = formatList(code, ['A', 'B', 'C']);
      expect(joined).not.toContain(' and ');
      expect(joined).toMatch(/A.*B.*C/);
    }
  });

  it('names every country in Tibetan, which ICU does not', () => {
    const names = CATALOG_COUNTRY_NAMES.bo!;
    expect(Object.keys(names).length).toBeGreaterThanOrEqual(240);
    for (const name of Object.values(names)) expect(name).toMatch(/\p{Script=Tibetan}/u);
  });
});
