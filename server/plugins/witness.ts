import fp from 'fastify-plugin';
import { type WitnessDeps, type WitnessReport, witnessRound } from '../ledger/witness.js';

declare module 'fastify' {
  interface FastifyInstance {
    witness: {
      /** One witnessing round over WITNESS_PEERS (the timer runs it; tests call it). */
      round(): Promise<WitnessReport>;
      /** What the witness service functions need. */
      deps(): WitnessDeps;
    };
  }
}

export interface WitnessOptions {
  /** Milliseconds between rounds (default: WITNESS_INTERVAL_SECONDS; 0: only when called). */
  intervalMs?: number;
  /** How peers are reached (tests put a proxy in between). */
  fetch?: typeof fetch;
}

/** Witnessing the peers' ledgers (ledger/witness.ts), on a timer while any peer is configured. */
export default fp<WitnessOptions>(
  async (app, options) => {
    const deps = (): WitnessDeps => ({
      db: app.db,
      keys: app.ledger.keys,
      peers: app.config.witnessPeers,
      now: app.clock.now,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    let running: Promise<WitnessReport> | undefined;
    const round = () => {
      running ??= witnessRound(deps())
        .then((report) => {
          if (report.problems.length > 0) app.log.warn({ problems: report.problems }, 'witness: problems with peers');
          return report;
        })
        .finally(() => (running = undefined));
      return running;
    };
    app.decorate('witness', { round, deps });
    const intervalMs = options.intervalMs ?? app.config.witnessIntervalSeconds * 1000;
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      if (app.config.witnessPeers.length > 0 && intervalMs > 0) {
        timer = setInterval(() => void round().catch((err: unknown) => app.log.error({ err }, 'witness round failed')), intervalMs).unref();
      }
    });
    app.addHook('preClose', async () => {
      clearInterval(timer);
      await running?.catch(() => undefined);
    });
  },
  { name: 'witness', dependencies: ['config', 'db', 'ledger', 'clock'] },
);
