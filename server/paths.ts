import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whether this runs from server/ (tsx) or dist/server/ (compiled). */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
export const paths = {
  migrations: join(projectRoot, 'migrations'),
  templates: join(projectRoot, 'templates'),
  public: join(projectRoot, 'public'),
};
