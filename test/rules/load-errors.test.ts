import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadRuleSet, RuleLoadError } from '../../src/rules/index.js';

const BROKEN = 'test/fixtures/rules-broken';
const cwd = join(import.meta.dirname, '..', '..');

/** The problem lines a broken rules folder yields, paths relative to the repository. */
function problemsOf(dirs: string[]): string[] {
  try {
    loadRuleSet(dirs.map((d) => join(BROKEN, d)), { cwd });
  } catch (error) {
    expect(error).toBeInstanceOf(RuleLoadError);
    expect(error).toBeInstanceOf(UserError);
    return (error as RuleLoadError).message.split('\n');
  }
  throw new Error('the rules loaded without error');
}

describe('loadRuleSet on broken rule files', () => {
  it.each([
    ['bad-yaml', 'bad-yaml/bad-yaml.yaml:9:1: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['unknown-key', "unknown-key/unknown-key.yaml:10:7: match.all[0].exactly: unknown key 'exactly'"],
    ['wrong-category', 'wrong-category/wrong-category.yaml:2:11: category: must be one of convention-reference, cultural-exemption, ecommerce, cultural-cooperation, preferential-treatment, policy-space, international-coordination, ecommerce-commitment, dispute-settlement-exclusion, general-exception, civil-society-participation, culture-coordination, cultural-instrument-interface'],
    ['bad-regex', 'bad-regex/bad-regex.yaml:9:14: match.all[0].regex: Invalid regular expression: Unterminated group'],
    ['id-mismatch', "id-mismatch/id-mismatch.yaml:1:5: id: the id 'some-other-id' must equal the file name 'id-mismatch'"],
    ['empty-examples', 'empty-examples/empty-examples.yaml:11:12: examples.noMatch: must not be empty'],
    ['unknown-vocab', "unknown-vocab/unknown-vocab.yaml:10:14: match.any[1].vocab: unknown vocabulary 'no-such-list': there is no vocab/no-such-list.txt beside the rules"],
  ])('%s: reports file:line:col, field and reason', (mode, expected) => {
    expect(problemsOf([mode])).toEqual([`${BROKEN}/${expected}`]);
  });

  it('collects every problem of every file before throwing, one line each', () => {
    const modes = readdirSync(join(cwd, BROKEN)).sort();
    const lines = problemsOf(modes);
    expect(lines).toHaveLength(modes.length);
    for (const mode of modes) expect(lines.some((line) => line.startsWith(`${BROKEN}/${mode}/${mode}.yaml:`))).toBe(true);
  });

  it('toLine prints every problem and a count', () => {
    try {
      loadRuleSet([join(BROKEN, 'bad-regex'), join(BROKEN, 'id-mismatch')], { cwd });
    } catch (error) {
      const text = (error as RuleLoadError).toLine();
      expect(text.split('\n')).toHaveLength(3);
      expect(text.split('\n')[2]).toBe('culturescan: 2 problems in 2 rule files');
      return;
    }
    throw new Error('expected a RuleLoadError');
  });

  it('reports a missing rules directory', () => {
    expect(problemsOf(['no-such-dir'])).toEqual([`${BROKEN}/no-such-dir: no such rules directory`]);
  });
});
