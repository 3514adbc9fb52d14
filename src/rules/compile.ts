import type { Category, Language } from '../model.js';
import { rarestWord, StemCache, tokenize, type WordCounts } from '../nlp/index.js';
import { checkOrder } from './check-order.js';
import { compileRuleRegex, splitByScript } from './regex.js';
import { branchClauses, literalStartsWord, otherRegexClauses, regexLiterals } from './regex-literals.js';
import type { Inside, Pattern, RuleDefinition } from './schema.js';
import { knownRuleSetHash, withRuleSetHash } from './rules-hash.js';
import type { CompiledInside, CompiledPattern, CompiledRule, KeyedPhrase, RegexNode, RuleSet } from './types.js';

/** Turns validated rule definitions into a RuleSet. `readVocab` returns a vocabulary's phrases. */
export function compileRules(
  entries: Array<{ definition: RuleDefinition; file: string }>,
  readVocab: (name: string) => string[],
  stems = new StemCache(),
  wordCounts: (language: Language) => WordCounts | undefined = () => undefined,
): RuleSet {
  let nextId = 0;
  const compilePattern = (pattern: Pattern, languages: Language[]): CompiledPattern => {
    const id = nextId++;
    const modifiers = {
      id,
      ...(pattern.not ? { not: compilePattern(pattern.not, languages) } : {}),
      ...(pattern.inside ? { inside: compileInside(pattern.inside) } : {}),
      ...(pattern.atLeast !== undefined ? { atLeast: pattern.atLeast } : {}),
    };
    if (pattern.terms || pattern.vocab !== undefined) {
      const phrases = pattern.terms ?? readVocab(pattern.vocab as string);
      return { ...modifiers, op: 'terms', exact: pattern.exact ?? false, phrases: keyedPhrases(phrases, languages, pattern.exact ?? false, stems, wordCounts) };
    }
    if (pattern.regex !== undefined) {
      const parts = splitByScript(pattern.regex);
      const party = pattern.party ? { party: pattern.party } : {};
      if (parts.length === 1) return { ...modifiers, ...regexNode(pattern.regex), ...party };
      // English and Spanish wording in one pattern: each half runs (and is anchored) on its own.
      return { ...modifiers, op: 'any', children: parts.map((part) => ({ id: nextId++, ...regexNode(part, true), ...party })) };
    }
    if (pattern.all) {
      const children = pattern.all.map((p) => compilePattern(p, languages));
      const order = checkOrder(children, languages, wordCounts);
      return { ...modifiers, op: 'all', within: pattern.within ?? 'article', children, ...(order ? { order } : {}) };
    }
    if (pattern.any) return { ...modifiers, op: 'any', children: pattern.any.map((p) => compilePattern(p, languages)) };
    if (pattern.cites) return { ...modifiers, op: 'cites', category: pattern.cites.category, ...(pattern.cites.heading ? { heading: compileRuleRegex(pattern.cites.heading, false) } : {}) };
    return { ...modifiers, op: 'inside', inside: compileInside(pattern.inside as Inside) };
  };
  const rules: CompiledRule[] = entries.map(({ definition, file }) => ({
    id: definition.id,
    file,
    category: definition.category,
    title: definition.title,
    rationale: definition.rationale,
    references: definition.references,
    severity: definition.severity,
    languages: definition.languages,
    tags: definition.tags,
    appliesTo: definition.appliesTo ?? {},
    pattern: compilePattern(definition.match, definition.languages),
    definition,
  }));
  return ruleSetOf(rules, stems);
}

/**
 * Each phrase as the keys of its words, tokenised exactly like document text, with the word it is
 * looked for at: the one written least often in the language's agreements, by its word counts.
 */
function keyedPhrases(
  phrases: string[],
  languages: Language[],
  exact: boolean,
  stems: StemCache,
  wordCounts: (language: Language) => WordCounts | undefined,
): Map<Language, KeyedPhrase[]> {
  const byLanguage = new Map<Language, KeyedPhrase[]>();
  for (const language of languages) {
    const counts = wordCounts(language);
    const keyed = phrases
      .map((phrase) => tokenize(phrase, language, stems).allKeys(exact))
      .filter((keys) => keys.length > 0)
      .map((keys) => ({ keys, anchor: rarestWord(keys, exact, counts) }));
    byLanguage.set(language, keyed);
  }
  return byLanguage;
}

function compileInside(inside: Inside): CompiledInside {
  const parts = inside.part === undefined ? undefined : Array.isArray(inside.part) ? inside.part : [inside.part];
  return {
    ...(inside.heading !== undefined ? { heading: compileRuleRegex(inside.heading, false) } : {}),
    ...(inside.kinds ? { kinds: new Set(inside.kinds) } : {}),
    ...(parts ? { parts: new Set(parts) } : {}),
    ...(inside.after !== undefined ? { after: inside.after } : {}),
  };
}

/** The subsets made of each rule set so far, by the places they were made of. */
const subsets = new WeakMap<RuleSet, Map<string, RuleSet>>();

/**
 * A RuleSet of the rules at these places of another's, sharing its stem cache (used to run one rule's
 * examples). Made once per rule set and list of places: a rule's examples all run with the same subset.
 */
export function subsetRuleSet(ruleSet: RuleSet, places: readonly number[]): RuleSet {
  let made = subsets.get(ruleSet);
  if (!made) subsets.set(ruleSet, (made = new Map()));
  const key = places.join(',');
  let subset = made.get(key);
  if (!subset) made.set(key, (subset = ruleSetOf(places.map((place) => ruleSet.rules[place] as CompiledRule), ruleSet.stems)));
  return subset;
}

/** Every node of a pattern, those under `not` included. */
/** The categories a rule looks up in the agreement's other units (`cites`, `inside.after`): such a rule runs once the others have. */
export function categoriesLookedUp(pattern: CompiledPattern): Category[] {
  return patternNodes(pattern).flatMap((node) => [...(node.op === 'cites' ? [node.category] : []), ...(node.inside?.after ? [node.inside.after] : [])]);
}

export function patternNodes(pattern: CompiledPattern): CompiledPattern[] {
  const children = pattern.op === 'all' || pattern.op === 'any' ? pattern.children.flatMap(patternNodes) : [];
  return [pattern, ...children, ...(pattern.not ? patternNodes(pattern.not) : [])];
}

function regexNode(source: string, accentAware?: boolean): Omit<RegexNode, 'id'> {
  const literals = regexLiterals(source);
  const moreLiterals = literals ? otherRegexClauses(source) : [];
  const branchLiterals = literals ? branchClauses(source) : undefined;
  const wordStartLiterals = [...new Set([...(literals ?? []), ...moreLiterals.flat(), ...(branchLiterals ?? []).flat(2)])].filter((literal) => literalStartsWord(source, literal));
  return {
    op: 'regex',
    regex: compileRuleRegex(source, true, accentAware),
    ...(literals ? { literals } : {}),
    ...(moreLiterals.length > 0 ? { moreLiterals } : {}),
    ...(branchLiterals ? { branchLiterals } : {}),
    ...(wordStartLiterals.length > 0 ? { wordStartLiterals } : {}),
  };
}

/** A RuleSet of compiled rules, such as a scan worker receives from the thread that loaded them. */
export function ruleSetOf(rules: CompiledRule[], stems = new StemCache()): RuleSet {
  return { rules, stems };
}

/**
 * What is worked out once for a RuleSet's rules and travels with them, from the build-time bundle or
 * from the main thread to a worker: their anchor plans (engine/anchors) and their hash (rules-hash).
 */
export interface RulesWorkedOut {
  anchorPlans?: RuleSet['anchorPlans'];
  hash?: string;
}

/** What `ruleSet` already holds worked out (see RulesWorkedOut), without working anything out. */
export function workedOutOf(ruleSet: RuleSet): RulesWorkedOut {
  const hash = knownRuleSetHash(ruleSet);
  return { ...(ruleSet.anchorPlans ? { anchorPlans: ruleSet.anchorPlans } : {}), ...(hash ? { hash } : {}) };
}

/** A RuleSet of `rules` that takes what was worked out for them (see RulesWorkedOut) as given. */
export function ruleSetWorkedOut(rules: CompiledRule[], { anchorPlans, hash }: RulesWorkedOut): RuleSet {
  const ruleSet: RuleSet = { ...ruleSetOf(rules), ...(anchorPlans ? { anchorPlans } : {}) };
  return hash ? withRuleSetHash(ruleSet, hash) : ruleSet;
}
