import type { Language } from '../model.js';
import { foldWord, keyPrefix, type WordCounts } from '../nlp/index.js';
import type { CompiledPattern, RegexNode } from './types.js';

/**
 * The order in which an `all` checks its parts over a unit (engine/evaluate), worked out when the rules
 * are compiled: the parts least likely to match first, so that a unit fails on its first check. Most
 * units an `all` is tried in fail it, and its first check reads the whole unit: with the parts in the
 * wrong order, a generic part ("cooperate", "promote", "support": in most articles of a cultural
 * chapter) runs over each of them before the specific part that fails there (film, music, publishing).
 *
 * How likely a part is to match is read from how often the words it cannot match without are
 * written in agreements of its languages (rules/word-counts): a regex needs one literal of each of its
 * clauses (rules/regex-literals), terms one of their phrases. The order changes how much a unit costs,
 * never what matches: the parts of an `all` are a conjunction.
 *
 * Undefined when a language of the rule has no word counts: the engine then orders the parts by the
 * shape of their patterns alone.
 */
export function checkOrder(children: readonly CompiledPattern[], languages: readonly Language[], wordCounts: (language: Language) => WordCounts | undefined): number[] | undefined {
  const counts = languages.map(wordCounts);
  if (counts.length === 0 || counts.some((c) => c === undefined)) return undefined;
  const estimate = (pattern: CompiledPattern) => Math.max(...counts.map((c) => written(pattern, c as WordCounts)));
  const keys = children.map((child, i) => ({ i, kind: checkKind(child), written: estimate(child) }));
  keys.sort((a, b) => a.kind - b.kind || a.written - b.written || a.i - b.i);
  return keys.map((key) => key.i);
}

/**
 * What a word the list leaves out may still be written (per million words): a listed word is written
 * 50 times or more, and a pattern of many rare words ("film", "cinema", "music", "publishing" ...) is
 * likelier to match than a pattern of one.
 */
const UNLISTED = 25;

/**
 * How often, per million words of agreements, the words a part cannot match without are written: an
 * upper bound of how often it can match, as far as the literals read from its patterns and the word
 * counts tell. A regex without literals may match anywhere.
 */
function written(pattern: CompiledPattern, counts: WordCounts): number {
  switch (pattern.op) {
    case 'regex':
      return regexWritten(pattern, counts);
    case 'terms': {
      let sum = 0;
      for (const phrases of pattern.phrases.values()) for (const { keys, anchor } of phrases) sum += counts.beginningWith(keyPrefix(keys[anchor] as string, pattern.exact)) + UNLISTED;
      return sum;
    }
    case 'any':
      return pattern.children.reduce((sum, child) => sum + written(child, counts), 0);
    case 'all':
      return Math.min(...pattern.children.map((child) => written(child, counts)));
    case 'inside':
    case 'cites':
      return 0;
  }
}

/** A regex needs one literal of each of its clauses (of each clause of one of its alternatives, when it has several): its rarest such clause bounds it. */
function regexWritten(node: RegexNode, counts: WordCounts): number {
  if (!node.literals) return Infinity;
  const clause = (literals: readonly string[]) => literals.reduce((sum, literal) => sum + literalWritten(node, literal, counts), 0);
  const rarest = (clauses: readonly (readonly string[])[]) => Math.min(...clauses.map(clause));
  if (node.branchLiterals) return node.branchLiterals.reduce((sum, clauses) => sum + rarest(clauses), 0);
  return rarest([node.literals, ...(node.moreLiterals ?? [])]);
}

/** How often a literal of the regex is written: at a word's start, where the pattern only writes it so, else anywhere in a word. */
function literalWritten(node: RegexNode, literal: string, counts: WordCounts): number {
  const folded = foldWord(literal);
  return (node.wordStartLiterals?.includes(literal) ? counts.beginningWith(folded) : counts.holding(folded)) + UNLISTED;
}

/**
 * Which parts go first whatever their words: tests of the unit's place (`inside`, `cites`) cost
 * nothing; terms read the unit's words, after the regexes; a regex without literals runs wherever it
 * is asked, last. An `any` is as late as its latest part, an `all` as early as its earliest.
 */
function checkKind(pattern: CompiledPattern): number {
  switch (pattern.op) {
    case 'inside':
    case 'cites':
      return 0;
    case 'regex':
      return pattern.literals ? 1 : 3;
    case 'terms':
      return 2;
    case 'any':
      return Math.max(0, ...pattern.children.map(checkKind));
    case 'all':
      return Math.min(...pattern.children.map(checkKind));
  }
}
