import module from 'node:module';

// V8 keeps the code it compiled in the OS temp dir, keyed by each file's content: a restart skips
// compiling the modules below again. Enabled first (static imports would be compiled before it);
// optional so that an older Node still starts.
module.enableCompileCache?.();
const { buildApp } = await import('./app.js');
const { ConfigError, loadConfig } = await import('./config.js');
const { DatabaseInUseError } = await import('./db/client.js');
const { databaseUnavailableLine } = await import('./errors.js');
const { errorText } = await import('./logging.js');
const { MAIL_PROCESS_ENV, serveMailProcess, startMailProcess } = await import('./outbox/process.js');
const { fileURLToPath } = await import('node:url');

/** Starts the service: the only place that reads process.env or listens. */
async function main() {
  const config = loadConfig(process.env);
  if (process.env[MAIL_PROCESS_ENV]) return sendMail(config);
  const separateMail = config.mailProcess === 'separate';
  const app = await buildApp(config, separateMail ? { outbox: { autostart: false } } : {});
  if (separateMail) {
    // Mail composition and SMTP leave the process that answers requests (MAIL_PROCESS).
    const mail = startMailProcess(fileURLToPath(import.meta.url), app.log);
    app.outbox.relayTo(() => mail.wake());
    app.addHook('onClose', () => mail.stop());
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // Fastify stops accepting, waits for requests in flight, then runs onClose (database last).
    const timer = setTimeout(() => {
      app.log.error('shutdown took over 15 s; exiting');
      process.exit(1);
    }, 15_000);
    timer.unref();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Undersigned is listening at ${config.publicUrl} (database: ${app.database.driver}${config.databaseUrl ? '' : ` in ${config.dataDir}`})`);
}

/**
 * The mail process (MAIL_PROCESS=separate): the outbox worker alone, at lower priority. The
 * process that started it answers requests, migrates, and runs every timer and listener; this
 * one takes no request, so it counts no rate limit (no Redis) and listens for no mail.
 */
async function sendMail(config: ReturnType<typeof loadConfig>) {
  const app = await buildApp(
    { ...config, inbound: undefined, redisUrl: undefined },
    { migrate: false, publisher: { intervalMs: 0 }, maintenance: { intervalMs: 0 }, witness: { intervalMs: 0 }, ledger: { sweepIntervalMs: 0 } },
  );
  await app.ready();
  let closing: Promise<void> | undefined;
  const stop = () => {
    closing ??= app.close().then(() => process.exit(0));
    return closing;
  };
  serveMailProcess(() => app.outbox.wake(), stop);
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  app.log.info('mail process started');
}

main().catch((err: unknown) => {
  // Problems a person can fix get one clear line, not a stack trace.
  if (err instanceof ConfigError || err instanceof DatabaseInUseError) {
    console.error(`undersigned: ${err.message}`);
  } else if (databaseUnavailableLine(err)) {
    console.error(databaseUnavailableLine(err));
  } else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`undersigned: ${(err as Error).message}: is another server on that port? Set PORT.`);
  } else {
    // Not a driver's dump: a failed query's parameters are names and addresses.
    console.error(errorText(err));
  }
  process.exit(1);
});
