import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorPlan, rulesOfLanguage } from '../../src/engine/anchors.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { LANGUAGES } from '../../src/model.js';
import { BUILTIN_RULES_DIR, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { bundleText, readRuleBundle } from '../../src/rules/bundle.js';
import { ruleSetOf } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/index.js';

describe('anchor plans', () => {
  it('come back from the rule bundle as worked out from the bundled rules, and scan as the plans worked out at run time', async () => {
    const rules = loadRuleSet([BUILTIN_RULES_DIR], { cwd: BUILTIN_RULES_DIR }).rules;
    const plans = Object.fromEntries(LANGUAGES.map((language) => [language, anchorPlan(rulesOfLanguage(rules, language), language)]));
    const file = join(mkdtempSync(join(tmpdir(), 'culturescan-plans-')), 'rules.bundle.json');
    writeFileSync(file, bundleText(rules, BUILTIN_RULES_DIR, plans));
    const bundled = readRuleBundle(BUILTIN_RULES_DIR, BUILTIN_RULES_DIR, file);
    expect(bundled).toBeDefined();
    for (const language of LANGUAGES) {
      const plan = bundled?.anchorPlans?.[language];
      expect(plan?.anchorKeys.length).toBeGreaterThan(100);
      expect(plan).toEqual(anchorPlan(rulesOfLanguage(bundled?.rules ?? [], language), language));
    }
    const planned = bundled ?? ruleSetOf([]);
    const derived = ruleSetOf(planned.rules);
    // One agreement in each language.
    for (const name of ['aurelia-borealis-epa.txt', 'valmontie-norlande-accord.docx', 'sarmentia-dravonia-acuerdo.txt']) {
      const doc = await readAgreement(join(SAMPLE_CORPUS_DIR, name));
      const withPlans = scanDocument(doc, planned);
      expect(withPlans.findings.length).toBeGreaterThan(0);
      expect(withPlans).toEqual(scanDocument(doc, derived));
    }
  });
});
