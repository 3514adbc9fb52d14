import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/engine/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { compileRules, RuleSchema, ruleSchema, runRuleExamples } from '../../src/rules/index.js';

const readme = readFileSync(join(BUILTIN_RULES_DIR, 'README.md'), 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);

describe('rules/README.md', () => {
  it('has YAML examples', () => expect(yamlBlocks.length).toBeGreaterThanOrEqual(2));

  it.each(yamlBlocks.map((block, i) => [i + 1, block] as const))('example %i validates and passes its own examples', (_i, block) => {
    const result = ruleSchema({ referenceIds: new Set(['convention-art-16', 'convention-art-21', 'og-18.1', 'og-19.1', 'og-19.4', 'og-19.5']) }).safeParse(parse(block));
    expect(result.error?.issues ?? []).toEqual([]);
    if (!result.success) return;
    const results = runRuleExamples(compileRules([{ definition: result.data, file: 'README.md' }], () => []), scanDocument);
    expect(results.filter((r) => !r.passed)).toEqual([]);
  });
});

describe('rules/schema.json', () => {
  it('is what `npm run rules:schema` writes from the zod schema', () => {
    const written = JSON.parse(readFileSync(join(BUILTIN_RULES_DIR, 'schema.json'), 'utf8')) as Record<string, unknown>;
    const fresh = z.toJSONSchema(RuleSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
    expect(written).toEqual({ ...fresh, title: 'culturescan rule' });
  });
});
