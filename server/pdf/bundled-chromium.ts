import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

/**
 * The Chromium that `npm ci` brings (@sparticuz/chromium: a headless shell, brotli-compressed in
 * the package), for machines with no browser of their own. It needs the machine's libnss3.
 */
const PACKAGE = '@sparticuz/chromium';

export interface BundledChromium {
  version: string;
  archive: string;
}

/** The package's compressed binary, or undefined when it is not installed. */
export function bundledChromium(): BundledChromium | undefined {
  let main: string;
  try {
    main = createRequire(import.meta.url).resolve(PACKAGE);
  } catch {
    return undefined;
  }
  // build/cjs/index.cjs -> the package folder
  const root = dirname(dirname(dirname(main)));
  const archive = join(root, 'bin', 'chromium.br');
  if (!existsSync(archive)) return undefined;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { version, archive };
}

/**
 * Unpacks the binary once per machine into the temporary folder and returns its path. Not the
 * package's own executablePath(): that writes to a fixed /tmp/chromium and hands a second
 * process the file while the first is still writing it; here it appears only when whole.
 */
export async function unpackBundledChromium({ version, archive }: BundledChromium): Promise<string> {
  const dir = join(tmpdir(), `undersigned-chromium-${version}`);
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = mkdtempSync(join(tmpdir(), 'undersigned-chromium-'));
  try {
    await pipeline(createReadStream(archive), createBrotliDecompress(), createWriteStream(join(staging, 'chromium'), { mode: 0o755 }));
    renameSync(staging, dir);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw err; // else another process unpacked it first
  }
  return binary;
}
