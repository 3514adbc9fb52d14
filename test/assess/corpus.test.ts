import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import type { Status, Verdict } from '../../src/assess/types.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

interface CorpusExpectation {
  file: string;
  ecommerceVerdict: Verdict;
  checklist: Record<string, Status>;
  /** The annexes, schedules and protocols the text refers to that the file was written without. */
  missingParts?: string[];
}

const FIXTURE = join(PACKAGE_ROOT, 'test', 'fixtures', 'corpus-expectations.json');
const expectations: CorpusExpectation[] = existsSync(FIXTURE) ? JSON.parse(readFileSync(FIXTURE, 'utf8')) : [];

describe('assessment of the sample corpus (expectations written with the corpus)', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);

  it.each(expectations)('$file: $ecommerceVerdict', async (expected) => {
    const doc = await readAgreement(join(PACKAGE_ROOT, expected.file));
    const a = assess(doc, scanDocument(doc, ruleSet));
    expect(a.ecommerce.verdict, a.ecommerce.explanation).toBe(expected.ecommerceVerdict);
    expect(Object.fromEntries(a.checklist.map((i) => [i.item, i.status]))).toEqual(expected.checklist);
    if (expected.missingParts) expect(a.missingParts.map((p) => p.name).sort()).toEqual([...expected.missingParts].sort());
  });
});
