import { connect } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, killAll, start, waitForHealth } from '../helpers/process.js';

/**
 * Slow clients against the real server process: a request that trickles in is cut off once
 * its time is up, instead of holding a connection for as long as the client likes.
 */

const REQUEST_TIMEOUT_MS = 1500;
const HEADERS_TIMEOUT_MS = 1000;
const KEEP_ALIVE_TIMEOUT_MS = 800;
/** Node checks timeouts on a tick (a tenth of the shorter one here), and the machine is shared. */
const SLACK_MS = 1000;

let port = 0;
beforeAll(async () => {
  const DATA_DIR = mkdtempSync(join(tmpdir(), 'undersigned-timeouts-'));
  port = await freePort();
  const server = start('server/main.ts', [], {
    DATA_DIR,
    PORT: String(port),
    REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
    KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
  });
  await waitForHealth(`http://127.0.0.1:${port}`, server);
}, 60_000);
afterAll(killAll);

/**
 * Opens a connection, writes `head`, then one byte of `drip` every 100 ms; resolves when the
 * server closes it, with what the server answered and how long the connection lasted.
 */
function trickle(head: string, drip: string, giveUpMs = 8000): Promise<{ answer: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    socket.write(head);
    const timer = setInterval(() => drip && socket.writable && socket.write(drip[sent++ % drip.length]!), 100);
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after ${giveUpMs} ms`));
    }, giveUpMs);
    socket.on('data', (d) => (answer += d));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ answer, ms: Date.now() - started });
    });
  });
}

describe('request timeouts', () => {
  it('cuts off twenty clients sending their bodies slowly, each with a 408, once REQUEST_TIMEOUT_MS is up', async () => {
    const head = `POST /api/v1/letters/any/signatures HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{"name":"`;
    const results = await Promise.all(Array.from({ length: 20 }, () => trickle(head, 'a')));
    for (const { answer, ms } of results) {
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + SLACK_MS);
    }
  });

  it('cuts off a client sending its headers slowly once HEADERS_TIMEOUT_MS is up', async () => {
    const { answer, ms } = await trickle('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: a\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeLessThan(HEADERS_TIMEOUT_MS + SLACK_MS);
  });

  it('closes an idle keep-alive connection after KEEP_ALIVE_TIMEOUT_MS', async () => {
    const { answer, ms } = await trickle('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', '');
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(ms).toBeGreaterThanOrEqual(KEEP_ALIVE_TIMEOUT_MS);
    // Node adds a second of its own before closing an idle connection (a client's request may be on the wire).
    expect(ms).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS + 1000 + SLACK_MS);
  });
});
