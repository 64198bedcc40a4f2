import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'undersigned-config-'));
const load = (env: Record<string, string>) => () => loadConfig({ DATA_DIR: dataDir(), ...env });

describe('configuration', () => {
  it("has the contract's defaults", () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      dataDir: dir,
      databaseUrl: undefined,
      smtpUrl: undefined,
      mailFrom: 'Undersigned <no-reply@localhost>',
      trustProxy: false,
      requestTimeoutMs: 60_000,
      headersTimeoutMs: 20_000,
      keepAliveTimeoutMs: 72_000,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('generates a secret key into DATA_DIR once, readable only by its owner, and reuses it', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.secretKey.length).toBeGreaterThanOrEqual(32);
    expect(second.secretKey).toBe(first.secretKey);
    expect(readFileSync(join(dir, 'secret-key'), 'utf8').trim()).toBe(first.secretKey);
    expect(statSync(join(dir, 'secret-key')).mode & 0o077).toBe(0);
  });

  it.each([
    [{ SMTP_URL: 'not a url' }, 'SMTP_URL is not a valid URL'],
    [{ SMTP_URL: 'http://mail.example.org' }, 'SMTP_URL must start with smtp:// or smtps://'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL must start with postgres:// or postgresql://'],
    [{ PUBLIC_URL: 'example.org' }, 'PUBLIC_URL is not a valid URL'],
    [{ REDIS_URL: '::' }, 'REDIS_URL is not a valid URL'],
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535'],
    [{ TRUST_PROXY: '10.0.0.0/99' }, 'TRUST_PROXY: "10.0.0.0/99" is not a number of hops, an IP address or a CIDR'],
    [{ TRUST_PROXY: '1, 10.0.0.1' }, 'TRUST_PROXY: give a number of hops or a list of addresses, not both'],
    [{ TRUST_PROXY: '-1' }, 'TRUST_PROXY: "-1" is not a number of hops, an IP address or a CIDR'],
    [{ TRUST_PROXY: '11' }, "TRUST_PROXY: 11 hops is more than 10; give the proxies' addresses instead"],
    [{ MAIL_FROM: 'nobody' }, 'MAIL_FROM must be an address like "Undersigned <no-reply@example.org>"'],
    [{ SECRET_KEY: 'short' }, 'SECRET_KEY must be at least 32 characters (try: openssl rand -base64 48)'],
    [{ NODE_ENV: 'production' }, 'SECRET_KEY is required when NODE_ENV=production (try: openssl rand -base64 48)'],
    [{ REQUEST_TIMEOUT_MS: '0' }, 'REQUEST_TIMEOUT_MS must be a whole number of milliseconds'],
    [{ REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '9000' }, 'HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS'],
    [{ PDF_BROWSER: 'firefox' }, 'PDF_BROWSER must be auto, system or bundled'],
    [{ PDF_BROWSER: 'system', CHROMIUM_PATH: '/nowhere/chromium' }, 'CHROMIUM_PATH: no file at /nowhere/chromium'],
  ])('%j is refused with one line naming the variable', (env, message) => {
    expect(load(env)).toThrow(message);
  });

  it('reads TRUST_PROXY as a number of hops, a list of addresses, or true', () => {
    expect(load({ TRUST_PROXY: 'true' })().trustProxy).toBe(true);
    expect(load({ TRUST_PROXY: '1' })().trustProxy).toBe(1);
    expect(load({ TRUST_PROXY: ' 2 ' })().trustProxy).toBe(2);
    expect(load({ TRUST_PROXY: '0' })().trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8, ::1' })().trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
  });

  it('strips a trailing slash from PUBLIC_URL so links join cleanly', () => {
    expect(load({ PUBLIC_URL: 'https://letters.example.org/' })().publicUrl).toBe('https://letters.example.org');
  });

  it("prints PDFs with the machine's Chromium when it has one, else with the one npm installed (PDF_BROWSER)", () => {
    const chromium = load({})().chromiumPath;
    expect(load({})().pdfBrowser).toBe(chromium ? 'system' : 'bundled');
    expect(load({ PDF_BROWSER: 'bundled' })().pdfBrowser).toBe('bundled');
    if (chromium) expect(load({ PDF_BROWSER: 'system', CHROMIUM_PATH: chromium })().pdfBrowser).toBe('system');
  });
});
