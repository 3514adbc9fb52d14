import type { Language } from '../model.js';
import { foldWord, keyPrefix, MIN_ANCHOR_LENGTH } from '../nlp/index.js';
import { categoriesLookedUp, patternNodes } from '../rules/compile.js';
import { COMMON_WORDS, STRUCTURAL_WORDS } from '../rules/regex-literals.js';
import type { AnchorPlan, CompiledPattern, CompiledRule, RegexNode, RuleSet } from '../rules/types.js';
import { buildAnchorAutomaton, type AnchorAutomaton } from './anchor-automaton.js';
import { packLists, type PackedLists } from './packed-lists.js';

/**
 * One necessary condition of a pattern: at least one of these anchors occurs in the unit. Anchors
 * are folded (lower case, no accents): `prefixes` must begin a word (a stem less its last two
 * letters, which stemming may rewrite, or a regex literal written after `\b`); `literals` may stand
 * anywhere. The scan ignores a prefix found right after a letter.
 */
export interface AnchorClause {
  prefixes: Set<string>;
  literals: Set<string>;
}

/** Where each rule of one language can possibly fire: built once per RuleSet and language. */
export interface AnchorIndex {
  rules: CompiledRule[];
  /** Every anchor of every rule, found in one pass over the document (engine/anchor-automaton). */
  automaton?: AnchorAutomaton;
  /** Anchor id (its place in the automaton) → the clauses it satisfies that some rule branch needs (the anchor pass counts those). */
  branchClausesOfAnchor: PackedLists;
  /** Clause id → its anchors: a regex's clauses are asked of a unit's anchors when the regex is about to run. */
  anchorsOfClause: PackedLists;
  /** How many clauses there are (ids 0 … clauseCount - 1). */
  clauseCount: number;
  /** The rules (indexes into `rules`) that follow citations or look back at earlier articles (`inside.after`): they run after the others (engine scanDocument). */
  citing: ReadonlySet<number>;
  /**
   * Per rule, its branches, and per branch the clauses that must all be satisfied in a unit for that
   * branch to match there: the rule is tried where some branch's clauses all are (a branch without
   * clauses: always). A rule whose pattern is an `any` has one branch per alternative, so that a
   * common word one alternative needs does not let the others' rare words off.
   */
  ruleBranches: number[][][];
  /** The same branches numbered once over all rules, as the anchor pass counts them (engine/prefilter). */
  branches: RuleBranchTable;
  /**
   * By regex node id, the ways it can match, each as clauses of the regex's own literals (see
   * regexAlternatives): where no way has every clause satisfied, the regex cannot match and is not run.
   * Absent for a regex whose literals are too common to be worth scanning for. An array, not a Map:
   * it is asked before every regex tried in a unit.
   */
  regexClauses: ReadonlyArray<number[][] | undefined>;
  /**
   * Terms node id → the anchors its phrases are found by (see TermAnchors), for every terms node of
   * these rules whose every phrase's anchor the automaton scans for; the others read all the words of a unit.
   */
  termAnchors: Map<number, TermAnchors>;
  /** Anchor id → 1 for the anchors of termAnchors: the anchor pass records where each of their occurrences begins. */
  placed: Uint8Array;
}

/** Values listed by node id as an array indexed by it (undefined for the ids not listed). */
function byNodeId<T>(entries: ReadonlyArray<readonly [number, T]>): Array<T | undefined> {
  const byId: Array<T | undefined> = [];
  for (const [id, value] of entries) byId[id] = value;
  return byId;
}

/**
 * Where a terms pattern can occur, told by the anchor pass. A phrase is found only at a word that
 * begins, folded, with its rarest word's prefix (engine/occurrences), which is the word-start anchor
 * the pass scans for: every occurrence of the phrase holds an occurrence of one of these anchors at
 * the start of that word, with at most `wordsBefore` words of the phrase before it and `wordsAfter`
 * after it.
 */
export interface TermAnchors {
  /** Anchor id → 1 for the anchors of the phrases' rarest words. */
  ids: Uint8Array;
  wordsBefore: number;
  wordsAfter: number;
}

/** The rules' branches (see AnchorIndex.ruleBranches), each with one number over all rules. */
export interface RuleBranchTable {
  /** Clause id → the branches that need it. */
  ofClause: PackedLists;
  /** Branch → how many clauses it needs. */
  need: Int32Array;
  /** Branch → its rule. */
  rule: Int32Array;
  /** The rules with a branch that needs no clause: tried in every unit. */
  unconditionalRules: number[];
}

function branchTable(ruleBranches: readonly number[][][], clauseCount: number): RuleBranchTable {
  const ofClause: number[][] = Array.from({ length: clauseCount }, () => []);
  const need: number[] = [];
  const rule: number[] = [];
  const unconditionalRules: number[] = [];
  ruleBranches.forEach((branches, r) => {
    if (branches.some((clauses) => clauses.length === 0)) {
      unconditionalRules.push(r);
      return;
    }
    for (const clauses of branches) {
      const branch = need.length;
      const distinct = new Set(clauses);
      need.push(distinct.size);
      rule.push(r);
      for (const clause of distinct) (ofClause[clause] as number[]).push(branch);
    }
  });
  return { ofClause: packLists(ofClause), need: Int32Array.from(need), rule: Int32Array.from(rule), unconditionalRules };
}

/** The anchor indexes of each RuleSet, by language, built on first use and dropped with the RuleSet. */
const indexesOf = new WeakMap<RuleSet, Map<Language, AnchorIndex>>();

/** A clause one of whose anchors is a common word holds in every unit: it only slows the scan. */
function useful(clause: AnchorClause): boolean {
  for (const anchor of [...clause.prefixes, ...clause.literals]) if (anchor.length < MIN_ANCHOR_LENGTH || COMMON_WORDS.has(anchor)) return false;
  return clause.prefixes.size + clause.literals.size > 0;
}

function unselective(literal: string): boolean {
  return literal.length < 4 || STRUCTURAL_WORDS.has(literal);
}

/** The necessary conditions of a pattern that are worth testing (see anchorClauses). */
function usefulClauses(pattern: CompiledPattern, language: Language): AnchorClause[] {
  return anchorClauses(pattern, language).filter(useful);
}

/**
 * The necessary conditions of a pattern, all of which hold wherever it matches: each clause is a
 * set of anchors one of which must occur. `all` needs the clauses of every child; `any` one clause
 * per child, merged; a regex one per list of its literals; a bare `inside`, a `cites` or a regex without literal text adds nothing.
 */
function anchorClauses(pattern: CompiledPattern, language: Language): AnchorClause[] {
  switch (pattern.op) {
    case 'terms': {
      const clause: AnchorClause = { prefixes: new Set(), literals: new Set() };
      for (const { keys, anchor } of pattern.phrases.get(language) ?? []) clause.prefixes.add(keyPrefix(keys[anchor] as string, pattern.exact));
      return clause.prefixes.size > 0 ? [clause] : [];
    }
    case 'regex':
      return [...(pattern.literals ? [pattern.literals] : []), ...(pattern.moreLiterals ?? [])].map((literals) => literalClause(pattern, literals));
    case 'any': {
      const merged: AnchorClause = { prefixes: new Set(), literals: new Set() };
      for (const child of pattern.children) {
        // Any one clause of a child is necessary for it; the smallest is the most selective.
        const best = usefulClauses(child, language).sort((a, b) => size(a) - size(b))[0];
        if (!best) return [];
        for (const value of best.prefixes) merged.prefixes.add(value);
        for (const value of best.literals) merged.literals.add(value);
      }
      return [merged];
    }
    case 'all':
      return pattern.children.flatMap((child) => anchorClauses(child, language));
    case 'inside':
    case 'cites':
      return [];
  }
}

/** One clause of a regex: one of these literals of its source occurs in every match. */
function literalClause(node: RegexNode, literals: readonly string[]): AnchorClause {
  const startsWord = (literal: string) => node.wordStartLiterals?.includes(literal) ?? false;
  return {
    prefixes: new Set(literals.filter(startsWord).map(foldWord)),
    literals: new Set(literals.filter((literal) => !startsWord(literal)).map(foldWord)),
  };
}

/**
 * The ways a regex can match, each as the selective clauses all of which hold in a match of that way:
 * one per top-level alternative where the regex has several (a unit then needs every clause of some
 * alternative), else the regex's clauses as one. Undefined when some way needs no selective clause:
 * the regex may then match anywhere.
 */
function regexAlternatives(node: RegexNode, language: Language): AnchorClause[][] | undefined {
  const ways = node.branchLiterals ? node.branchLiterals.map((clauses) => clauses.map((literals) => literalClause(node, literals))) : [anchorClauses(node, language)];
  const selective = ways.map((clauses) => strongest(clauses.filter((clause) => useful(clause) && ![...clause.prefixes, ...clause.literals].some(unselective)), MAX_CLAUSES_PER_WAY));
  return selective.every((clauses) => clauses.length > 0) ? selective : undefined;
}

/**
 * Two clauses of a way are selective enough: every further one adds anchors, often common words
 * ("between", "field"), which the anchor pass then finds in nearly every unit for little gain.
 */
const MAX_CLAUSES_PER_WAY = 2;

/** The `count` clauses likeliest to be rare: their shortest anchor the longest, then the fewest anchors. */
function strongest(clauses: AnchorClause[], count: number): AnchorClause[] {
  const shortest = (clause: AnchorClause) => Math.min(...[...clause.prefixes, ...clause.literals].map((anchor) => anchor.length));
  return [...clauses].sort((a, b) => shortest(b) - shortest(a) || size(a) - size(b)).slice(0, count);
}

function size(clause: AnchorClause): number {
  return clause.prefixes.size + clause.literals.size;
}

/** The anchor index of a RuleSet for one document language, built on first use (from its plan) and kept. */
export function anchorIndex(ruleSet: RuleSet, language: Language): AnchorIndex {
  let indexes = indexesOf.get(ruleSet);
  if (!indexes) indexesOf.set(ruleSet, (indexes = new Map()));
  const cached = indexes.get(language);
  if (cached) return cached;
  const rules = rulesOfLanguage(ruleSet.rules, language);
  // The rules' patterns are not read here: the plan says all the index needs (a bundle's rules parse each pattern when it is first tried).
  const plan = ruleSet.anchorPlans?.[language] ?? anchorPlan(rules, language);
  const { anchorKeys, clauseCount, ruleBranches } = plan;
  const { termAnchors, placed } = termAnchorsOf(plan);
  const branches = branchTable(ruleBranches, clauseCount);
  const index: AnchorIndex = {
    rules,
    citing: new Set(plan.citingRules),
    ruleBranches,
    branches,
    regexClauses: byNodeId(plan.regexClauses),
    clauseCount,
    branchClausesOfAnchor: packLists(plan.clausesOfAnchor.map((clauses) => clauses.filter((clause) => someBranchNeeds(branches, clause)))),
    anchorsOfClause: packLists(anchorsOfClauses(plan.clausesOfAnchor, clauseCount)),
    termAnchors,
    placed,
    ...(anchorKeys.length > 0
      ? {
          automaton: buildAnchorAutomaton(
            anchorKeys.map((key) => (key.startsWith(WORD_START) ? key.slice(1) : key)),
            anchorKeys.map((key) => key.startsWith(WORD_START)),
          ),
        }
      : {}),
  };
  indexes.set(language, index);
  return index;
}

function someBranchNeeds(branches: RuleBranchTable, clause: number): boolean {
  return branches.ofClause.start[clause + 1] !== branches.ofClause.start[clause];
}

/** The inverse of an anchor plan's clausesOfAnchor: clause id → its anchors, ascending. */
function anchorsOfClauses(clausesOfAnchor: readonly (readonly number[])[], clauseCount: number): number[][] {
  const anchors: number[][] = Array.from({ length: clauseCount }, () => []);
  clausesOfAnchor.forEach((clauses, anchor) => {
    for (const clause of clauses) (anchors[clause] as number[]).push(anchor);
  });
  return anchors;
}

/**
 * The terms nodes of the rules whose phrases' anchors are all in the plan's word-start anchors (some
 * are not, where a phrase's rarest word is too common to be worth scanning for), with their anchors
 * (AnchorPlan placedTerms).
 */
function placedTerms(rules: readonly CompiledRule[], language: Language, anchorKeys: readonly string[]): AnchorPlan['placedTerms'] {
  const idOfKey = new Map(anchorKeys.map((key, id) => [key, id]));
  const placed: AnchorPlan['placedTerms'] = [];
  const seen = new Set<number>();
  for (const node of rules.flatMap((rule) => patternNodes(rule.pattern))) {
    if (node.op !== 'terms' || seen.has(node.id)) continue;
    seen.add(node.id);
    const phrases = node.phrases.get(language) ?? [];
    const ids = phrases.map(({ keys, anchor }) => idOfKey.get(WORD_START + keyPrefix(keys[anchor] as string, node.exact)));
    if (ids.some((id) => id === undefined)) continue;
    const wordsBefore = Math.max(0, ...phrases.map(({ anchor }) => anchor));
    const wordsAfter = Math.max(0, ...phrases.map(({ keys, anchor }) => keys.length - 1 - anchor));
    placed.push([node.id, [...new Set(ids as number[])], wordsBefore, wordsAfter]);
  }
  return placed;
}

/** The plan's placed terms as the anchor pass reads them: per node its anchors as flags, and every such anchor flagged. */
function termAnchorsOf(plan: AnchorPlan): Pick<AnchorIndex, 'termAnchors' | 'placed'> {
  const termAnchors = new Map<number, TermAnchors>();
  const placed = new Uint8Array(plan.anchorKeys.length);
  for (const [nodeId, ids, wordsBefore, wordsAfter] of plan.placedTerms) {
    const own = new Uint8Array(plan.anchorKeys.length);
    for (const id of ids) own[id] = placed[id] = 1;
    termAnchors.set(nodeId, { ids: own, wordsBefore, wordsAfter });
  }
  return { termAnchors, placed };
}

/** The rules that apply to documents in this language, in RuleSet order: an anchor plan numbers them so. */
export function rulesOfLanguage(rules: readonly CompiledRule[], language: Language): CompiledRule[] {
  return rules.filter((rule) => rule.languages.includes(language));
}

/**
 * The anchor plan of `rules` (those of one language, see rulesOfLanguage) for documents in `language`:
 * pure, so that the built-in rules' plans are worked out once, when the rules are bundled.
 */
export function anchorPlan(rules: readonly CompiledRule[], language: Language): AnchorPlan {
  const direct = new Map<string, Set<number>>();
  // A clause met in several rules and regexes ("cultural" alone, the same vocabulary) is one clause: the
  // anchor pass then marks it once per unit, not once per pattern that needs it.
  const idOfClause = new Map<string, number>();
  const clauseIds = (clauses: readonly AnchorClause[]) =>
    clauses.map((clause) => {
      const key = [...[...clause.prefixes].map((anchor) => WORD_START + anchor), ...clause.literals].sort().join('\n');
      let id = idOfClause.get(key);
      if (id === undefined) {
        idOfClause.set(key, (id = idOfClause.size));
        addClause(direct, clause, id);
      }
      return id;
    });
  const ruleBranches = rules.map((rule) => branchesOf(rule.pattern).map((branch) => clauseIds(usefulClauses(branch, language))));
  // Every regex of these rules (under `not` too) gets clauses of its own literals, so that a unit's
  // anchor hits also tell which regexes cannot match there (engine/occurrences). Only selective ones:
  // a literal found in nearly every article ("art", "part", "article") would cost the scan more than it saves.
  const regexClauses = new Map<number, number[][]>();
  for (const node of rules.flatMap((rule) => regexNodes(rule.pattern))) {
    if (regexClauses.has(node.id)) continue;
    const alternatives = regexAlternatives(node, language);
    if (alternatives) regexClauses.set(node.id, alternatives.map(clauseIds));
  }
  const anchorKeys = [...direct.keys()];
  return {
    anchorKeys,
    clausesOfAnchor: [...direct.values()].map((clauses) => [...clauses]),
    clauseCount: idOfClause.size,
    ruleBranches,
    regexClauses: [...regexClauses],
    placedTerms: placedTerms(rules, language, anchorKeys),
    citingRules: rules.flatMap((rule, r) => (categoriesLookedUp(rule.pattern).length > 0 ? [r] : [])),
  };
}

/**
 * The alternatives of a rule's pattern, any one of which may make it match: the children of a top-level
 * `any` without modifiers of its own (its `not`, `inside` or `atLeast` would bind them together), else
 * the pattern itself.
 */
function branchesOf(pattern: CompiledPattern): CompiledPattern[] {
  if (pattern.op !== 'any' || pattern.not || pattern.inside || pattern.atLeast !== undefined) return [pattern];
  return pattern.children.flatMap(branchesOf);
}

function regexNodes(pattern: CompiledPattern): RegexNode[] {
  return patternNodes(pattern).filter((node): node is RegexNode => node.op === 'regex');
}

/** Marks the key of an anchor that counts only at a word start ('^' never occurs in a folded word). */
const WORD_START = '^';

function addClause(direct: Map<string, Set<number>>, clause: AnchorClause, id: number): void {
  for (const anchor of clause.prefixes) add(direct, WORD_START + anchor, id);
  for (const anchor of clause.literals) add(direct, anchor, id);
}

function add(map: Map<string, Set<number>>, key: string, value: number): void {
  const set = map.get(key) ?? new Set<number>();
  set.add(value);
  map.set(key, set);
}
