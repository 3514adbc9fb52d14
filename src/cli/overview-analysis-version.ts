import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../files-under.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../paths.js';

/**
 * The version of the analysis, for the cache of overview rows: a hash of everything that decides what a
 * document's row says besides the document and the options. It is computed from what this process runs,
 * never bumped by hand, so that any change to the code, the built-in data or a library makes every
 * cached row stale:
 * - culturescan's code: every module file of the folder above the one this was loaded from (dist/bundle
 *   when the installed bin runs the packed files, dist/src module by module, src under the tests),
 *   names and contents;
 * - the built-in rules folder: the rules, the lists of Parties and of references the assessment reads;
 * - the libraries: name and version of every package in the dependency tree, as Node would resolve them;
 * - Node's version and its Unicode tables, which the rules' regexes and the sentence splitting depend on.
 */
let version: string | undefined;

export function analysisVersion(): string {
  version ??= computeAnalysisVersion({ codeRoot: join(dirname(fileURLToPath(import.meta.url)), '..'), rulesDir: BUILTIN_RULES_DIR, packageRoot: PACKAGE_ROOT });
  return version;
}

/** Where the code, the built-in rules and the package (whose dependencies count) are. */
export interface AnalysisSources {
  codeRoot: string;
  rulesDir: string;
  packageRoot: string;
}

const CODE_FILE = /\.(?:[cm]?js|ts|json)$/;

export function computeAnalysisVersion(sources: AnalysisSources): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version} unicode ${process.versions.unicode ?? ''}\0`);
  for (const [label, root, keep] of [['code', sources.codeRoot, (name: string) => CODE_FILE.test(name)], ['rules', sources.rulesDir, () => true]] as const) {
    for (const file of filesUnder(root, keep)) hash.update(`${label}/${file}\0`).update(readFileSync(join(root, file))).update('\0');
  }
  hash.update(dependencyVersions(sources.packageRoot).join('\n'));
  return hash.digest('hex');
}

interface Manifest {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const manifestOf = (dir: string): Manifest | undefined => {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
};

/** The folder Node would load package `name` from, for code in `from`: the nearest node_modules that has it. */
function packageFolder(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `name@version` of every package culturescan depends on, directly or not (a missing optional one as `name@-`). */
function dependencyVersions(packageRoot: string): string[] {
  const found = new Set<string>();
  const visited = new Set<string>();
  const visit = (dir: string, manifest: Manifest | undefined) => {
    for (const name of Object.keys({ ...manifest?.dependencies, ...manifest?.optionalDependencies })) {
      const folder = packageFolder(name, dir);
      if (folder === undefined) found.add(`${name}@-`);
      else if (!visited.has(folder)) {
        visited.add(folder);
        const own = manifestOf(folder);
        found.add(`${name}@${own?.version ?? '?'}`);
        visit(folder, own);
      }
    }
  };
  visit(packageRoot, manifestOf(packageRoot));
  return [...found].sort();
}
