import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/engine/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet, runRuleExamples, type ExampleResult } from '../../src/rules/index.js';

/** Every example of every rule in `dir`, one test each: RuleTester-strict, with the evidence shown on failure. */
function describeExamples(title: string, dirs: string[]) {
  describe(title, () => {
    let results: ExampleResult[];
    try {
      results = runRuleExamples(loadRuleSet(dirs), scanDocument);
    } catch (error) {
      // Rule files that do not load: one failing test that lists every problem.
      it('loads', () => expect((error as Error).message).toBe(''));
      return;
    }
    const grouped = new Map<string, ExampleResult[]>();
    for (const result of results) grouped.set(result.ruleId, [...(grouped.get(result.ruleId) ?? []), result]);
    const byRule = [...grouped.entries()];
    if (byRule.length === 0) {
      it('has no rules yet', () => expect(results).toEqual([]));
      return;
    }
    describe.each(byRule)('%s', (_id, examples) => {
      it.each(examples.map((e) => [`${e.expected} #${e.index}`, e] as const))('%s', (_name, example) => {
        const outcome = { text: example.text, matched: example.matched };
        expect({ ...outcome, fired: example.matched.length > 0 }).toEqual({ ...outcome, fired: example.expected === 'match' });
      });
    });
  });
}

describeExamples('built-in rules (rules/)', [BUILTIN_RULES_DIR]);
describeExamples('sample rules (test/fixtures/rules)', ['test/fixtures/rules']);

describe('runRuleExamples', () => {
  it('reports a failing example of either kind', () => {
    const ruleSet = loadRuleSet(['test/fixtures/rules']);
    const rule = ruleSet.rules.find((r) => r.id === 'audiovisual-services-excluded');
    expect(rule).toBeDefined();
    if (!rule?.definition) throw new Error('a rule read from its file has its definition');
    // Swap the lists: every example must now fail.
    const { definition } = rule;
    const swapped = { ...rule, definition: { ...definition, examples: { match: definition.examples.noMatch, noMatch: definition.examples.match } } };
    const results = runRuleExamples({ ...ruleSet, rules: [swapped] }, scanDocument);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => !r.passed)).toBe(true);
    expect(results.find((r) => r.expected === 'noMatch')?.matched).toEqual(['does not apply', 'audio-visual services']);
  });
});
