import fp from 'fastify-plugin';
import { DEFAULT_RETENTION, runMaintenance } from '../maintenance/service.js';

export interface MaintenanceOptions {
  /** Run at start-up and then at this interval (default: hourly); 0 turns it off (tests call it directly). */
  intervalMs?: number;
}

/** Retention: purges and erasures on a timer (see maintenance/service.ts), and the organizers' daily digests. */
export default fp<MaintenanceOptions>(
  async (app, { intervalMs = 60 * 60 * 1000 }) => {
    if (intervalMs <= 0) return;
    const policy = { ...DEFAULT_RETENTION, eraseEmailsAfterDays: app.config.eraseEmailsAfterDays };
    let running: Promise<void> | undefined;
    const run = () => {
      running ??= runMaintenance(app.db, policy, app.clock.now())
        .then((report) => {
          // --- digest ---
          if (report.queuedDigests > 0) app.outbox.wake();
          app.log.info({ report }, 'maintenance done');
        })
        .catch((err: unknown) => app.log.error({ err }, 'maintenance failed'))
        .finally(() => (running = undefined));
    };
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      run();
      timer = setInterval(run, intervalMs);
      timer.unref();
    });
    app.addHook('preClose', async () => {
      clearInterval(timer);
      await running;
    });
  },
  { name: 'maintenance', dependencies: ['db', 'config', 'clock', 'outbox'] },
);
