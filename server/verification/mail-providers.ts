import { isCompanyDomain } from 'company-email-validator';
import { getDomain } from 'tldts';

/**
 * Mail providers whose addresses anyone may have, which company-email-validator's list of free
 * mail (gmail.com, yandex.ru, protonmail.com...) lacks: the activist and privacy providers that
 * signers at risk use most (riseup.net, disroot.org...), alias forwarders, and hosts that hand
 * out subdomains with mail (onmicrosoft.com). An address there proves nothing about an
 * organization, however its website is spelled.
 */
export const SHARED_MAIL_DOMAINS: readonly string[] = [
  // Collectives and privacy providers
  'riseup.net',
  'disroot.org',
  'disroot.net',
  'mailbox.org',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'passmail.net',
  'passinbox.com',
  'tuta.com',
  'tuta.io',
  'tutanota.com',
  'tutanota.de',
  'tutamail.com',
  'keemail.me',
  'posteo.de',
  'posteo.net',
  'autistici.org',
  'inventati.org',
  'anche.no',
  'bastardi.net',
  'canaglie.org',
  'systemli.org',
  'immerda.ch',
  'so36.net',
  'nadir.org',
  'aktivix.org',
  'espiv.net',
  'resist.ca',
  'mayfirst.org',
  'cock.li',
  'cock.email',
  'airmail.cc',
  'firemail.cc',
  'waifu.club',
  'onionmail.org',
  'dnmx.org',
  'elude.in',
  'cyberfear.com',
  'startmail.com',
  'runbox.com',
  'fastmail.com',
  'messagingengine.com',
  'hushmail.com',
  'mailfence.com',
  'ctemplar.com',
  'criptext.com',
  'skiff.com',
  'countermail.com',
  'kolabnow.com',
  'mykolab.com',
  'librem.one',
  'zohomail.com',
  // Alias forwarders: the address behind them is anyone's
  'simplelogin.com',
  'simplelogin.co',
  'aleeas.com',
  'slmail.me',
  'anonaddy.com',
  'anonaddy.me',
  'addy.io',
  'mozmail.com',
  'relay.firefox.com',
  'duck.com',
  // Subdomains with mail for anyone who asks (a Microsoft 365 trial: hrw-org.onmicrosoft.com)
  'onmicrosoft.com',
  'googlegroups.com',
];

const SHARED = new Set(SHARED_MAIL_DOMAINS);

/**
 * Whether an address at this domain (lower-case, ASCII) could be anyone's: the domain or one
 * above it, up to the registered one, is a free, shared or forwarding mail provider
 * (user.fastmail.com is fastmail.com's). Public suffixes are never looked up: the free-mail list
 * names a few (org.ua, com.ar), and helsinki.org.ua is an organization's own.
 */
export function isSharedMailDomain(domain: string): boolean {
  const registered = getDomain(domain) ?? domain;
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const parent = labels.slice(i).join('.');
    if (parent.length < registered.length) break;
    if (SHARED.has(parent) || !isCompanyDomain(parent)) return true;
  }
  return false;
}
