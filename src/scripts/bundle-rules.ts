/**
 * Run by `npm run build`: validates and compiles the built-in rules and writes them into one bundle
 * (rules/bundle.ts), which a run then reads instead of the rule files. A broken rule fails the build.
 */
import { writeFileSync } from 'node:fs';
import { anchorPlan, rulesOfLanguage } from '../engine/anchors.js';
import { LANGUAGES } from '../model.js';
import { BUILTIN_RULES_DIR } from '../paths.js';
import { bundleText, RULE_BUNDLE_FILE } from '../rules/bundle.js';
import { RuleLoadError } from '../rules/errors.js';
import { loadRuleSet } from '../rules/load.js';

try {
  // Loaded from inside the rules folder, so that each rule's file is relative to it.
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR], { cwd: BUILTIN_RULES_DIR });
  // The anchor plans too: working them out costs a scan of one short text a good part of its time.
  const anchorPlans = Object.fromEntries(LANGUAGES.map((language) => [language, anchorPlan(rulesOfLanguage(ruleSet.rules, language), language)]));
  writeFileSync(RULE_BUNDLE_FILE, bundleText(ruleSet.rules, BUILTIN_RULES_DIR, anchorPlans));
} catch (error) {
  if (!(error instanceof RuleLoadError)) throw error;
  process.stderr.write(`the built-in rules do not load:\n${error.message}\n`);
  process.exitCode = 1;
}
