import { encode } from './bundle.js';
import type { RuleSet } from './types.js';
import { sha256 } from '../sha256.js';

const hashes = new WeakMap<RuleSet, string>();

/**
 * A hash of the rules as the engine gets them: the same whether they came from the build-time bundle or
 * from their files, and wherever the files lie. Each rule's file name (for messages only) and its source
 * definition (its examples, which the bundle leaves out) are not part of it; every pattern is, read from its
 * source where the bundle has not built the regex yet (bundle.ts encode), so hashing builds none.
 */
export function ruleSetHash(ruleSet: RuleSet): string {
  let hash = hashes.get(ruleSet);
  if (hash === undefined) {
    const rules = ruleSet.rules.map(({ file: _file, definition: _definition, ...rule }) => rule);
    hash = sha256(JSON.stringify(rules, encode));
    hashes.set(ruleSet, hash);
  }
  return hash;
}
