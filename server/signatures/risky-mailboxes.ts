import { countryName } from '../countries.js';
import { AppError, because } from '../errors.js';
import { cleanCountry } from './validation.js';

/**
 * Mail providers under the jurisdiction of states that pursue their critics, by that state: its
 * authorities can read what such a provider holds (the confirmation mail would tell them who
 * signed). A domain covers its subdomains (vip.qq.com is qq.com).
 */
export const RISKY_MAIL_PROVIDERS: Readonly<Record<string, readonly string[]>> = {
  CN: [
    'qq.com',
    'foxmail.com',
    '163.com',
    '126.com',
    'yeah.net',
    '188.com',
    'netease.com',
    'sina.com',
    'sina.cn',
    'sina.com.cn',
    'sohu.com',
    '139.com',
    '189.cn',
    'wo.cn',
    'aliyun.com',
    'tom.com',
    '21cn.com',
  ],
  RU: ['yandex.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'ya.ru', 'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'internet.ru', 'rambler.ru', 'lenta.ru', 'autorambler.ru', 'myrambler.ru', 'ro.ru'],
};

/** The shipped jurisdictions, e.g. CN, RU: a letter's list may name them instead of their domains. */
export const RISKY_JURISDICTIONS = Object.keys(RISKY_MAIL_PROVIDERS);

/** One entry of a letter's list: a shipped jurisdiction (`CN`), a domain (`qq.com`), or a domain and its state (`chmail.ir:IR`). */
export const RISKY_ENTRY_PATTERN = '^(?:[A-Za-z]{2}|@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::[A-Za-z]{2})?)$';

const invalid = (message: string) => new AppError(400, 'VALIDATION_FAILED', `riskyMailProviders: ${message}`, 'riskyMailProviders');

/**
 * A letter's list as stored: jurisdictions upper-cased and known, domains lower-cased without a
 * leading @, their state (if given) a country code; each once. null (the shipped list) stays null.
 */
export function normalizeRiskyProviders(entries: readonly string[] | null): string[] | null {
  if (entries === null) return null;
  const out = new Set<string>();
  for (const entry of entries) {
    const value = entry.trim();
    if (/^[A-Za-z]{2}$/.test(value)) {
      const code = value.toUpperCase();
      if (!RISKY_JURISDICTIONS.includes(code)) throw invalid(`"${value}" is not a jurisdiction of the shipped list (${RISKY_JURISDICTIONS.join(', ')}); list its providers' domains instead`);
      out.add(code);
      continue;
    }
    const [domain = '', state] = value.replace(/^@/, '').split(':');
    if (state === undefined) {
      out.add(domain.toLowerCase());
      continue;
    }
    let code: string;
    try {
      code = cleanCountry(state);
    } catch {
      throw invalid(`"${state}" (after ${domain}) is not an ISO 3166-1 alpha-2 country code`);
    }
    out.add(`${domain.toLowerCase()}:${code}`);
  }
  return [...out];
}

/** A provider the signer is warned about. */
export interface RiskyMailbox {
  /** The listed domain the address is at (the address itself may be at a subdomain of it). */
  provider: string;
  /** The state whose laws the provider is subject to (ISO 3166-1 alpha-2), or null when the letter's list names none. */
  jurisdiction: string | null;
  /** Whether the letter's organizers chose the list (so the letter concerns that state), or it is the shipped one. */
  chosen: boolean;
}

const SHIPPED = new Map(Object.entries(RISKY_MAIL_PROVIDERS).flatMap(([code, domains]) => domains.map((d) => [d, code] as const)));

/** The domains a letter's setting warns about, each with its state (null: none named). */
function providersOf(setting: readonly string[] | null): Map<string, string | null> {
  if (setting === null) return SHIPPED;
  const out = new Map<string, string | null>();
  for (const entry of setting) {
    const shipped = RISKY_MAIL_PROVIDERS[entry];
    if (shipped) {
      for (const d of shipped) out.set(d, entry);
      continue;
    }
    const [domain = '', state] = entry.split(':');
    out.set(domain, state ?? SHIPPED.get(domain) ?? null);
  }
  return out;
}

/** The listed provider an address is at, if any: its domain, or the nearest listed parent of it. */
export function riskyMailbox(setting: readonly string[] | null, email: string): RiskyMailbox | null {
  const providers = providersOf(setting);
  if (providers.size === 0) return null;
  const labels = email
    .slice(email.lastIndexOf('@') + 1)
    .toLowerCase()
    .replace(/\.$/, '')
    .split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const provider = labels.slice(i).join('.');
    if (providers.has(provider)) return { provider, jurisdiction: providers.get(provider) ?? null, chosen: setting !== null };
  }
  return null;
}

/** The warning in plain words: who can read the mail, and why that matters for this letter. */
export function riskyMailboxWarning({ provider, jurisdiction, chosen }: RiskyMailbox): string {
  const state = jurisdiction ? countryName(jurisdiction) : null;
  const who = state
    ? `Your mail provider, ${provider}, is subject to the laws of ${state}, whose authorities can read your mail.`
    : `Your mail provider, ${provider}, is one this letter's organizers warn about: the authorities of a state this letter concerns may be able to read your mail.`;
  const why = state ? (chosen ? `This letter concerns ${state}.` : `If this letter concerns ${state}, the confirmation we send would tell them that you signed it.`) : '';
  return [who, why].filter(Boolean).join(' ');
}

/** What the signer may do about it. */
export const RISKY_MAILBOX_CHOICES = 'You may use another address, or sign without your name being listed (counted only), or continue anyway.';

/** The refusal a sign command answers with until the signer acknowledges the warning. */
export function riskyMailboxError(risk: RiskyMailbox): AppError {
  // The reason tells a page whether the organizers named that state for this letter (its words differ).
  return because(
    risk.chosen ? 'chosen' : 'listed',
    new AppError(409, 'RISKY_MAILBOX', `${riskyMailboxWarning(risk)} ${RISKY_MAILBOX_CHOICES}`, 'email', {
      provider: risk.provider,
      jurisdiction: risk.jurisdiction,
    }),
  );
}
