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

/** Starts the service: the only place that reads process.env or listens. */
async function main() {
  const config = loadConfig(process.env);
  const app = await buildApp(config);

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
