import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainToASCII } from 'node:url';
import { getDomain, getHostname } from 'tldts';
import { projectRoot } from '../paths.js';
import { isSharedMailDomain } from './mail-providers.js';

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

/**
 * A host name as mail and the web resolve it: lower-case ASCII (Unicode labels in their xn--
 * form), no trailing dot; null when it is not a domain name.
 */
function asciiHost(host: string): string | null {
  const ascii = domainToASCII(host.trim().replace(/\.$/, ''));
  return ascii?.includes('.') ? ascii : null;
}

const emailHost = (email: string) => asciiHost(email.slice(email.lastIndexOf('@') + 1));

/**
 * What a moderator reads beside a signer's name: the address's domain (ASCII, so a Unicode
 * look-alike shows as xn--), whether anyone may have an address there, and the domain the
 * website is registered under (evil.net for https://hrw.org.evil.net).
 */
export function domainsOf(mailDomain: string | null, website: string | null) {
  const mail = mailDomain ? asciiHost(mailDomain) : null;
  const site = website ? asciiHost(getHostname(website) ?? '') : null;
  return {
    emailDomain: mail,
    emailDomainShared: mail !== null && isSharedMailDomain(mail),
    websiteDomain: site && (registrable(site) ?? site),
  };
}

/**
 * An internationalized label (xn--) can be drawn to look like another (hrw.org with a Cyrillic
 * "һ"): such domains never verify by themselves; a moderator may still approve the signature.
 */
const internationalized = (host: string) => host.split('.').some((label) => label.startsWith('xn--'));

/**
 * The domain a registrant holds: hrw.org for www.hrw.org or uk.hrw.org. Private suffixes count
 * as suffixes (someone.github.io is someone's, not GitHub's). Null for an IP address.
 */
const registrable = (host: string) => getDomain(host, { allowPrivateDomains: true });

/** example.org itself, or any of its subdomains (mail.house.gov is house.gov's). */
function within(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/**
 * The legislature's domain a legislator's confirmed address is at (parliament.uk), or null: the
 * domain shown beside their verification.
 */
export function legislatorVerifiedDomain(registry: LegislatureRegistry, email: string, country: string, parliament: string | null): string | null {
  const legislature = registry.find(country, parliament);
  const domain = emailHost(email);
  if (!legislature || !domain) return null;
  return legislature.domains.find((d) => within(domain, d)) ?? null;
}

/**
 * The domain that verifies an organization, or null: the address and the website have the same
 * registrable domain (hrw.org for https://www.hrw.org/about and ana@uk.hrw.org), which is not a
 * free, shared or forwarding mail provider's and not internationalized. What it proves is that
 * the signer reads mail at that domain; whether the domain is the organization named is for the
 * reader to judge, so the domain is published beside the name.
 */
export function organizationVerifiedDomain(email: string, website: string | null): string | null {
  if (!website) return null;
  const siteHost = asciiHost(getHostname(website) ?? '');
  const mailHost = emailHost(email);
  if (!siteHost || !mailHost || internationalized(siteHost) || internationalized(mailHost)) return null;
  const site = registrable(siteHost);
  if (!site || site !== registrable(mailHost)) return null;
  if (isSharedMailDomain(siteHost) || isSharedMailDomain(mailHost)) return null;
  return site;
}
