import { createHash } from 'node:crypto';
import { encode } from './bundle.js';
import type { RuleSet } from './types.js';

const hashes = new WeakMap<RuleSet, string>();

/**
 * A hash of the rules as the engine gets them: the same whether they came from the build-time bundle or
 * from their files, and wherever the files lie. Each rule's file name (for messages only) and its source
 * definition (its examples, which the bundle leaves out) are not part of it; every pattern is.
 */
export function ruleSetHash(ruleSet: RuleSet): string {
  let hash = hashes.get(ruleSet);
  if (hash === undefined) {
    const rules = ruleSet.rules.map(({ file: _file, definition: _definition, ...rule }) => rule);
    hash = createHash('sha256').update(JSON.stringify(rules, encode)).digest('hex');
    hashes.set(ruleSet, hash);
  }
  return hash;
}
