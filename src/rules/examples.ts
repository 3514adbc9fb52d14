import type { AgreementDocument, Category, Detections, OutlineNode } from '../model.js';
import { categoriesLookedUp, subsetRuleSet } from './compile.js';
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
  /** Why the example could not be run to the end (its scan ran past the time budget): then it fails. */
  problem?: string;
}

/** What runs the examples: the engine's scanDocument (passed in, as the engine comes after the rules). */
export type ExampleScanner = (doc: AgreementDocument, ruleSet: RuleSet) => Detections;

/** One example to run: its document, and the rules (places in the rule set) it is scanned with. */
export interface ExampleJob {
  rule: CompiledRule;
  expected: 'match' | 'noMatch';
  /** 1-based position in its list. */
  index: number;
  example: RuleExample;
  doc: AgreementDocument;
  /** The rule itself, and the rules of the categories it cites (to find the cited articles). */
  rules: number[];
}

/**
 * Runs every example of every rule through the real engine, RuleTester-strict: a `match` example
 * must make the rule fire, a `noMatch` example must not.
 */
export function runRuleExamples(ruleSet: RuleSet, scan: ExampleScanner): ExampleResult[] {
  return ruleExampleJobs(ruleSet).map((job) => exampleResult(job, scan(job.doc, subsetRuleSet(ruleSet, job.rules))));
}

/** Every example of every rule as a document to scan: scanned by the caller, judged by exampleResult. */
export function ruleExampleJobs(ruleSet: RuleSet): ExampleJob[] {
  return ruleSet.rules.flatMap((rule, place) => {
    // A rule that follows citations, or looks back at earlier articles, needs the rules of the categories it looks up.
    const cited = new Set(categoriesLookedUp(rule.pattern));
    const rules = [place, ...ruleSet.rules.flatMap((other, p) => (other !== rule && cited.has(other.category as Category) ? [p] : []))];
    const examples = rule.definition?.examples;
    if (!examples) throw new Error(`rule ${rule.id}: its examples are read from its file, not from the bundle of compiled rules`);
    const jobs = (expected: 'match' | 'noMatch') => (example: RuleExample, i: number): ExampleJob => ({ rule, expected, index: i + 1, example, doc: exampleDocument(example, rule.languages[0] ?? 'en'), rules });
    return [...examples.match.map(jobs('match')), ...examples.noMatch.map(jobs('noMatch'))];
  });
}

/** Whether an example passed, from the findings and signals of its document, or from the problem that stopped its scan. */
export function exampleResult(job: ExampleJob, scanned: Detections | { problem: string }): ExampleResult {
  const { rule, expected, index, example } = job;
  const text = typeof example === 'string' ? example : example.text;
  const base = { ruleId: rule.id, file: rule.file, expected, index, example, text };
  if ('problem' in scanned) return { ...base, passed: false, matched: [], problem: scanned.problem };
  // The example's own article comes last; the articles placed before it are only context.
  const ownStart = lastUnitStart(job.doc.outline);
  const matched = [...scanned.findings, ...scanned.signals].filter((finding) => finding.location.start >= ownStart).flatMap((finding) => finding.evidence.filter((e) => e.ruleId === rule.id).map((e) => e.text));
  const fired = matched.length > 0;
  return { ...base, passed: expected === 'match' ? fired : !fired, matched };
}

/** Where the last article (or preamble) of an outline starts: an example's own text. */
function lastUnitStart(outline: readonly OutlineNode[]): number {
  const last = outline.at(-1);
  return last ? (last.children.length > 0 ? lastUnitStart(last.children) : last.start) : 0;
}
