import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';

// The registry that tells whether a signer claiming to be a legislator writes from an
// official domain of that legislature. These checks guard its shape, not the facts in it:
// those are checked by hand against each entry's `source`.

interface Legislature {
  id: unknown;
  country: unknown;
  name: unknown;
  chambers: unknown;
  aliases: unknown;
  domains: unknown;
  source: unknown;
}

const registry = JSON.parse(readFileSync(new URL('../../data/legislatures.json', import.meta.url), 'utf8')) as { $comment?: unknown; legislatures: Legislature[] };
const legislatures = registry.legislatures;

const HOSTNAME = /^(?=.{4,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/;
const REQUIRED_COUNTRIES = ['GB', 'US', 'CA', 'AU', 'NZ', 'JP', 'DE', 'FR', 'IT', 'NL', 'BE', 'SE', 'NO', 'DK', 'CZ', 'LT', 'CH', 'IE', 'UA', 'PH', 'IN', 'XK', 'UG', 'EU'];

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

describe('data/legislatures.json', () => {
  it('is a documented list of a useful size', () => {
    // An empty or truncated file would silently make every legislator unverifiable.
    expect(isNonEmptyString(registry.$comment)).toBe(true);
    expect(Array.isArray(legislatures)).toBe(true);
    expect(legislatures.length).toBeGreaterThanOrEqual(30);
  });

  it('has unique, well-formed ids, kept in order', () => {
    // Ids are how a signature refers to a legislature: a duplicate would make the reference ambiguous.
    const ids = legislatures.map((entry) => entry.id);
    for (const id of ids) expect(id).toMatch(/^[a-z]{2}-[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    // Sorted entries keep additions reviewable and duplicates easy to spot.
    expect(ids).toEqual([...ids].sort());
  });

  it('gives each entry a real country code', () => {
    // A typo in the code would file the legislature under the wrong country (or none);
    // EU is the one non-country allowed, for the European Parliament.
    for (const { id, country } of legislatures) {
      expect(country, String(id)).toMatch(/^[A-Z]{2}$/);
      if (country !== 'EU') expect(countries.isValid(country as string), `${String(id)}: ${String(country)}`).toBe(true);
    }
  });

  it('names each legislature and its chambers', () => {
    // Names, chambers and aliases are what a signer's stated role is matched against.
    for (const { id, name, chambers, aliases } of legislatures) {
      expect(isNonEmptyString(name), `${String(id)}: name`).toBe(true);
      expect(Array.isArray(chambers) && chambers.length > 0, `${String(id)}: chambers`).toBe(true);
      for (const chamber of chambers as unknown[]) expect(isNonEmptyString(chamber), `${String(id)}: chamber`).toBe(true);
      expect(Array.isArray(aliases), `${String(id)}: aliases`).toBe(true);
      for (const alias of aliases as unknown[]) expect(typeof alias, `${String(id)}: alias`).toBe('string');
    }
  });

  it('lists lower-case bare hostnames as domains', () => {
    // Domains are compared with the part of an email address after the @: an upper-case
    // letter, a leading "www." or a stray "@" would never match a real address.
    for (const { id, domains } of legislatures) {
      expect(Array.isArray(domains) && domains.length > 0, `${String(id)}: domains`).toBe(true);
      for (const domain of domains as unknown[]) {
        expect(domain, String(id)).toMatch(HOSTNAME);
        expect((domain as string).startsWith('www.'), `${String(id)}: ${String(domain)}`).toBe(false);
      }
    }
  });

  it('never gives one domain to two legislatures', () => {
    // A shared domain would let a member of one legislature pass as a member of another.
    const owner = new Map<string, string>();
    for (const { id, domains } of legislatures) {
      for (const domain of domains as string[]) {
        expect(owner.get(domain), `${domain} is claimed by ${owner.get(domain)} and ${String(id)}`).toBeUndefined();
        owner.set(domain, String(id));
      }
    }
  });

  it('cites an https page for each entry', () => {
    // The source is where a reviewer re-checks the domains; it has to be a real, secure URL.
    for (const { id, source } of legislatures) {
      expect(typeof source, String(id)).toBe('string');
      const url = new URL(source as string);
      expect(url.protocol, String(id)).toBe('https:');
      expect(url.hostname.includes('.'), String(id)).toBe(true);
    }
  });

  it('covers the legislatures whose members sign open letters most often', () => {
    // Dropping one of these would turn away real legislators from those countries.
    const covered = new Set(legislatures.map((entry) => entry.country));
    const missing = REQUIRED_COUNTRIES.filter((code) => !covered.has(code));
    expect(missing).toEqual([]);
  });
});
