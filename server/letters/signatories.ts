import { SIGNER_KINDS, type SignerKind } from '../db/schema.js';
import { countryName } from '../countries.js';
import type { PublicSignatureView } from '../signatures/schemas.js';

/**
 * The signatory list as people read it, on the page and in the PDF: founding signatories first;
 * then legislators grouped by country (country names in the reader's language) and sorted by
 * surname with the language's collation; organizations alphabetically; individuals last.
 */

export interface Listed extends PublicSignatureView {
  /** In the interface language the list was ordered for. */
  countryName: string;
}
export interface Group {
  /** The legislators' country, in the interface language. */
  heading: string | null;
  people: Listed[];
}
export interface Section {
  kind: SignerKind;
  count: number;
  groups: Group[];
}
export interface Tier {
  /** The founding signatories, listed first. */
  founding: boolean;
  /** The other signatories, after founding ones (headed as such only then). */
  split: boolean;
  sections: Section[];
}

// Names written family-name first, without spaces (Chinese, Japanese, Korean): sorted as written.
const FAMILY_FIRST = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

export function surname(name: string): string {
  const trimmed = name.trim();
  if (FAMILY_FIRST.test(trimmed)) return trimmed;
  return trimmed.split(/\s+/).at(-1) ?? trimmed;
}

function collatorFor(language: string): Intl.Collator {
  try {
    return new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  } catch {
    return new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  }
}

/** Every listed signatory in reading order (see above). */
export function order(items: PublicSignatureView[], language: string): Listed[] {
  const collator = collatorFor(language);
  const names = new Map<string, string>();
  const nameOf = (code: string) => {
    let name = names.get(code);
    if (!name) {
      name = countryName(code, language);
      names.set(code, name);
    }
    return name;
  };
  const KIND_ORDER: Record<SignerKind, number> = { legislator: 0, organization: 1, individual: 2 };
  const keyed = items.map((s) => ({
    s: { ...s, countryName: nameOf(s.country) },
    surname: surname(s.name),
  }));
  keyed.sort(
    (a, b) =>
      Number(b.s.founding) - Number(a.s.founding) ||
      KIND_ORDER[a.s.kind] - KIND_ORDER[b.s.kind] ||
      (a.s.kind === 'legislator' ? collator.compare(a.s.countryName, b.s.countryName) : 0) ||
      (a.s.kind === 'organization' ? collator.compare(a.s.organization ?? '', b.s.organization ?? '') : 0) ||
      collator.compare(a.surname, b.surname) ||
      collator.compare(a.s.name, b.s.name),
  );
  return keyed.map((k) => k.s);
}

/** Groups an ordered slice for display; `counts` are the whole letter's per-kind totals. */
export function tiers(list: Listed[], counts: Record<SignerKind, number>): Tier[] {
  const sectionsOf = (people: Listed[], withCounts: boolean): Section[] =>
    SIGNER_KINDS.map((kind) => {
      const ofKind = people.filter((p) => p.kind === kind);
      const groups: Group[] = [];
      for (const person of ofKind) {
        const heading = kind === 'legislator' ? person.countryName : null;
        const last = groups.at(-1);
        if (last && last.heading === heading) last.people.push(person);
        else groups.push({ heading, people: [person] });
      }
      return { kind, count: withCounts ? counts[kind] : ofKind.length, groups };
    }).filter((s) => s.groups.length > 0 || (withCounts && s.count > 0));
  const founding = list.filter((p) => p.founding);
  const others = list.filter((p) => !p.founding);
  if (founding.length === 0) return [{ founding: false, split: false, sections: sectionsOf(others, true) }];
  return [
    { founding: true, split: false, sections: sectionsOf(founding, false) },
    { founding: false, split: true, sections: sectionsOf(others, false) },
  ];
}
