import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { bundledChromium } from './pdf/bundled-chromium.js';

/** Everything the process reads from its environment, checked once at start-up. */
export interface Config {
  readonly nodeEnv: 'production' | 'development' | 'test';
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly redisUrl: string | undefined;
  readonly secretKey: string;
  /** Earlier keys during a rotation (SECRET_KEY_PREVIOUS, comma-separated): old links and sealed data still open. */
  readonly previousSecretKeys: readonly string[];
  /** The machine's Chromium (CHROMIUM_PATH, or Debian's), if it has one. */
  readonly chromiumPath: string | undefined;
  /** PDF_BROWSER: which Chromium prints PDFs; undefined when neither is there (PDFs answer 503). */
  readonly pdfBrowser: 'system' | 'bundled' | undefined;
  /**
   * Fastify's trustProxy: false; a number of proxy hops (the address the farthest of them saw);
   * a list of proxies' addresses and CIDRs; or true (every hop, so any client's X-Forwarded-For).
   */
  readonly trustProxy: boolean | number | string[];
  readonly logLevel: string;
  /** Days after a letter closes when its signers' addresses are erased (the public list stays). */
  readonly eraseEmailsAfterDays: number;
  /** How long a worker's claim on an outbox message lasts; a crashed worker's messages wait this long. */
  readonly outboxLeaseSeconds: number;
  /**
   * Seconds between the wall-clock boundaries at which new signatures are published (0: at once);
   * a letter may set its own. See server/signatures/publication.ts.
   */
  readonly publishBatchSeconds: number;
  /** Signing statements in flight at once: concurrent signers beyond them share the next statement (signatures/submissions.ts). */
  readonly signingStatements: number;
  /**
   * How far behind its letter the public PDF may be: while a newer edition renders, the latest
   * finished one is served, and a letter's PDF starts rendering at most once per this many
   * seconds (0: every reader waits for the current edition).
   */
  readonly pdfStaleSeconds: number;
  /**
   * Where mail is composed and sent: 'separate', a process of its own at lower priority beside
   * the one answering requests (the default on PostgreSQL), or 'same' (always on PGlite, which
   * admits one process).
   */
  readonly mailProcess: 'separate' | 'same';
  /** Milliseconds between two deliveries of a letter to its addressees (mail servers distrust bursts). */
  readonly deliveryIntervalMs: number;
  /** How long a re-consent request waits, so that edits made meanwhile ask each signer once. */
  readonly reconsentDelaySeconds: number;
  /** Longest a client may take to send a whole request, headers and body (slow senders hold sockets). */
  readonly requestTimeoutMs: number;
  /** Longest a client may take to send a request's headers. */
  readonly headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  readonly keepAliveTimeoutMs: number;
  /**
   * Other instances (WITNESS_PEERS, their public URLs, comma-separated) whose letters' ledgers
   * this one witnesses, and whose cosignatures of this one's heads it accepts.
   */
  readonly witnessPeers: readonly string[];
  /** Seconds between two witnessing rounds over the peers (WITNESS_INTERVAL_SECONDS). */
  readonly witnessIntervalSeconds: number;
  /**
   * Replies and bounces by mail (server/inbound): the app's own SMTP listener, off unless
   * INBOUND_SMTP_PORT is set; it takes mail for reply+TOKEN@ and bounce+KEY@ INBOUND_MAIL_DOMAIN.
   */
  readonly inbound: InboundConfig | undefined;
}

export interface InboundConfig {
  readonly port: number;
  readonly host: string;
  /** The domain whose MX points at this listener; deliveries ask for replies at reply+TOKEN@ it. */
  readonly domain: string;
  /** PEM files for STARTTLS (INBOUND_SMTP_TLS_KEY, INBOUND_SMTP_TLS_CERT); without them, plain SMTP. */
  readonly tlsKeyPath: string | undefined;
  readonly tlsCertPath: string | undefined;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function readInbound(env: Env): InboundConfig | undefined {
  const rawPort = env.INBOUND_SMTP_PORT?.trim();
  if (!rawPort) return undefined;
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('INBOUND_SMTP_PORT must be a port number (0 to 65535)');
  const domain = env.INBOUND_MAIL_DOMAIN?.trim().toLowerCase() ?? '';
  if (!DOMAIN.test(domain)) throw new ConfigError('INBOUND_SMTP_PORT is set: INBOUND_MAIL_DOMAIN must be the mail domain that points at it (such as replies.example.org)');
  const tlsKeyPath = env.INBOUND_SMTP_TLS_KEY?.trim() || undefined;
  const tlsCertPath = env.INBOUND_SMTP_TLS_CERT?.trim() || undefined;
  if (Boolean(tlsKeyPath) !== Boolean(tlsCertPath)) throw new ConfigError('INBOUND_SMTP_TLS_KEY and INBOUND_SMTP_TLS_CERT go together');
  return { port, host: env.INBOUND_SMTP_HOST?.trim() || '0.0.0.0', domain, tlsKeyPath, tlsCertPath };
}

/** A bad environment: main.ts prints the message as one line and exits. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const MIN_SECRET_LENGTH = 32;

function readUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

function readPort(env: Env): number {
  const raw = env.PORT?.trim() || '3000';
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError('PORT must be a whole number from 0 to 65535');
  }
  return Number(raw);
}

const MAX_PROXY_HOPS = 10;

function readTrustProxy(env: Env): boolean | number | string[] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) {
    if (Number(raw) > MAX_PROXY_HOPS) throw new ConfigError(`TRUST_PROXY: ${raw} hops is more than ${MAX_PROXY_HOPS}; give the proxies' addresses instead`);
    return Number(raw);
  }
  const entries = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (/^\d+$/.test(entry)) throw new ConfigError('TRUST_PROXY: give a number of hops or a list of addresses, not both');
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const badBits = bits !== undefined && (!/^\d{1,3}$/.test(bits) || Number(bits) > maxBits);
    if (family === 0 || badBits || rest.length > 0) {
      throw new ConfigError(`TRUST_PROXY: "${entry}" is not a number of hops, an IP address or a CIDR`);
    }
  }
  return entries;
}

function readMailFrom(env: Env): string {
  const raw = env.MAIL_FROM?.trim() || 'Undersigned <no-reply@localhost>';
  // "Name <addr>" or a bare address; nodemailer parses the rest.
  if (!/^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(raw)) {
    throw new ConfigError('MAIL_FROM must be an address like "Undersigned <no-reply@example.org>"');
  }
  return raw;
}

/** SECRET_KEY, or outside production a key generated once into DATA_DIR and kept there. */
function readSecretKey(env: Env, nodeEnv: Config['nodeEnv'], dataDir: string): string {
  const raw = env.SECRET_KEY?.trim();
  if (raw) {
    if (raw.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(`SECRET_KEY must be at least ${MIN_SECRET_LENGTH} characters (try: openssl rand -base64 48)`);
    }
    return raw;
  }
  if (nodeEnv === 'production') {
    throw new ConfigError('SECRET_KEY is required when NODE_ENV=production (try: openssl rand -base64 48)');
  }
  const file = join(dataDir, 'secret-key');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new ConfigError(`SECRET_KEY is unset and ${file} cannot be read: ${(err as Error).message}`);
    }
  }
  const generated = randomBytes(48).toString('base64url');
  try {
    mkdirSync(dataDir, { recursive: true });
    // 'wx': never overwrite a key another process wrote a moment ago.
    writeFileSync(file, `${generated}\n`, { mode: 0o600, flag: 'wx' });
    return generated;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw new ConfigError(`DATA_DIR ${dataDir} is not writable: ${(err as Error).message}`);
  }
}

function readWhole(env: Env, name: string, fallback: number, unit = 'seconds'): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) throw new ConfigError(`${name} must be a whole number of ${unit}`);
  return Number(raw);
}

function readMailProcess(env: Env): Config['mailProcess'] {
  const raw = env.MAIL_PROCESS?.trim();
  const embedded = !env.DATABASE_URL?.trim();
  if (!raw) return embedded ? 'same' : 'separate';
  if (raw !== 'separate' && raw !== 'same') throw new ConfigError('MAIL_PROCESS must be separate or same');
  if (raw === 'separate' && embedded) throw new ConfigError('MAIL_PROCESS=separate needs DATABASE_URL: the embedded database admits one process');
  return raw;
}

const readDays = (env: Env, name: string, fallback: number) => readWhole(env, name, fallback, 'days');

// Debian's headless shell first (small, made for this), then a full Chromium.
const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

function readChromiumPath(env: Env): string | undefined {
  const raw = env.CHROMIUM_PATH?.trim();
  if (raw) {
    if (!existsSync(raw)) throw new ConfigError(`CHROMIUM_PATH: no file at ${raw}`);
    return raw;
  }
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** auto (the default): the machine's Chromium if it has one, else the one npm installed. */
function readPdfBrowser(env: Env, chromiumPath: string | undefined): Config['pdfBrowser'] {
  const raw = env.PDF_BROWSER?.trim() || 'auto';
  if (raw === 'system') {
    if (!chromiumPath) throw new ConfigError('PDF_BROWSER=system: no Chromium found (install chromium-headless-shell or set CHROMIUM_PATH)');
    return 'system';
  }
  if (raw === 'bundled') {
    if (!bundledChromium()) throw new ConfigError('PDF_BROWSER=bundled: @sparticuz/chromium is not installed (run npm ci)');
    return 'bundled';
  }
  if (raw !== 'auto') throw new ConfigError('PDF_BROWSER must be auto, system or bundled');
  if (chromiumPath) return 'system';
  return bundledChromium() ? 'bundled' : undefined;
}

function readPeers(env: Env): string[] {
  return (env.WITNESS_PEERS ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((peer) => {
      let url: URL;
      try {
        url = new URL(peer);
      } catch {
        throw new ConfigError(`WITNESS_PEERS: ${peer} is not a URL`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`WITNESS_PEERS: ${peer} is not an http(s) URL`);
      return url.href.replace(/\/+$/, '');
    });
}

export function loadConfig(env: Env): Config {
  const nodeEnvRaw = env.NODE_ENV?.trim() || 'development';
  if (nodeEnvRaw !== 'production' && nodeEnvRaw !== 'development' && nodeEnvRaw !== 'test') {
    throw new ConfigError('NODE_ENV must be production, development or test');
  }
  const nodeEnv = nodeEnvRaw;
  const port = readPort(env);
  const host = env.HOST?.trim() || '127.0.0.1';
  const publicUrl = (readUrl(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const dataDir = resolve(env.DATA_DIR?.trim() || './data');
  const logLevel = env.LOG_LEVEL?.trim() || (nodeEnv === 'test' ? 'warn' : 'info');
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const chromiumPath = readChromiumPath(env);
  const config: Config = {
    nodeEnv,
    port,
    host,
    publicUrl,
    dataDir,
    databaseUrl: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    smtpUrl: readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: readMailFrom(env),
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    secretKey: readSecretKey(env, nodeEnv, dataDir),
    previousSecretKeys: (env.SECRET_KEY_PREVIOUS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    chromiumPath,
    pdfBrowser: readPdfBrowser(env, chromiumPath),
    trustProxy: readTrustProxy(env),
    logLevel,
    eraseEmailsAfterDays: readDays(env, 'ERASE_EMAILS_AFTER_DAYS', 90),
    outboxLeaseSeconds: readWhole(env, 'OUTBOX_LEASE_SECONDS', 120),
    publishBatchSeconds: env.PUBLISH_BATCH_SECONDS?.trim() === '0' ? 0 : readWhole(env, 'PUBLISH_BATCH_SECONDS', 600),
    mailProcess: readMailProcess(env),
    pdfStaleSeconds: env.PDF_STALE_SECONDS?.trim() === '0' ? 0 : readWhole(env, 'PDF_STALE_SECONDS', 60),
    signingStatements: readWhole(env, 'SIGNING_STATEMENTS', 2, 'statements'),
    deliveryIntervalMs: env.DELIVERY_INTERVAL_MS?.trim() === '0' ? 0 : readWhole(env, 'DELIVERY_INTERVAL_MS', 2000, 'milliseconds'),
    reconsentDelaySeconds: env.RECONSENT_DELAY_SECONDS?.trim() === '0' ? 0 : readWhole(env, 'RECONSENT_DELAY_SECONDS', 3600),
    // Generous for signers on slow or onion-routed connections; bodies are at most 256 KiB.
    requestTimeoutMs: readWhole(env, 'REQUEST_TIMEOUT_MS', 60_000, 'milliseconds'),
    headersTimeoutMs: readWhole(env, 'HEADERS_TIMEOUT_MS', 20_000, 'milliseconds'),
    // Longer than the usual proxy's 60 s idle timeout, so the proxy, not the app, closes first.
    keepAliveTimeoutMs: readWhole(env, 'KEEP_ALIVE_TIMEOUT_MS', 72_000, 'milliseconds'),
    witnessPeers: readPeers(env),
    witnessIntervalSeconds: readWhole(env, 'WITNESS_INTERVAL_SECONDS', 300),
    inbound: readInbound(env),
  };
  if (config.publishBatchSeconds > 86_400) throw new ConfigError('PUBLISH_BATCH_SECONDS must be at most 86400 (a day)');
  if (config.headersTimeoutMs > config.requestTimeoutMs) {
    throw new ConfigError('HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS (the headers are part of the request)');
  }
  return Object.freeze(config);
}
