import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';

/** Marks the process main.ts starts to send mail (MAIL_PROCESS=separate). */
export const MAIL_PROCESS_ENV = 'UNDERSIGNED_MAIL_PROCESS';

/** Below requests: a spike of signatures is answered first, and its mail leaves when there is time. */
export const MAIL_PROCESS_NICENESS = 10;

// Wakes within this window travel as one message: a burst of signers costs the pipe one write.
const WAKE_COALESCE_MS = 5;
const RESTART_DELAY_MS = 1_000;
// Started through nice(1) where there is one, so that every thread of it runs lower, not only the
// one that calls setPriority (on Linux a thread's priority is its own).
const NICE = ['/usr/bin/nice', '/bin/nice'].find((path) => existsSync(path));

export interface MailProcess {
  /** Tells the mail process that mail was queued, so it leaves now rather than at its next poll. */
  wake(): void;
  /** Stops it after the messages in hand, and waits for it. */
  stop(): Promise<void>;
}

/**
 * Starts the mail process (this same program, marked by MAIL_PROCESS_ENV), and starts it again
 * if it dies: its messages stay in the outbox meanwhile, and its claims expire into the new one.
 */
export function startMailProcess(entry: string, log: FastifyBaseLogger): MailProcess {
  let child: ChildProcess | undefined;
  let stopping = false;
  let waking: NodeJS.Timeout | undefined;

  const spawn = () => {
    const through = NICE ? { execPath: NICE, execArgv: ['-n', String(MAIL_PROCESS_NICENESS), process.execPath, ...process.execArgv] } : {};
    child = fork(entry, [], { env: { ...process.env, [MAIL_PROCESS_ENV]: '1' }, stdio: 'inherit', ...through });
    child.on('exit', (code, signal) => {
      child = undefined;
      if (stopping) return;
      log.error({ code, signal }, 'mail process exited; starting it again');
      setTimeout(() => stopping || spawn(), RESTART_DELAY_MS).unref();
    });
    // A pipe closed under a send is the exit above: the next start takes over.
    child.on('error', (err) => log.warn({ err }, 'mail process: message not delivered'));
  };
  spawn();

  return {
    wake() {
      if (waking) return;
      waking = setTimeout(() => {
        waking = undefined;
        if (child?.connected) child.send('wake');
      }, WAKE_COALESCE_MS);
    },
    async stop() {
      stopping = true;
      clearTimeout(waking);
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    },
  };
}

/** In the mail process: lowers its priority; `wake` runs on each message from the process that started it. */
export function serveMailProcess(wake: () => void, stop: () => Promise<void>): void {
  try {
    setPriority(MAIL_PROCESS_NICENESS);
  } catch {
    // Not permitted here (some containers): it runs at the same priority.
  }
  process.on('message', (message) => {
    if (message === 'wake') wake();
  });
  // The process that started it is gone: nothing will wake or stop this one.
  process.once('disconnect', () => void stop());
}
