import { resolve } from 'node:path';
import { BUILTIN_RULES_DIR } from '../paths.js';
import { readRuleBundle } from './bundle.js';
import type { RuleSet } from './types.js';

/**
 * The rules of these folders, later folders overriding earlier ones by id. The built-in rules alone come
 * from their build-time bundle when it is fresh; any other folder, or a stale bundle, means reading,
 * validating and compiling the rule files (the loader, and its YAML and schema libraries, load only then),
 * as does asking for the rules' definitions (their examples), which the bundle leaves out.
 * Throws RuleLoadError listing every problem.
 */
export async function openRuleSet(dirs: readonly string[], options: { cwd?: string; withDefinitions?: boolean } = {}): Promise<RuleSet> {
  const cwd = options.cwd ?? process.cwd();
  if (!options.withDefinitions && dirs.length === 1 && resolve(cwd, dirs[0] as string) === BUILTIN_RULES_DIR) {
    const bundled = readRuleBundle(BUILTIN_RULES_DIR, cwd);
    if (bundled) return bundled;
  }
  const { loadRuleSet } = await import('./load.js');
  // The built-in rules were checked for catastrophic backtracking when the bundle was built (and by the tests).
  return loadRuleSet([...dirs], { cwd, checkedDirs: [BUILTIN_RULES_DIR] });
}
