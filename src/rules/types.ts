import type { Category, InfoKind, Language, NodeKind, Severity } from '../model.js';
import type { StemCache } from '../nlp/index.js';
import type { HeadingKind, PartyRole, RuleDefinition, Within } from './schema.js';

export type { PartyRole };

/** A pattern compiled for evaluation. Every node has a numeric id, unique in its RuleSet, for caches. */
export type CompiledPattern = TermsNode | RegexNode | AllNode | AnyNode | CitesNode | InsideOnlyNode;

interface Modifiers {
  id: number;
  /** The window must not contain a match of this. */
  not?: CompiledPattern;
  inside?: CompiledInside;
  /** The pattern must match in at least this many places of its window. */
  atLeast?: number;
}

export interface TermsNode extends Modifiers {
  op: 'terms';
  exact: boolean;
  /** Per document language, the phrases, each as the keys of its words, found by one of them. */
  phrases: Map<Language, KeyedPhrase[]>;
}

export interface KeyedPhrase {
  /** Its words' keys (stems, or folded words when exact). */
  keys: string[];
  /** The word (by index) the phrase is looked for at: its likeliest to be rare (nlp rarestWord). */
  anchor: number;
}

export interface RegexNode extends Modifiers {
  op: 'regex';
  regex: RegExp;
  /** Its matches count only where the Party they name can hold this role (engine/party-roles). */
  party?: PartyRole;
  /** Literal words one of which every match contains (prefilter anchors); undefined = unknown. */
  literals?: string[];
  /** Further such lists, each also met by every match (regex-literals otherRegexClauses). */
  moreLiterals?: string[][];
  /** With several top-level alternatives, per alternative the lists of literals all met by its matches (regex-literals branchClauses). */
  branchLiterals?: string[][][];
  /** Those of the literals that begin a word wherever the pattern writes them (regex-literals literalStartsWord). */
  wordStartLiterals?: string[];
}

export interface AllNode extends Modifiers {
  op: 'all';
  children: CompiledPattern[];
  within: Within;
  /** The children (by index) in the order they are checked over a unit, the least likely to match first (rules/check-order); absent: by the shape of their patterns. */
  order?: number[];
}

export interface AnyNode extends Modifiers {
  op: 'any';
  children: CompiledPattern[];
}

/** A citation of another article of the agreement that has a finding of `category` (engine/citations). */
export interface CitesNode extends Modifiers {
  op: 'cites';
  category: Category;
  /** Tested on the cited article's own label ("Article 2005 Cultural Industries"). */
  heading?: RegExp;
}

/** `inside` alone: a condition on the unit that marks no text of its own. */
export interface InsideOnlyNode extends Modifiers {
  op: 'inside';
  inside: CompiledInside;
}

export interface CompiledInside {
  heading?: RegExp;
  kinds?: ReadonlySet<HeadingKind>;
  parts?: ReadonlySet<'preamble' | 'body' | 'annex'>;
  /** An earlier unit must have a finding of this category (from the first pass). */
  after?: Category;
}

export interface CompiledRule {
  id: string;
  /** The rule file, as given to the loader (absolute or relative to the rules dir given). */
  file: string;
  category: Category | InfoKind;
  title: string;
  rationale: string;
  references: string[];
  severity: Severity;
  languages: Language[];
  tags: string[];
  /** Conditions on the whole agreement (see the schema's appliesTo). */
  appliesTo: { developingParty?: boolean };
  pattern: CompiledPattern;
  /**
   * The rule as written (after schema defaults), for its examples. Absent in rules read from the
   * build-time bundle (rules/bundle.ts), which carries only what a scan needs.
   */
  definition?: RuleDefinition;
}

export interface RuleSet {
  rules: CompiledRule[];
  /** Shared by every document scanned with this RuleSet: each word form is stemmed once. */
  stems: StemCache;
  /**
   * Per language, the anchor plan of exactly these rules, worked out when the rules were bundled; a
   * language without one has it worked out on first use (engine/anchors).
   */
  anchorPlans?: Partial<Record<Language, AnchorPlan>>;
}

/**
 * Where the rules of one language can fire, as data (engine/anchors derives it from the patterns, and
 * builds the scan's index from it): clause ids number the necessary conditions, each a set of anchors
 * one of which must occur in a unit.
 */
export interface AnchorPlan {
  /** The folded anchors, each once; '^' before one that counts only at a word start. */
  anchorKeys: string[];
  /** Per anchor (its place in anchorKeys), the clauses it satisfies. */
  clausesOfAnchor: number[][];
  clauseCount: number;
  /** Per rule of the language (in RuleSet order), its branches, each as the clauses all of which it needs. */
  ruleBranches: number[][][];
  /** Regex node id → its ways of matching, each as the clauses all of which a match needs. */
  regexClauses: Array<[number, number[][]]>;
  /**
   * Per terms node whose every phrase's anchor is a word-start anchor of the plan: its id, those
   * anchors (by place in anchorKeys), and the most words of a phrase before and after its anchor.
   */
  placedTerms: Array<[number, number[], number, number]>;
  /** The rules (by place among the language's rules) that look up other units' categories (`cites`, `inside.after`). */
  citingRules: number[];
}
