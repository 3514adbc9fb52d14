import type { AgreementDocument, Category, Detections, OutlineNode } from '../model.js';
import { patternNodes, subsetRuleSet } from './compile.js';
import { exampleDocument } from './example-doc.js';
import type { RuleExample } from './schema.js';
import type { CompiledRule, RuleSet } from './types.js';

/** The outcome of one example of one rule. */
export interface ExampleResult {
  ruleId: string;
  file: string;
  expected: 'match' | 'noMatch';
  /** 1-based position in its list. */
  index: number;
  example: RuleExample;
  /** The example text. */
  text: string;
  passed: boolean;
  /** What the rule matched (evidence texts), empty when it did not fire. */
  matched: string[];
}

/** What runs the examples: the engine's scanDocument (passed in, as the engine comes after the rules). */
export type ExampleScanner = (doc: AgreementDocument, ruleSet: RuleSet) => Detections;

/**
 * Runs every example of every rule through the real engine, RuleTester-strict: a `match` example
 * must make the rule fire, a `noMatch` example must not.
 */
export function runRuleExamples(ruleSet: RuleSet, scan: ExampleScanner): ExampleResult[] {
  return ruleSet.rules.flatMap((rule) => ruleExampleResults(ruleSet, rule, scan));
}

function ruleExampleResults(ruleSet: RuleSet, rule: CompiledRule, scan: ExampleScanner): ExampleResult[] {
  // A rule that follows citations needs the rules of the categories it cites, to find the cited articles.
  const cited = new Set(patternNodes(rule.pattern).flatMap((node) => (node.op === 'cites' ? [node.category] : [])));
  const runSet = subsetRuleSet(ruleSet, [rule, ...ruleSet.rules.filter((other) => other !== rule && cited.has(other.category as Category))]);
  const run = (expected: 'match' | 'noMatch') => (example: RuleExample, i: number): ExampleResult => {
    const doc = exampleDocument(example, rule.languages[0] ?? 'en');
    // The example's own article comes last; the articles placed before it are only context.
    const ownStart = lastUnitStart(doc.outline);
    const { findings, signals } = scan(doc, runSet);
    const matched = [...findings, ...signals]
      .filter((finding) => finding.location.start >= ownStart)
      .flatMap((finding) => finding.evidence.filter((e) => e.ruleId === rule.id).map((e) => e.text));
    const fired = matched.length > 0;
    return {
      ruleId: rule.id,
      file: rule.file,
      expected,
      index: i + 1,
      example,
      text: typeof example === 'string' ? example : example.text,
      passed: expected === 'match' ? fired : !fired,
      matched,
    };
  };
  const examples = rule.definition?.examples;
  if (!examples) throw new Error(`rule ${rule.id}: its examples are read from its file, not from the bundle of compiled rules`);
  return [...examples.match.map(run('match')), ...examples.noMatch.map(run('noMatch'))];
}

/** Where the last article (or preamble) of an outline starts: an example's own text. */
function lastUnitStart(outline: readonly OutlineNode[]): number {
  const last = outline.at(-1);
  return last ? (last.children.length > 0 ? lastUnitStart(last.children) : last.start) : 0;
}
