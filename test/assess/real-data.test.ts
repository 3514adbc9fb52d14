import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import type { Status, Verdict } from '../../src/assess/types.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { SHARED_TOTA } from './tota-articles.js';

interface Expected {
  treaty: string;
  name: string;
  ecommerceVerdict: Verdict;
  checklist: Record<string, Status>;
  exemptionArticles?: string[];
  conventionArticles?: string[];
  why: string;
}

const { agreements } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'real-data-expectations.json'), 'utf8')) as { agreements: Expected[] };
const present = existsSync(SHARED_TOTA);
if (!present) console.log(`real-data assessment tests skipped: ${SHARED_TOTA} is absent`);

describe.skipIf(!present)('assessment of real agreements (expectations read from the texts by hand)', () => {
  const ruleSet = present ? loadRuleSet([BUILTIN_RULES_DIR]) : undefined;

  it.each(agreements)('$treaty ($name): $ecommerceVerdict', async (expected) => {
    const doc = await readAgreement(join(SHARED_TOTA, `${expected.treaty}.xml`));
    expect(doc.meta.name).toBe(expected.name);
    const findings = scanDocument(doc, ruleSet!);
    const a = assess(doc, findings);
    expect(a.ecommerce.verdict, a.ecommerce.explanation).toBe(expected.ecommerceVerdict);
    const statuses = Object.fromEntries(Object.keys(expected.checklist).map((item) => [item, a.checklist.find((i) => i.item === item)?.status]));
    expect(statuses).toEqual(expected.checklist);
    const ids = (category: string) => new Set(a.findings.filter((f) => f.category === category).map((f) => f.location.articleId));
    for (const id of expected.exemptionArticles ?? []) expect(ids('cultural-exemption').has(id), `cultural-exemption in ${id}`).toBe(true);
    for (const id of expected.conventionArticles ?? []) expect(ids('convention-reference').has(id), `convention-reference in ${id}`).toBe(true);
  });
});
