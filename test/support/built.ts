import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

/** The built command line, as `npx culturescan` runs it. */
export const BIN = join(PACKAGE_ROOT, 'dist', 'src', 'cli', 'bin.js');
/** The built scan worker: worker threads run it even when a test runs from the TypeScript sources. */
export const WORKER = join(PACKAGE_ROOT, 'dist', 'src', 'cli', 'scan-worker.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Rebuilds dist/ (and the bundle of the built-in rules) when `file` is missing or older than the sources
 * (a bare `npx vitest` run; `npm test` builds first). It emits even when some file has a type error: `npm run lint` is where types are checked.
 */
export function ensureBuilt(file: string): void {
  if (!existsSync(file) || statSync(file).mtimeMs < newestSource(join(PACKAGE_ROOT, 'src'))) {
    spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PACKAGE_ROOT, stdio: 'ignore' });
    spawnSync(process.execPath, [join(PACKAGE_ROOT, 'dist', 'src', 'scripts', 'bundle-rules.js')], { cwd: PACKAGE_ROOT, stdio: 'ignore' });
  }
}
