import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCompanyDomain } from 'company-email-validator';
import { getDomain, getHostname } from 'tldts';
import { projectRoot } from '../paths.js';

export interface Legislature {
  id: string;
  /** ISO 3166-1 alpha-2, or EU for the European Parliament (whose members come from any member state). */
  country: string;
  name: string;
  chambers: string[];
  aliases: string[];
  domains: string[];
  source: string;
}

/** "Dáil Éireann" and "dail eireann" are the same parliament to a person typing in a form. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export class LegislatureRegistry {
  readonly entries: readonly Legislature[];
  readonly #byName = new Map<string, Legislature[]>();

  constructor(entries: Legislature[]) {
    this.entries = entries;
    for (const entry of entries) {
      for (const name of [entry.name, ...entry.chambers, ...entry.aliases, entry.id]) {
        const key = fold(name);
        this.#byName.set(key, [...(this.#byName.get(key) ?? []), entry]);
      }
    }
  }

  static load(file = join(projectRoot, 'data', 'legislatures.json')): LegislatureRegistry {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { legislatures: Legislature[] };
    return new LegislatureRegistry(data.legislatures);
  }

  /** The legislature a signer names, in their country (or the European Parliament, for anyone). */
  find(country: string, parliament: string | null | undefined): Legislature | null {
    if (!parliament) return null;
    const candidates = this.#byName.get(fold(parliament)) ?? [];
    return candidates.find((l) => l.country === country) ?? candidates.find((l) => l.country === 'EU') ?? null;
  }
}

const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** example.org itself, or any of its subdomains (mail.house.gov is house.gov's). */
function within(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** A legislator is domain-verified when the confirmed address is at the named legislature's domain. */
export function legislatorDomainVerified(registry: LegislatureRegistry, email: string, country: string, parliament: string | null): boolean {
  const legislature = registry.find(country, parliament);
  if (!legislature) return false;
  const domain = emailDomain(email);
  return legislature.domains.some((d) => within(domain, d));
}

/**
 * An organization is domain-verified when the address is at the website's registrable domain
 * (hrw.org for https://www.hrw.org/about). Free-mail and hosting domains never verify anyone.
 */
export function organizationDomainVerified(email: string, website: string | null): boolean {
  if (!website) return false;
  const site = getDomain(getHostname(website) ?? '');
  if (!site || !isCompanyDomain(site)) return false;
  return within(emailDomain(email), site);
}
