import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Provenance } from '../model.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { RuleSet } from '../rules/index.js';
import { ruleSetHash } from '../rules/rules-hash.js';
import { sha256 } from '../sha256.js';
import { readStdin, STDIN_ARG } from './stdin-input.js';
import type { Io } from './io.js';

/**
 * The rules' version: a hash of every rule as the engine gets it (ruleSetHash), so two briefs made with the
 * same rules say the same, whether the rules came from the build-time bundle or from their files.
 */
export function rulesVersion(ruleSet: RuleSet): string {
  return ruleSetHash(ruleSet).slice(0, 12);
}

let version: string | undefined;
function culturescanVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

/** What a brief was made from and with: the file and its hash, the day, culturescan's and the rules' versions. */
export async function provenanceOf(typed: string, ruleSet: RuleSet, io: Io): Promise<Provenance> {
  const bytes = typed === STDIN_ARG ? await readStdin(io) : await readFile(resolve(io.cwd, typed));
  return { source: typed, sha256: sha256(bytes), date: new Date().toISOString().slice(0, 10), culturescanVersion: culturescanVersion(), rulesVersion: rulesVersion(ruleSet) };
}
