import { encode } from './bundle-json.js';
import type { CompiledRule, RuleSet } from './types.js';
import { sha256 } from '../sha256.js';

const hashes = new WeakMap<RuleSet, string>();

/**
 * A hash of rules as the engine gets them: the same whether they came from the build-time bundle or
 * from their files, and wherever the files lie. Each rule's file name (for messages only) and its source
 * definition (its examples, which the bundle leaves out) are not part of it; every pattern is, read from its
 * source where the bundle has not built the regex yet (bundle-json.ts encode), so hashing builds none.
 */
export function rulesHash(rules: readonly CompiledRule[]): string {
  return sha256(JSON.stringify(rules.map(({ file: _file, definition: _definition, ...rule }) => rule), encode));
}

/** rulesHash of a RuleSet's rules, computed once per RuleSet. */
export function ruleSetHash(ruleSet: RuleSet): string {
  let hash = hashes.get(ruleSet);
  if (hash === undefined) {
    hash = rulesHash(ruleSet.rules);
    hashes.set(ruleSet, hash);
  }
  return hash;
}

/** ruleSetHash of `ruleSet` when it is already known, without computing it. */
export function knownRuleSetHash(ruleSet: RuleSet): string | undefined {
  return hashes.get(ruleSet);
}

/** `ruleSet`, whose rulesHash is already known (the build-time bundle carries it): ruleSetHash gives it without computing it. */
export function withRuleSetHash(ruleSet: RuleSet, hash: string): RuleSet {
  hashes.set(ruleSet, hash);
  return ruleSet;
}
