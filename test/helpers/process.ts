import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Real processes of the app (server, CLI), as an operator runs them; killed after each test. */

const running: ChildProcess[] = [];
export function killAll() {
  for (const child of running.splice(0)) child.kill('SIGKILL');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The test runner's environment without the app's variables, plus `extra`. */
function baseEnv(extra: Record<string, string>) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  for (const name of ['DATABASE_URL', 'SMTP_URL', 'NODE_ENV', 'SECRET_KEY', 'PORT', 'PUBLIC_URL', 'TRUST_PROXY', 'REDIS_URL']) delete env[name];
  return { ...env, ...extra };
}

export type Started = ReturnType<typeof start>;

export function start(script: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: baseEnv(env) });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  // 'close', not 'exit': the process's output is all read by then (a CLI's last line included).
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

export async function runCli(args: string[], env: Record<string, string>) {
  const proc = start('server/cli.ts', args, env);
  const code = await proc.exited;
  return { code, ...proc.output() };
}

export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function waitForHealth(base: string, proc: Started) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok) return res;
    } catch {
      // not listening yet
    }
    if (proc.child.exitCode !== null) throw new Error(`server exited: ${proc.output().stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become healthy within 30 s');
}

/** The standalone ledger verifier, `node public/verify-ledger.mjs ARGS`, run with plain node as anyone would run it. */
export function verifier(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['public/verify-ledger.mjs', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // 'close', not 'exit': a process can exit before its output has all been read.
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
