import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_BIN, PACKAGE_ROOT } from '../../src/paths.js';

/** The built command line, as `npx culturescan` runs it: the packed modules. */
export const BIN = BUILT_BIN;
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
 * Rebuilds dist/ (the bundle of the built-in rules and the packed command line too) when `file` is missing or older than the sources
 * (a bare `npx vitest` run; `npm test` builds first). It emits even when some file has a type error: `npm run lint` is where types are checked.
 */
export function ensureBuilt(file: string): void {
  if (!existsSync(file) || statSync(file).mtimeMs < newestSource(join(PACKAGE_ROOT, 'src'))) {
    spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PACKAGE_ROOT, stdio: 'ignore' });
    for (const script of ['bundle-rules.js', 'bundle-cli.js']) spawnSync(process.execPath, [join(PACKAGE_ROOT, 'dist', 'src', 'scripts', script)], { cwd: PACKAGE_ROOT, stdio: 'ignore' });
  }
}
