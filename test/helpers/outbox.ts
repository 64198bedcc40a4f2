import type { FastifyInstance } from 'fastify';

/**
 * Sends every message that is due now, then lets the workers run on: after it, what the test SMTP
 * server holds is all the mail the app will send for what happened so far (messages waiting for a
 * retry excepted). Each running worker is stopped first, so that no batch is still in flight when
 * `drain()` finds nothing left to claim; apps built with `autostart: false` are not for this helper.
 */
export async function settleOutbox(...apps: FastifyInstance[]): Promise<void> {
  await Promise.all(apps.map((app) => app.outbox.stop()));
  try {
    for (const app of apps) await app.outbox.drain();
  } finally {
    for (const app of apps) app.outbox.start();
  }
}
