import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds culturescan's package.json and its rules, whether the code runs from src/ (tests),
 * from dist/src/ (the compiled modules) or from dist/bundle/cli/ (the packed ones that the installed bin
 * runs, beside a package.json of their own that makes them CommonJS): built-in rules and the sample
 * corpus live there.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'rules'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('culturescan: cannot find its own package.json');
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const SAMPLE_CORPUS_DIR = join(PACKAGE_ROOT, 'corpus');
/** The command line's modules packed into a few files by `npm run build` (scripts/bundle-cli.ts). */
export const BUNDLE_DIR = join(PACKAGE_ROOT, 'dist', 'bundle', 'cli');
/** The built command line, as `npx culturescan` runs it (package.json's `bin`). */
export const BUILT_BIN = join(BUNDLE_DIR, 'bin.js');
